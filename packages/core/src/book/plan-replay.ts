// R-plan.1: the plan's figures are estimateRefund's own, replayed in date order with the customer's ledger plus the
// earlier planned refunds, each counted at its capUse. A refund the replay does not allow is left out (its units stay
// unplaced), so a plan is valid by construction whatever the planners got wrong.
import { formatDate } from '../dates.js';
import { parseAmount } from '../money.js';
import { estimateRefund } from '../refund.js';
import type { LedgerEntry } from '../types.js';
import type { ParsedLedgerEntry } from '../validate.js';
import type { PlannedRefund } from './plan-schedule.js';
import type { PlanSource } from './plan-sources.js';
import type { ValueOptions } from './plan-values.js';
import type { BookEntryCustomer } from './read-book.js';
import type { PlanAction } from './types.js';

export interface Replayed {
  actions: PlanAction[];
  /** Units planned per source. */
  placed: number[];
  cents: bigint;
}

interface Counted {
  day: number;
  entry: LedgerEntry;
}

export function replayRefunds(
  customer: BookEntryCustomer,
  sources: readonly PlanSource[],
  refunds: readonly PlannedRefund[],
  options: ValueOptions,
  windowDays: number,
): Replayed {
  const counted: Counted[] = customer.ledger.map((entry, i) => ({
    day: (customer.parsedLedger[i] as ParsedLedgerEntry).date,
    entry,
  }));
  const actions: PlanAction[] = [];
  const placed = sources.map(() => 0);
  let cents = 0n;
  for (const refund of refunds) {
    const source = sources[refund.source]!;
    // Only entries that count on the day change an allowed estimate (R-cap.4); the others are left out of the call.
    const ledger = counted
      .filter(({ day }) => day <= refund.day && refund.day - day < windowDays)
      .map(({ entry }) => entry);
    const result = estimateRefund({
      date: formatDate(refund.day),
      reservation: source.entry.reservation,
      quantity: refund.quantity,
      ledger,
      ...(options.policy !== undefined && { policy: options.policy }),
      ...(options.fee !== undefined && { fee: options.fee }),
    });
    if (!result.ok || !result.value.allowed) continue;
    const { capUse, remainingAfter } = result.value.policyResult;
    actions.push({
      date: formatDate(refund.day),
      reservationId: source.entry.reservationId,
      reservationOrderId: source.entry.reservationOrderId,
      quantity: refund.quantity,
      billingRefundAmount: result.value.billingRefundAmount,
      capUse,
      remainingAfter,
    });
    const amount = { amount: capUse.amount, currency: 'USD' };
    counted.push({
      day: refund.day,
      entry: { date: formatDate(refund.day), amount, reservationId: source.entry.reservationId },
    });
    placed[refund.source]! += refund.quantity;
    const parsed = parseAmount(capUse.amount, 'USD');
    if (typeof parsed !== 'string') cents += parsed.minor;
  }
  return { actions, placed, cents };
}
