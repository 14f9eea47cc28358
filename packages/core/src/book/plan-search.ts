// Picks a customer's schedule: the best of the planners (R-plan.2), never worse than the baseline because the
// baseline is one of them, and exact for small instances.
import { baselineSchedule } from './plan-baseline.js';
import { exactSchedule } from './plan-exact.js';
import { greedySchedule } from './plan-greedy.js';
import {
  better,
  byTermEnd,
  type CustomerProblem,
  type PlannedRefund,
  type Schedule,
  scheduleOf,
} from './plan-schedule.js';

/** Up to this many units, the exact search runs to the end (docs/portfolio.md: at least the best single-unit schedule). */
export const EXACT_UNITS = 8;
/** Beyond that, it runs as long as this many search nodes allow, keeping the best it found. */
const SEARCH_NODES = 2_000;

/** Everything at once on the plan's date, when it all fits: no plan recovers more, nor sooner. */
function allAtOnce(problem: CustomerProblem): Schedule | null {
  const { date, sources } = problem;
  const refunds: PlannedRefund[] = [];
  let room = problem.window.room(date);
  for (const [index, source] of sources.entries()) {
    if (source.first !== date) return null;
    const one = source.values.capUse(1, date);
    if (one === null) return null;
    // One refund per unit; merging afterwards keeps whichever of "one refund" and "q refunds" counts more.
    for (let unit = 0; unit < source.units; unit++) refunds.push({ source: index, day: date, quantity: 1, cents: one });
    room -= one * BigInt(source.units);
  }
  return room >= 0n ? scheduleOf(refunds) : null;
}

/** Sources by what one unit counts on its first day, largest first (packs the room like first-fit decreasing). */
function byValue(problem: CustomerProblem): number[] {
  const value = problem.sources.map((source) => source.values.capUse(1, source.first) ?? 0n);
  return problem.sources
    .map((_, i) => i)
    .sort((a, b) => (value[b]! > value[a]! ? 1 : value[b]! < value[a]! ? -1 : a - b));
}

export function chooseSchedule(problem: CustomerProblem): Schedule {
  const quick = allAtOnce(problem);
  if (quick) return quick;
  let best = baselineSchedule(problem);
  for (const order of [byTermEnd(problem.sources), byValue(problem)]) {
    const greedy = greedySchedule(problem, order);
    if (better(greedy, best, problem.date)) best = greedy;
  }
  let units = 0;
  for (const source of problem.sources) units += source.units;
  const exact = exactSchedule(problem, best.cents, units <= EXACT_UNITS ? Number.POSITIVE_INFINITY : SEARCH_NODES);
  if (exact && better(exact, best, problem.date)) best = exact;
  return best;
}
