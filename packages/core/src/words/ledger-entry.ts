// An estimate as an entry of the customer's refund ledger: the amount the limit counts (R-cap.2), which is what later
// estimates of the same customer must see (R-cap.4). The extension records it; the planner counts the same figure.
import type { IsoDate, LedgerEntry, RefundEstimate } from '../types.js';

/** The note says which figure was counted, so a ledger read later explains itself. */
export const LEDGER_NOTE = 'policyResult.capUse: canceled commitment counted against the limit (R-cap.2)';

/**
 * The ledger entry for a refund made as estimated: `policyResult.capUse` in USD (the refund before any fee plus the
 * canceled future payments), on the date the refund was made. Record it only for a refund that was actually made.
 */
export function ledgerEntryFromEstimate(
  estimate: Pick<RefundEstimate, 'policyResult'>,
  entry: { date: IsoDate; reservationId?: string; note?: string },
): LedgerEntry {
  const { amount, currency } = estimate.policyResult.capUse;
  return {
    date: entry.date,
    amount: { amount, currency },
    ...(entry.reservationId && { reservationId: entry.reservationId }),
    note: entry.note ?? LEDGER_NOTE,
  };
}
