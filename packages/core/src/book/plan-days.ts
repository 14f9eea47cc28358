// The plan's refunds as an agent files them. capUse is rounded once per refund (R-money.3), so a plan may return units
// of one reservation on one day in several refunds: together they would count a cent or so less (R-plan.2 keeps the
// most USD) or, at the limit, a cent too much (plan-merge.ts). A face lists such refunds, next to each other in the
// plan, as one line that says how many separate refunds it takes.
import { type Amount, add, amountString, parseAmount } from '../money.js';
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

const amountOf = (money: Money): Amount => {
  const amount = parseAmount(money.amount, money.currency);
  if (typeof amount === 'string') throw new Error(`a plan's amount is not a decimal: ${amount}`);
  return amount;
};
const sum = (a: Money, b: Money): Money => {
  const total = add(amountOf(a), amountOf(b));
  return { amount: amountString(total), currency: total.currency };
};

/** The actions of one customer's plan (in date order), with neighbours of one reservation on one day taken together. */
export function sameDayRefunds(actions: readonly PlanAction[]): SameDayRefunds[] {
  const lines: SameDayRefunds[] = [];
  for (const action of actions) {
    const last = lines.at(-1);
    if (last && last.date === action.date && last.reservationId === action.reservationId) {
      last.quantity += action.quantity;
      last.refunds += 1;
      last.billingRefundAmount = sum(last.billingRefundAmount, action.billingRefundAmount);
      last.capUse = sum(last.capUse, action.capUse);
      last.remainingAfter = action.remainingAfter;
      continue;
    }
    lines.push({
      date: action.date,
      reservationId: action.reservationId,
      reservationOrderId: action.reservationOrderId,
      quantity: action.quantity,
      refunds: 1,
      billingRefundAmount: action.billingRefundAmount,
      capUse: action.capUse,
      remainingAfter: action.remainingAfter,
    });
  }
  return lines;
}
