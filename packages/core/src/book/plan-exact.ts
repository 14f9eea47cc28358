// Exact search for small instances: every order of every subset of the candidate units, each unit on the earliest
// day (on or after the previous unit's) on which it fits, the best kept. Branch and bound keeps it quick: a branch is
// cut when even the most each remaining unit can still count would not beat the best plan known.
import type { Day } from '../dates.js';
import { earliestFit } from './plan-fit.js';
import { byTermEnd, type CustomerProblem, type PlannedRefund, type Schedule, scheduleOf } from './plan-schedule.js';

const BOUND_GRID_DAYS = 32;
const BOUND_SPLITS = 8;

/** Units of one reservation are alike, so the search picks a reservation, not a unit: orders are not repeated. */
export function exactSchedule(problem: CustomerProblem, incumbent: bigint, nodeLimit: number): Schedule | null {
  const { sources } = problem;
  const order = byTermEnd(sources);
  const counts = sources.map((source) => source.units);
  const window = problem.window.fresh();
  const stack: PlannedRefund[] = [];
  let best: PlannedRefund[] | null = null;
  let bestCents = incumbent;
  let nodes = 0;

  /** What the remaining units can count at most from day `t` on, each at most once (read on the coarse grid). */
  const mostFrom = (t: Day): bigint => {
    let most = 0n;
    for (const index of order) {
      const count = counts[index]!;
      if (count === 0) continue;
      const source = sources[index]!;
      const from = Math.max(t, source.first);
      if (from > source.last) continue;
      // The most a unit can count from a day never rises as the day moves on, so the bound reads it on a coarse grid
      // of days (at or before `from`), whose values the branches share.
      const grid = Math.max(source.first, from - ((from - source.first) % BOUND_GRID_DAYS));
      most += BigInt(count) * source.values.mostFrom(1, grid, source.last);
    }
    return most;
  };

  /**
   * An upper bound on what the remaining units can add from day `previous` on. Refunds on days in [previous, t), for t
   * at most a window later, all count on the last one's day, so together they fit in the limit minus the least the
   * window holds in that span (R-cap.5); what comes from t on is at most what each unit can still count from t.
   * Each later year adds at most the whole limit. The least of these over a few t is the bound.
   */
  const bound = (previous: Day): bigint => {
    let best = mostFrom(previous);
    const { limit, windowDays } = window;
    let least = window.consumed(previous);
    let t = previous;
    for (let step = 0; step < BOUND_SPLITS && best > 0n; step++) {
      const next = Math.min(window.nextChange(t), previous + windowDays);
      // A window already over the limit leaves no room in the span (not less than none).
      const room = least < limit ? limit - least : 0n;
      const split = room + mostFrom(next);
      if (split < best) best = split;
      if (next >= previous + windowDays) {
        // Whole years after the first: each fits at most the limit.
        for (let year = 1; year <= 4 && best > 0n; year++) {
          const later = room + limit * BigInt(year - 1) + limit + mostFrom(previous + windowDays * (year + 1));
          if (later < best) best = later;
        }
        break;
      }
      t = next;
      const held = window.consumed(t);
      if (held < least) least = held;
    }
    return best;
  };

  /**
   * `run` is the order position of the last unit placed if it fitted on the day of the one before it (else -1). Two
   * units that both fit on that same day give the same state in either order (the day's total is what counts), so
   * only one of the two orders is searched: positions never fall within such a run.
   */
  const search = (previous: Day, cents: bigint, run: number): void => {
    if (++nodes > nodeLimit) return;
    if (cents > bestCents) {
      bestCents = cents;
      best = stack.slice();
    }
    if (cents + bound(previous) <= bestCents) return;
    for (const [position, index] of order.entries()) {
      if (counts[index] === 0) continue;
      const source = sources[index]!;
      const from = Math.max(previous, source.first);
      if (from > source.last) continue;
      const fit = earliestFit(source.values, 1, window, from, source.last);
      if (!fit) continue;
      const immediate = fit.day === previous;
      if (immediate && position < run) continue;
      counts[index]!--;
      stack.push({ source: index, day: fit.day, quantity: 1, cents: fit.cents });
      window.push(fit.day, fit.cents);
      search(fit.day, cents + fit.cents, immediate ? position : -1);
      window.pop();
      stack.pop();
      counts[index]!++;
    }
  };

  search(problem.date, 0n, -1);
  return best === null ? null : scheduleOf(best);
}
