// The earliest day on which a refund fits under the limit (R-cap.5), found without visiting the days one by one.
import type { Day } from '../dates.js';
import type { ReservationValues } from './plan-values.js';
import type { CapWindow } from './plan-window.js';

export interface Fit {
  day: Day;
  cents: bigint;
}

/**
 * The first day in [from, to] on which `quantity` units fit: counted total + capUse ≤ limit. The days are cut into
 * stretches where the counted total is constant (the window's change days) and the value never rises (a payment
 * period, ReservationValues.nextRise); in a stretch "fits" turns true at most once, so a binary search finds it. A
 * stretch whose room is below the period's lowest value (its last day) is skipped without asking for a value.
 */
export function earliestFit(
  values: ReservationValues,
  quantity: number,
  window: CapWindow,
  from: Day,
  to: Day,
): Fit | null {
  let day = from;
  while (day <= to) {
    const periodEnd = Math.min(to, values.nextRise(day) - 1);
    const lowest = values.capUse(quantity, periodEnd);
    let stretch = day;
    while (lowest !== null && stretch <= periodEnd) {
      const stretchEnd = Math.min(periodEnd, window.nextChange(stretch) - 1);
      const room = window.room(stretch);
      if (room >= lowest) {
        const first = values.capUse(quantity, stretch);
        if (first !== null && first <= room) return { day: stretch, cents: first };
        let lo = stretch; // does not fit
        let hi = stretchEnd; // fits, or nothing in the stretch does
        const last = values.capUse(quantity, hi);
        if (last !== null && last <= room) {
          while (hi - lo > 1) {
            const mid = lo + ((hi - lo) >> 1);
            const cents = values.capUse(quantity, mid);
            if (cents !== null && cents <= room) hi = mid;
            else lo = mid;
          }
          return { day: hi, cents: values.capUse(quantity, hi)! };
        }
      }
      stretch = stretchEnd + 1;
    }
    day = periodEnd + 1;
  }
  return null;
}
