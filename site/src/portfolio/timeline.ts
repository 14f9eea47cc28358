// The limit left over the next days (R-cap.1, R-cap.4): a step function that changes only when a planned refund is
// counted or an earlier one stops counting. Each step is core's capStatus on that day, with the customer's ledger and
// the plan's refunds as ledger entries, so the chart shows exactly what the calculator would say on any of its days.
import { capStatus, type LedgerEntry, type Money, type PlanAction } from '@refund-desk/core';
import { centsOf } from './cents.js';
import { addDays } from './days.js';

export interface HeadroomStep {
  date: string;
  /** The first step: the limit left on the first day before any refund the plan makes that day. */
  start: boolean;
  /** USD cents left under the limit from this day on, until the next step. */
  remainingCents: string;
  remaining: Money;
}

export interface Headroom {
  from: string;
  days: number;
  limitCents: string;
  limit: Money;
  steps: HeadroomStep[];
}

const cents = (amount: string) => centsOf(amount).toString();

/** Ledger entries of the plan's refunds: the amount a refund counts is its capUse (R-cap.2). */
export function plannedEntries(actions: readonly PlanAction[]): LedgerEntry[] {
  return actions.map((action) => ({ date: action.date, amount: action.capUse, reservationId: action.reservationId }));
}

/** Null when core refuses the ledger (its problems are shown with the customer's estimates). */
export function headroom(
  ledger: readonly LedgerEntry[],
  actions: readonly PlanAction[],
  from: string,
  days = 365,
): Headroom | null {
  const entries = [...ledger, ...plannedEntries(actions)];
  const end = addDays(from, days);
  const status = (date: string) => capStatus({ date, ledger: entries });
  const first = status(from);
  if (!first.ok) return null;
  const dates = new Set([from]);
  for (const action of actions) if (action.date >= from && action.date < end) dates.add(action.date);
  // Every entry counted on a step's day leaves the window on a refill day; entries counted later are seen on theirs.
  for (const date of [...dates]) {
    const on = date === from ? first : status(date);
    if (!on.ok) continue;
    for (const refill of on.value.refills) if (refill.date > from && refill.date < end) dates.add(refill.date);
  }
  const steps: HeadroomStep[] = [];
  // A refund planned for the first day would hide the limit left before it: that comes first, without them.
  const before = capStatus({
    date: from,
    ledger: [...ledger, ...plannedEntries(actions.filter((a) => a.date < from))],
  });
  if (before.ok) {
    const remaining = before.value.remaining;
    steps.push({ date: from, start: true, remainingCents: cents(remaining.amount), remaining });
  }
  for (const date of [...dates].sort()) {
    const on = date === from ? first : status(date);
    if (!on.ok) continue;
    const remaining = on.value.remaining;
    if (steps.at(-1)?.remaining.amount === remaining.amount) continue;
    steps.push({ date, start: false, remainingCents: cents(remaining.amount), remaining });
  }
  const limit = first.value.maxRefundLimit;
  return { from, days, limitCents: cents(limit.amount), limit, steps };
}
