// The baseline (docs/portfolio.md): units in order of term end, soonest first (book order among equal ends), each
// refunded on the earliest day, on or after the previous unit's day, on which it fits given the ones before it.
// Every plan is at least this good: the planner keeps the baseline when nothing beats it.
import { byTermEnd, type CustomerProblem, type Schedule } from './plan-schedule.js';
import { Sequence, unitsInOrder } from './plan-sequence.js';

export function baselineOrder(problem: CustomerProblem): number[] {
  return unitsInOrder(problem, byTermEnd(problem.sources));
}

export function baselineSchedule(problem: CustomerProblem): Schedule {
  const sequence = new Sequence(problem);
  sequence.run(baselineOrder(problem));
  return sequence.schedule();
}
