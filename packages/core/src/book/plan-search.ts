// Picks a customer's schedule: the best of the planners (R-plan.2). The baseline is one of them, so no plan is worse
// than the baseline; for 8 units or fewer the exact search is one of them, so none is worse than the best single-unit
// schedule over every order and subset of the units.
import { baselineOrder } from './plan-baseline.js';
import { exactSchedule } from './plan-exact.js';
import { greedySchedule } from './plan-greedy.js';
import { improveOrder } from './plan-improve.js';
import { mergeRefunds } from './plan-merge.js';
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
/**
 * Beyond that it runs on the best plan found so far, within a number of search nodes that falls with the units: a
 * strong plan to beat lets the bound cut most branches, so on 9–12 units it mostly finishes. (Larger budgets, and
 * larger customers, cost more time than the little they gain.) The counts are fixed, so a plan never depends on the
 * machine.
 */
const SEARCH_NODES: readonly { units: number; nodes: number }[] = [{ units: 12, nodes: 3_000 }];
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

/**
 * The best plan (R-plan.2), each candidate compared after merging its same-day refunds (plan-merge.ts), which is how
 * it would be planned: merging never lowers a plan, so the choice is never below the merged baseline.
 */
export function chooseSchedule(problem: CustomerProblem): Schedule {
  const quick = allAtOnce(problem);
  if (quick) return mergeRefunds(problem, quick);
  let units = 0;
  for (const source of problem.sources) units += source.units;
  const start = baselineOrder(problem);
  const baseline = new Sequence(problem);
  baseline.run(start);
  let best = mergeRefunds(problem, baseline.schedule());
  let bestUnmerged = baseline.schedule().cents;
  const consider = (candidate: Schedule | null) => {
    if (!candidate) return;
    if (candidate.cents > bestUnmerged) bestUnmerged = candidate.cents;
    const merged = mergeRefunds(problem, candidate);
    if (better(merged, best, problem.date)) best = merged;
  };
  consider(greedySchedule(problem, byTermEnd(problem.sources)));
  if (units <= IMPROVE_UNITS) consider(improveOrder(problem, start, IMPROVE_EVALUATIONS));
  const nodes =
    units <= EXACT_UNITS ? Number.POSITIVE_INFINITY : (SEARCH_NODES.find((limit) => units <= limit.units)?.nodes ?? 0);
  // The exact search looks for single-unit schedules better than the best one known before merging.
  if (nodes > 0) consider(exactSchedule(problem, bestUnmerged, nodes));
  return best;
}
