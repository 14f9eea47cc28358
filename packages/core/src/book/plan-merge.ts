// Refunds of one reservation on one day become one refund, unless that would lose money or break the limit. capUse
// is rounded once per refund (R-money.3), so q units together can count a cent more or less than q refunds of one.
import { byTermEnd, type CustomerProblem, type PlannedRefund, type Schedule, scheduleOf } from './plan-schedule.js';

/** Whether `extra` more cents on `day` keep every planned refund from that day on (within the window) allowed. */
function roomFor(problem: CustomerProblem, refunds: readonly PlannedRefund[], day: number, extra: bigint): boolean {
  const window = problem.window.fresh();
  for (const refund of refunds) window.push(refund.day, refund.cents);
  for (const refund of refunds) {
    if (refund.day < day || refund.day >= day + window.windowDays) continue;
    if (window.consumed(refund.day) + extra > window.limit) return false;
  }
  return true;
}

export function mergeRefunds(problem: CustomerProblem, schedule: Schedule): Schedule {
  let refunds = schedule.refunds.slice();
  const days = [...new Set(refunds.map((refund) => refund.day))];
  for (const day of days) {
    for (const index of byTermEnd(problem.sources)) {
      const parts = refunds.filter((refund) => refund.day === day && refund.source === index);
      if (parts.length < 2) continue;
      let quantity = 0;
      let cents = 0n;
      for (const part of parts) {
        quantity += part.quantity;
        cents += part.cents;
      }
      const together = problem.sources[index]!.values.capUse(quantity, day);
      if (together === null || together < cents) continue;
      if (together > cents && !roomFor(problem, refunds, day, together - cents)) continue;
      const at = refunds.indexOf(parts[0]!);
      const merged: PlannedRefund = { source: index, day, quantity, cents: together };
      refunds = refunds.filter((refund) => !parts.includes(refund));
      refunds.splice(at, 0, merged);
    }
  }
  return scheduleOf(refunds);
}
