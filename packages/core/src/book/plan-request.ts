// A PlanRequest from untrusted JSON (docs/portfolio.md): checked whole, every problem with its field.
import { type Day, formatDate } from '../dates.js';
import type { Policy } from '../policies.js';
import type { Problem, Result } from '../types.js';
import { isRecord, join, Problems, readDate, readObject, readPolicy, readQuantity } from '../validate.js';
import type { ValueOptions } from './plan-values.js';
import { type BookEntryCustomer, readBook } from './read-book.js';

export interface PlanInput {
  date: Day;
  customers: BookEntryCustomer[];
  /** 'suggested', 'all', or units per reservation ID (lower case) when the caller lists them. */
  candidates: 'suggested' | 'all' | Map<string, number>;
  /** The last day a refund may be planned on; Infinity when each reservation's term end decides. */
  until: Day;
  options: ValueOptions;
  /** The policy in force on the plan's date: its limit and window (the same in every version, R-cap.1, R-cap.4). */
  policy: Policy;
}

function readCandidates(
  value: unknown,
  customers: BookEntryCustomer[] | undefined,
  problems: Problems,
): PlanInput['candidates'] | undefined {
  if (value === undefined || value === 'suggested' || value === 'all') return value ?? 'suggested';
  if (!Array.isArray(value)) {
    return problems.add('INVALID_INPUT', 'candidates', 'candidates must be "suggested", "all" or a list of units');
  }
  const owned = new Map<string, unknown>();
  for (const customer of customers ?? []) {
    for (const entry of customer.reservations) owned.set(entry.reservationId.toLowerCase(), entry.reservation.quantity);
  }
  const units = new Map<string, number>();
  for (const [index, item] of value.entries()) {
    const at = join('candidates', index);
    if (!isRecord(item)) {
      problems.add('INVALID_INPUT', at, `${at} must be { reservationId, quantity }`);
      continue;
    }
    const id = typeof item.reservationId === 'string' ? item.reservationId.toLowerCase() : undefined;
    const quantity = readQuantity(item.quantity, join(at, 'quantity'), problems);
    if (id === undefined || (customers && !owned.has(id))) {
      problems.add(
        'INVALID_ID',
        join(at, 'reservationId'),
        `${join(at, 'reservationId')} is not a reservation of the customers planned`,
      );
      continue;
    }
    if (quantity === undefined) continue;
    const total = (units.get(id) ?? 0) + quantity;
    const held = owned.get(id);
    if (typeof held === 'number' && total > held) {
      problems.add(
        'INVALID_QUANTITY',
        join(at, 'quantity'),
        `${total} units of ${id} are listed; the book holds ${held}`,
      );
    }
    units.set(id, total);
  }
  return units;
}

function selectCustomers(
  customers: BookEntryCustomer[] | undefined,
  tenantId: unknown,
  problems: Problems,
): BookEntryCustomer[] | undefined {
  if (tenantId === undefined || !customers) return customers;
  if (typeof tenantId !== 'string') return problems.add('INVALID_INPUT', 'tenantId', 'tenantId must be text');
  const wanted = tenantId.toLowerCase();
  const chosen = customers.filter((customer) => customer.tenantId.toLowerCase() === wanted);
  if (chosen.length === 0)
    problems.add('INVALID_INPUT', 'tenantId', `tenantId ${tenantId} is not a customer in the book`);
  return chosen;
}

export function readPlanRequest(request: unknown): Result<PlanInput> {
  const problems = new Problems();
  const raw = readObject(request, '', problems);
  if (!raw) return { ok: false, errors: problems.list };
  const date = readDate(raw.date, 'date', problems);
  const policy = readPolicy(raw.policy, date, 'policy', problems);
  if (raw.fee !== undefined && raw.fee !== 'policy' && raw.fee !== 'charge') {
    problems.add('INVALID_INPUT', 'fee', 'fee must be "policy" or "charge"');
  }
  let until = Number.POSITIVE_INFINITY;
  if (raw.until !== undefined) {
    const day = readDate(raw.until, 'until', problems);
    if (day !== undefined && date !== undefined && day < date) {
      problems.add('INVALID_DATE', 'until', `until ${formatDate(day)} is before the plan's date ${formatDate(date)}`);
    } else if (day !== undefined) until = day;
  }
  const book = readBook(raw.book, 'book', problems);
  const customers = selectCustomers(book, raw.tenantId, problems);
  const candidates = readCandidates(raw.candidates, customers, problems);
  if (!problems.empty || date === undefined || !policy || !customers || !candidates) {
    return { ok: false, errors: problems.list as Problem[] };
  }
  return {
    ok: true,
    value: { date, customers, candidates, until, options: { policy: raw.policy, fee: raw.fee }, policy },
  };
}
