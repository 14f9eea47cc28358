// The planner's thin adapter over the public estimateRefund: what q units of one reservation count against the limit
// (capUse, USD cents) on a day. capUse does not depend on the ledger, so it is asked without one and kept per (q, day).
import { addMonths, type Day, formatDate } from '../dates.js';
import { parseAmount } from '../money.js';
import { estimateRefund } from '../refund.js';

export interface ValueOptions {
  policy: unknown;
  fee: unknown;
}

const Q_BITS = 2_097_152; // 2^21 > the largest quantity validation accepts

export class ReservationValues {
  private readonly cache = new Map<number, bigint | null>();
  /** Monthly: every payment day after the first, ascending (R-monthly.1); empty for upfront. */
  private readonly payments: Day[];
  calls = 0;

  constructor(
    private readonly reservation: Record<string, unknown>,
    private readonly options: ValueOptions,
    readonly start: Day,
    readonly end: Day,
    monthly: boolean,
  ) {
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
    const key = day * Q_BITS + quantity;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    this.calls++;
    const request: Record<string, unknown> = { date: formatDate(day), reservation: this.reservation, quantity };
    if (this.options.policy !== undefined) request.policy = this.options.policy;
    if (this.options.fee !== undefined) request.fee = this.options.fee;
    const result = estimateRefund(request);
    let cents: bigint | null = null;
    if (result.ok) {
      const parsed = parseAmount(result.value.policyResult.capUse.amount, 'USD');
      if (typeof parsed !== 'string') cents = parsed.minor;
    }
    this.cache.set(key, cents);
    return cents;
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
