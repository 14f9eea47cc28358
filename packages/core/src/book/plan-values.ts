// The planner's thin adapter over the public estimateRefund: what q units of one reservation count against the limit
// (capUse, USD cents) on a day. capUse does not depend on the ledger, so it is asked without one and kept per (q, day).
import { addMonths, type Day, formatDate } from '../dates.js';
import { parseAmount } from '../money.js';
import { estimateRefund } from '../refund.js';

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

  /** The reservation without its IDs: capUse does not depend on them, and checking them costs time on every call. */
  private readonly reservation: Record<string, unknown>;

  constructor(
    reservation: Record<string, unknown>,
    private readonly options: ValueOptions,
    readonly start: Day,
    readonly end: Day,
    monthly: boolean,
  ) {
    const { reservationId: _id, reservationOrderId: _order, ...facts } = reservation;
    this.reservation = facts;
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
    const request: Record<string, unknown> = { date: formatDate(day), reservation: this.reservation, quantity };
    if (this.options.policy !== undefined) request.policy = this.options.policy;
    if (this.options.fee !== undefined) request.fee = this.options.fee;
    const result = estimateRefund(request);
    if (!result.ok) return null;
    const parsed = parseAmount(result.value.policyResult.capUse.amount, 'USD');
    return typeof parsed === 'string' ? null : parsed.minor;
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
