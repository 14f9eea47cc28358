// The plan's refunds as an agent files them. capUse is rounded once per refund (R-money.3), so a plan may return units
// of one reservation on one day in several refunds: together they would count a cent or so less (R-plan.2 keeps the
// most USD) or, at the limit, a cent too much (plan-merge.ts). A face lists such refunds, next to each other in the
// plan, as one line that says how many separate refunds it takes.
import { amountOf, minorUnits, toMoney } from '../money.js';
import type { Money } from '../types.js';
import type { PlanAction } from './types.js';

export interface SameDayRefunds {
  date: string;
  reservationId: string;
  reservationOrderId: string;
  /** The units of all of them. */
  quantity: number;
  /** How many separate refunds the plan makes of them (1 for a plain refund). */
  refunds: number;
  /** Their sums (exact): money back now, in the billing currency, and USD counted against the limit. */
  billingRefundAmount: Money;
  capUse: Money;
  /** The limit left after the last of them. */
  remainingAfter: Money;
}

/** The actions of one customer's plan (in date order), with neighbours of one reservation on one day taken together. */
export function sameDayRefunds(actions: readonly PlanAction[]): SameDayRefunds[] {
  const runs: PlanAction[][] = [];
  for (const action of actions) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last?.date === action.date && last.reservationId === action.reservationId) run.push(action);
    else runs.push([action]);
  }
  return runs.map((run) => {
    const first = run[0]!;
    return {
      date: first.date,
      reservationId: first.reservationId,
      reservationOrderId: first.reservationOrderId,
      quantity: run.reduce((units, action) => units + action.quantity, 0),
      refunds: run.length,
      billingRefundAmount: total(run.map((action) => action.billingRefundAmount)),
      capUse: total(run.map((action) => action.capUse)),
      remainingAfter: run.at(-1)!.remainingAfter,
    };
  });
}

/** The exact sum of a plan's amounts in one currency (core wrote them: plain decimals of that currency). */
function total(amounts: readonly Money[]): Money {
  const currency = amounts[0]!.currency;
  let minor = 0n;
  for (const money of amounts) minor += minorUnits(money.amount, currency) ?? 0n;
  return toMoney(amountOf(minor, currency));
}
