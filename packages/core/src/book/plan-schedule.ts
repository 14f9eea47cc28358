// What every planner produces: refunds of a customer's candidate units in date order, valued in USD cents.
import type { Day } from '../dates.js';
import type { PlanSource } from './plan-sources.js';
import type { CapWindow } from './plan-window.js';

export interface PlannedRefund {
  /** Index into the customer's sources. */
  source: number;
  day: Day;
  quantity: number;
  /** capUse in USD cents. */
  cents: bigint;
}

export interface Schedule {
  /** Days never decrease. */
  refunds: PlannedRefund[];
  cents: bigint;
}

/** One customer's planning problem. */
export interface CustomerProblem {
  date: Day;
  /** The customer's ledger, nothing planned. */
  window: CapWindow;
  sources: PlanSource[];
}

export function scheduleOf(refunds: PlannedRefund[]): Schedule {
  let cents = 0n;
  for (const refund of refunds) cents += refund.cents;
  return { refunds, cents };
}

/** How late the money comes: Σ cents × days after the plan's date (smaller is earlier). */
function lateness(schedule: Schedule, date: Day): bigint {
  let total = 0n;
  for (const refund of schedule.refunds) total += refund.cents * BigInt(refund.day - date);
  return total;
}

/** R-plan.2: more recovered wins; among equal, the one whose money comes earlier, then the one with fewer refunds. */
export function better(a: Schedule, b: Schedule, date: Day): boolean {
  if (a.cents !== b.cents) return a.cents > b.cents;
  const lateA = lateness(a, date);
  const lateB = lateness(b, date);
  if (lateA !== lateB) return lateA < lateB;
  return a.refunds.length < b.refunds.length;
}

/** Sources by term end, soonest first; book order among equal ends (the baseline's order, docs/portfolio.md). */
export function byTermEnd(sources: readonly PlanSource[]): number[] {
  return sources.map((_, i) => i).sort((a, b) => sources[a]!.end - sources[b]!.end || a - b);
}
