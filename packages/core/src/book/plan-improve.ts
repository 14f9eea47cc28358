// Local search over the order of the units (plan-sequence.ts): starting from an order, move one unit ahead of an
// earlier run of another reservation's units, or behind a later one, and keep the move when the plan recovers more
// (R-plan.2), until no move helps or the evaluations allowed are spent. It finds, for instance, that a large unit whose value falls fast should
// take the limit's room before smaller ones that lose little by waiting for the window to refill.
import { better, type CustomerProblem, type Schedule } from './plan-schedule.js';
import { Sequence } from './plan-sequence.js';

/** Order positions where a run of one reservation's units starts. */
function runStarts(order: readonly number[]): number[] {
  const starts: number[] = [];
  order.forEach((index, k) => {
    if (k === 0 || order[k - 1] !== index) starts.push(k);
  });
  return starts;
}

export function improveOrder(problem: CustomerProblem, start: readonly number[], evaluations: number): Schedule {
  const sequence = new Sequence(problem);
  let order = start.slice();
  sequence.run(order);
  let best = sequence.schedule();
  let left = evaluations;
  let improved = true;
  while (improved && left > 0) {
    improved = false;
    const starts = runStarts(order);
    search: for (const from of starts) {
      for (const to of starts) {
        if (to === from || order[to] === order[from]) continue;
        if (left-- <= 0) break search;
        const moved = order.slice();
        const [unit] = moved.splice(from, 1);
        moved.splice(to > from ? to - 1 : to, 0, unit!);
        sequence.run(moved);
        const candidate = sequence.schedule();
        if (better(candidate, best, problem.date)) {
          best = candidate;
          order = moved;
          improved = true;
          break search;
        }
      }
    }
  }
  return best;
}
