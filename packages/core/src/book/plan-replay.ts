// R-plan.1: the plan's figures are estimateRefund's own, replayed in date order with the customer's ledger plus the
// earlier planned refunds, each counted at its capUse. A refund the replay does not allow is left out (its units stay
// unplaced), so a plan is valid by construction whatever the planners got wrong.
//
// The ledger each call is given is the total counted on the refund's day (R-cap.4) as one entry of that day. An allowed
// estimate depends on the ledger only through that total (consumedRefundsTotal, remainingAfter; fitsOn is the day
// itself), so its figures are exactly those of the full ledger, and a plan of n refunds replays in n calls, not n².
import { formatDate } from '../dates.js';
import { amountOf, parseAmount, toMoney } from '../money.js';
import { estimateRefund } from '../refund.js';
import type { LedgerEntry } from '../types.js';
import type { PlannedRefund } from './plan-schedule.js';
import type { PlanSource } from './plan-sources.js';
import type { ValueOptions } from './plan-values.js';
import { CapWindow } from './plan-window.js';
import type { BookEntryCustomer } from './read-book.js';
import type { PlanAction } from './types.js';

export interface Replayed {
  actions: PlanAction[];
  /** Units planned per source. */
  placed: number[];
  cents: bigint;
}

export function replayRefunds(
  customer: BookEntryCustomer,
  sources: readonly PlanSource[],
  refunds: readonly PlannedRefund[],
  options: ValueOptions,
  windowDays: number,
): Replayed {
  const window = CapWindow.of(customer.parsedLedger, windowDays, 0n);
  const actions: PlanAction[] = [];
  const placed = sources.map(() => 0);
  let cents = 0n;
  for (const refund of refunds) {
    const source = sources[refund.source]!;
    const date = formatDate(refund.day);
    const counted = window.consumed(refund.day);
    const ledger: LedgerEntry[] = counted === 0n ? [] : [{ date, amount: toMoney(amountOf(counted, 'USD')) }];
    const result = estimateRefund({
      date,
      reservation: source.entry.reservation,
      quantity: refund.quantity,
      ledger,
      ...(options.policy !== undefined && { policy: options.policy }),
      ...(options.fee !== undefined && { fee: options.fee }),
    });
    if (!result.ok || !result.value.allowed) continue;
    const { capUse, remainingAfter } = result.value.policyResult;
    actions.push({
      date,
      reservationId: source.entry.reservationId,
      reservationOrderId: source.entry.reservationOrderId,
      quantity: refund.quantity,
      billingRefundAmount: result.value.billingRefundAmount,
      capUse,
      remainingAfter,
    });
    const parsed = parseAmount(capUse.amount, 'USD');
    const used = typeof parsed === 'string' ? 0n : parsed.minor;
    window.push(refund.day, used);
    placed[refund.source]! += refund.quantity;
    cents += used;
  }
  return { actions, placed, cents };
}
