// Picks a customer's schedule: the best of the planners (R-plan.2). The baseline is one of them, so no plan is worse
// than the baseline; for 8 units or fewer the exact search is one of them, so none is worse than the best single-unit
// schedule over every order and subset of the units.
import { baselineOrder } from './plan-baseline.js';
import { exactSchedule } from './plan-exact.js';
import { greedySchedule } from './plan-greedy.js';
import { improveOrder } from './plan-improve.js';
import {
  better,
  byTermEnd,
  type CustomerProblem,
  type PlannedRefund,
  type Schedule,
  scheduleOf,
} from './plan-schedule.js';
import { Sequence } from './plan-sequence.js';

/** Up to this many units the exact search runs to the end (docs/portfolio.md). */
export const EXACT_UNITS = 8;
/** Orders the local search may try per customer: it is deterministic, so a plan never depends on the machine. */
export const IMPROVE_EVALUATIONS = 300;
/** Above this many units an order is too long to try hundreds of times; the other planners still run. */
export const IMPROVE_UNITS = 2_000;

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

export function chooseSchedule(problem: CustomerProblem): Schedule {
  const quick = allAtOnce(problem);
  if (quick) return quick;
  const start = baselineOrder(problem);
  const baseline = new Sequence(problem);
  baseline.run(start);
  let best = baseline.schedule();
  const candidates = [
    greedySchedule(problem, byTermEnd(problem.sources)),
    improveOrder(problem, start, IMPROVE_EVALUATIONS),
  ];
  for (const candidate of candidates) if (better(candidate, best, problem.date)) best = candidate;
  let units = 0;
  for (const source of problem.sources) units += source.units;
  if (units <= EXACT_UNITS) {
    const exact = exactSchedule(problem, best.cents, Number.POSITIVE_INFINITY);
    if (exact && better(exact, best, problem.date)) best = exact;
  }
  return best;
}
