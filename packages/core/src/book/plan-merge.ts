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
 * Merges each day's refunds of a reservation when one refund counts no less than its parts. A merge that counts the
 * same changes nothing the limit sees; one that counts more is kept only while every refund stays allowed (the
 * schedule given was within the limit, so its parts always are).
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
  /** Merges that count more than their parts, by where they stand in `merged`, with the parts they replace. */
  const grown: { at: number; parts: PlannedRefund[] }[] = [];
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
      continue;
    }
    if (together > cents) grown.push({ at: merged.length, parts });
    merged.push({ source: first.source, day: first.day, quantity, cents: together });
  }
  if (grown.length === 0 || withinLimit(problem, merged)) return scheduleOf(merged);
  // Some merge that counts more breaks the limit: start from the parts of all of them, then keep each that fits.
  const choice = merged.map((refund) => [refund]);
  for (const { at, parts } of grown) choice[at] = parts;
  for (const { at } of grown) {
    const parts = choice[at]!;
    choice[at] = [merged[at]!];
    if (!withinLimit(problem, choice.flat())) choice[at] = parts;
  }
  return scheduleOf(choice.flat());
}
