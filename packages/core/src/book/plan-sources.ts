// Which units of a customer the planner works with (PlanRequest.candidates), and the days each may be refunded on.
// Units that cannot be planned at all are set aside here with their reason (R-plan.3).
import { addMonths, type Day, formatDate, parseDate } from '../dates.js';
import { productByKey } from '../products.js';
import { estimateRefund } from '../refund.js';
import { adviseReturn } from './advise.js';
import type { PlanInput } from './plan-request.js';
import { ReservationValues } from './plan-values.js';
import type { BookEntry, BookEntryCustomer } from './read-book.js';
import type { UnplacedReason } from './types.js';

export interface PlanSource {
  entry: BookEntry;
  /** Candidate units. */
  units: number;
  values: ReservationValues;
  /** The days a refund may be planned on: from the plan's date (or the term's start) to the day before the term ends,
   * or the horizon when that comes first. */
  first: Day;
  last: Day;
  /** The term's end day. */
  end: Day;
}

export interface SetAside {
  entry: BookEntry;
  quantity: number;
  reason: UnplacedReason;
  /** The day an exchange would be asked about: the plan's date, or the term's start when later. */
  first: Day;
}

const YEARS: Record<string, number> = { P1Y: 1, P3Y: 3, P5Y: 5 };

function candidateUnits(entry: BookEntry, candidates: PlanInput['candidates']): number {
  const quantity = entry.reservation.quantity;
  if (candidates === 'all') return typeof quantity === 'number' && Number.isInteger(quantity) ? quantity : 0;
  if (candidates === 'suggested') {
    const key = entry.reservation.product;
    const refundable = typeof key === 'string' && productByKey(key)?.refundable === true;
    const advice = adviseReturn(quantity, entry.utilization, refundable);
    return 'units' in advice ? advice.units : 0;
  }
  return candidates.get(entry.reservationId.toLowerCase()) ?? 0;
}

/** The first day and the end of the term, when the book's start and term can be read. */
function termDays(entry: BookEntry): { start: Day; end: Day } | undefined {
  const { start, term } = entry.reservation;
  if (typeof start !== 'string' || typeof term !== 'string' || YEARS[term] === undefined) return undefined;
  const day = parseDate(start);
  return typeof day === 'string' ? undefined : { start: day, end: addMonths(day, 12 * YEARS[term]!) };
}

function source(entry: BookEntry, units: number, input: PlanInput): PlanSource | SetAside {
  const term = termDays(entry);
  const first = Math.max(input.date, term?.start ?? input.date);
  const aside = (reason: UnplacedReason): SetAside => ({ entry, quantity: units, reason, first });
  if (entry.notHeld) return aside(entry.notHeld.code);
  if (entry.missing.length > 0) return aside('MISSING_FACTS');
  // One estimate on the first day says whether the facts hold together (and in which words they do not).
  const probe = estimateRefund({
    date: formatDate(first),
    reservation: entry.reservation,
    quantity: 1,
    ...(input.options.policy !== undefined && { policy: input.options.policy }),
    ...(input.options.fee !== undefined && { fee: input.options.fee }),
  });
  if (!probe.ok) {
    const expired = probe.errors.find((problem) => problem.code === 'RESERVATION_EXPIRED');
    return aside((expired ?? probe.errors[0])?.code ?? 'INVALID_INPUT');
  }
  if (probe.value.policyResult.errors.some((problem) => problem.code === 'NOT_REFUNDABLE')) {
    return aside('NOT_REFUNDABLE');
  }
  if (!term) return aside('INVALID_INPUT'); // the probe read the same facts, so this cannot happen
  const last = Math.min(term.end - 1, input.until);
  if (first > last) return aside('NOT_BEFORE_HORIZON');
  const monthly = entry.reservation.billingPlan === 'Monthly';
  const values = new ReservationValues(entry.reservation, input.options, term.start, term.end, monthly);
  return { entry, units, values, first, last, end: term.end };
}

/** The customer's candidate units: what can be planned, and what is set aside (with quantity 0 when unknown). */
export function planSources(
  customer: BookEntryCustomer,
  input: PlanInput,
): { sources: PlanSource[]; setAside: SetAside[] } {
  const sources: PlanSource[] = [];
  const setAside: SetAside[] = [];
  for (const entry of customer.reservations) {
    const units = candidateUnits(entry, input.candidates);
    // Every unit of the book when asked for all, even one whose quantity is unknown; otherwise only chosen units.
    if (units === 0 && !(input.candidates === 'all' && entry.missing.length > 0)) continue;
    const made = source(entry, units, input);
    if ('values' in made) sources.push(made);
    else setAside.push(made);
  }
  return { sources, setAside };
}
