// Refunds of one reservation on one day become one refund, unless that would lose money or break the limit. capUse
// is rounded once per refund (R-money.3), so q units together can count a cent more or less than q refunds of one.
import type { CustomerProblem, PlannedRefund, Schedule } from './plan-schedule.js';
import { scheduleOf } from './plan-schedule.js';

/** Whether every refund is allowed: on each refund's day the counted total, its own day's refunds included, fits. */
function withinLimit(problem: CustomerProblem, refunds: readonly PlannedRefund[]): boolean {
  const window = problem.window.fresh();
  for (const refund of refunds) window.push(refund.day, refund.cents);
  return refunds.every((refund) => window.consumed(refund.day) <= window.limit);
}

/**
 * Merges each day's refunds of a reservation when one refund counts no less than its parts. If the merges that count
 * more break the limit anywhere, those are undone (the schedule given was within the limit, and a merge that counts
 * the same changes nothing).
 */
export function mergeRefunds(problem: CustomerProblem, schedule: Schedule): Schedule {
  const groups = new Map<string, PlannedRefund[]>();
  for (const refund of schedule.refunds) {
    const key = `${refund.day}:${refund.source}`;
    const group = groups.get(key);
    if (group) group.push(refund);
    else groups.set(key, [refund]);
  }
  const merged: PlannedRefund[] = [];
  const safe: PlannedRefund[] = [];
  for (const parts of groups.values()) {
    const first = parts[0]!;
    let quantity = 0;
    let cents = 0n;
    for (const part of parts) {
      quantity += part.quantity;
      cents += part.cents;
    }
    const together = parts.length > 1 ? problem.sources[first.source]!.values.capUse(quantity, first.day) : null;
    if (together === null || together < cents) {
      merged.push(...parts);
      safe.push(...parts);
      continue;
    }
    const one = { source: first.source, day: first.day, quantity, cents: together };
    merged.push(one);
    if (together === cents) safe.push(one);
    else safe.push(...parts);
  }
  return scheduleOf(withinLimit(problem, merged) ? merged : safe);
}
