// The baseline (docs/portfolio.md): units in order of term end, soonest first, each refunded on the earliest day, on
// or after the previous unit's day, on which it fits given the ones before it. Every plan is at least this good.
import { earliestFit } from './plan-fit.js';
import { byTermEnd, type CustomerProblem, type PlannedRefund, type Schedule, scheduleOf } from './plan-schedule.js';

export function baselineSchedule(problem: CustomerProblem): Schedule {
  const window = problem.window.fresh();
  const refunds: PlannedRefund[] = [];
  let previous = problem.date;
  for (const index of byTermEnd(problem.sources)) {
    const source = problem.sources[index]!;
    for (let unit = 0; unit < source.units; unit++) {
      const fit = earliestFit(source.values, 1, window, Math.max(previous, source.first), source.last);
      // Nothing changed since this unit failed, so the reservation's other units would fail the same way.
      if (!fit) break;
      refunds.push({ source: index, day: fit.day, quantity: 1, cents: fit.cents });
      window.push(fit.day, fit.cents);
      previous = fit.day;
    }
  }
  return scheduleOf(refunds);
}
