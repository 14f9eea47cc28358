// The planner's adapter: what q units of one reservation count against the limit (capUse, USD cents) on a day, kept per
// (q, day). It is the capUse public estimateRefund gives without a ledger (capUse does not depend on one), worked out by
// CapUse (cap-use.ts), the same formulas without building an estimate: the reservation and the options are read once
// as estimateRefund reads them, and a day or quantity estimateRefund would refuse as input has no value (null).
import { CapUse } from '../cap-use.js';
import { addMonths, type Day } from '../dates.js';
import type { Fraction } from '../money.js';
import type { Policy } from '../policies.js';
import { type ParsedReservation, Problems, readPolicy, readReservation } from '../validate.js';

const USD_PER_USD: Fraction = { num: 1n, den: 1n };

export interface ValueOptions {
  policy: unknown;
  fee: unknown;
}

export class ReservationValues {
  /** One unit's value by day − start (the planners mostly ask for one unit); other quantities by quantity, then day. */
  private readonly ones: (bigint | null | undefined)[] = [];
  private readonly many = new Map<number, Map<number, bigint | null>>();
  /** Monthly: every payment day after the first, ascending (R-monthly.1); empty for upfront. */
  private readonly payments: Day[];
  calls = 0;

  /** The reservation as estimateRefund reads it (its IDs aside: capUse does not depend on them); undefined when the
   * request would be refused as input on every day (the reservation, the options or a missing USD rate). */
  private readonly parsed: ParsedReservation | undefined;
  private readonly usdRate: Fraction;
  /** One CapUse per policy that applies on some day ('auto': the policy in force on each day, R-policy.1). */
  private readonly byPolicy = new Map<Policy, CapUse>();

  constructor(
    reservation: Record<string, unknown>,
    private readonly options: ValueOptions,
    readonly start: Day,
    readonly end: Day,
    monthly: boolean,
  ) {
    const { reservationId: _id, reservationOrderId: _order, ...facts } = reservation;
    const problems = new Problems();
    const parsed = readReservation(facts, 'reservation', problems);
    // What estimateRefund refuses whatever the day: the reservation, the fee and policy options, a missing USD rate.
    const fee = options.fee;
    if (fee !== undefined && fee !== 'policy' && fee !== 'charge') problems.add('INVALID_INPUT', 'fee', 'fee');
    readPolicy(options.policy, start, 'policy', problems);
    const usd = parsed?.price.currency === 'USD';
    this.parsed = parsed && problems.empty && (usd || parsed.usdRate) ? parsed : undefined;
    this.usdRate = usd || !parsed?.usdRate ? USD_PER_USD : parsed.usdRate;
    this.payments = [];
    if (monthly) {
      for (let k = 1; ; k++) {
        const day = addMonths(start, k);
        if (day >= end) break;
        this.payments.push(day);
      }
    }
  }

  /** capUse in USD cents of returning `quantity` units on `day`; null when there is no estimate that day. */
  capUse(quantity: number, day: Day): bigint | null {
    let byDay: Map<number, bigint | null> | undefined;
    if (quantity === 1) {
      const known = this.ones[day - this.start];
      if (known !== undefined) return known;
    } else {
      byDay = this.many.get(quantity);
      if (!byDay) {
        byDay = new Map();
        this.many.set(quantity, byDay);
      }
      const known = byDay.get(day);
      if (known !== undefined) return known;
    }
    const cents = this.estimate(quantity, day);
    if (byDay) byDay.set(day, cents);
    else this.ones[day - this.start] = cents;
    return cents;
  }

  private estimate(quantity: number, day: Day): bigint | null {
    this.calls++;
    const parsed = this.parsed;
    // estimateRefund's input checks that depend on the call: the quantity (R-money.4) and the day in the term (R-time.4).
    if (!parsed || !Number.isInteger(quantity) || quantity < 1 || quantity > parsed.quantity) return null;
    if (!(day >= parsed.span.start && day < parsed.span.end)) return null;
    const problems = new Problems();
    const policy = readPolicy(this.options.policy, day, 'policy', problems);
    if (!policy) return null;
    let capUse = this.byPolicy.get(policy);
    if (!capUse) {
      capUse = new CapUse(parsed, policy, this.usdRate);
      this.byPolicy.set(policy, capUse);
    }
    return capUse.cents(quantity, day);
  }

  /**
   * The first day after `day` on which the value may rise again: the next monthly payment day (Infinity for upfront).
   * Between two payment days the value never rises: upfront it is a rounded base minus a rounded used part that grows
   * with the days (R-refund.1); monthly the canceled payments stay and the refund now falls (R-monthly.3, .4); full
   * credit (R-refund.2) only ends, a later policy only lowers the basis (R-basis.1). On a payment day a monthly value
   * can be one minor unit above the day before (the parts are rounded apart), so the searches treat each payment
   * period as its own stretch.
   */
  nextRise(day: Day): Day {
    const payments = this.payments;
    let lo = 0;
    let hi = payments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (payments[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo < payments.length ? payments[lo]! : Number.POSITIVE_INFINITY;
  }

  /**
   * The most `quantity` units can count on any day from `day` to `last`: the larger of today's value and the next
   * payment day's (values at payment days never rise from one to the next, and within a period never rise).
   */
  mostFrom(quantity: number, day: Day, last: Day): bigint {
    const today = this.capUse(quantity, day) ?? 0n;
    const rise = this.nextRise(day);
    if (rise > last) return today;
    const later = this.capUse(quantity, rise) ?? 0n;
    return later > today ? later : today;
  }
}
