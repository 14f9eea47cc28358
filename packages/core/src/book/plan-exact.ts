// Exact search for small instances: every order of every subset of the candidate units, each unit on the earliest
// day (on or after the previous unit's) on which it fits, the best kept. Branch and bound keeps it quick: a branch is
// cut when even the most each remaining unit can still count would not beat the best plan known.
import type { Day } from '../dates.js';
import { earliestFit } from './plan-fit.js';
import { byTermEnd, type CustomerProblem, type PlannedRefund, type Schedule, scheduleOf } from './plan-schedule.js';

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

  const bound = (previous: Day, cents: bigint): bigint => {
    let most = cents;
    for (const index of order) {
      const count = counts[index]!;
      if (count === 0) continue;
      const source = sources[index]!;
      const from = Math.max(previous, source.first);
      if (from <= source.last) most += BigInt(count) * source.values.mostFrom(1, from, source.last);
    }
    return most;
  };

  const search = (previous: Day, cents: bigint): void => {
    if (++nodes > nodeLimit) return;
    if (cents > bestCents) {
      bestCents = cents;
      best = stack.slice();
    }
    if (bound(previous, cents) <= bestCents) return;
    for (const index of order) {
      if (counts[index] === 0) continue;
      const source = sources[index]!;
      const from = Math.max(previous, source.first);
      if (from > source.last) continue;
      const fit = earliestFit(source.values, 1, window, from, source.last);
      if (!fit) continue;
      counts[index]!--;
      stack.push({ source: index, day: fit.day, quantity: 1, cents: fit.cents });
      window.push(fit.day, fit.cents);
      search(fit.day, cents + fit.cents);
      window.pop();
      stack.pop();
      counts[index]!++;
    }
  };

  search(problem.date, 0n);
  return best === null ? null : scheduleOf(best);
}
