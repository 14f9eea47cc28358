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
/**
 * The first day in (lo, hi] whose value fits `room`, given that lo's does not and hi's does, and that the value
 * never rises in between. The value falls almost linearly there (R-refund.1, R-monthly.3), so the search guesses
 * where the line crosses `room` and falls back to halving when a guess does not halve the range.
 */
function firstFitting(values: ReservationValues, quantity: number, room: bigint, lo: Day, hi: Day): Day {
  let guessing = true;
  while (hi - lo > 1) {
    let mid = lo + ((hi - lo) >> 1);
    if (guessing) {
      const above = values.capUse(quantity, lo)! - room; // > 0
      const drop = values.capUse(quantity, lo)! - values.capUse(quantity, hi)!; // ≥ above
      const step = Number((above * BigInt(hi - lo) + drop - 1n) / drop);
      mid = Math.min(hi - 1, Math.max(lo + 1, lo + step));
    }
    const span = hi - lo;
    const cents = values.capUse(quantity, mid);
    if (cents !== null && cents <= room) hi = mid;
    else lo = mid;
    // A guess that leaves more than half the range is not helping: halve next time, then guess again.
    guessing = !guessing || hi - lo <= span >> 1;
  }
  return hi;
}

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
        const last = values.capUse(quantity, stretchEnd);
        if (first !== null && last !== null && last <= room) {
          const fit = firstFitting(values, quantity, room, stretch, stretchEnd);
          return { day: fit, cents: values.capUse(quantity, fit)! };
        }
      }
      stretch = stretchEnd + 1;
    }
    day = periodEnd + 1;
  }
  return null;
}
