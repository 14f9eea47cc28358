import { estimateRefund, type LedgerEntry, normalizeGuid, type Problem } from '@refund-desk/core';
import type { ColumnPositions } from './columns.js';
import { rowToRequest } from './row-request.js';

/** The output row (in outputColumns order) for one input row. */
export function estimateRow(
  cells: readonly string[],
  positions: ColumnPositions,
  date: string,
  ledger: LedgerEntry[] | undefined,
): string[] {
  const request = rowToRequest(cells, positions, date, ledger);
  // Only a real GUID is echoed: anything else could be a formula or a secret the reader never meant to copy (OWASP).
  const reservationId = guidAt(cells, positions.reservationId);
  const reservationOrderId = guidAt(cells, positions.reservationOrderId);
  const result = estimateRefund(request);
  if (!result.ok) return [reservationId, reservationOrderId, '', '', '', '', '', '', errorCodes(result.errors)];
  const estimate = result.value;
  return [
    reservationId,
    reservationOrderId,
    String(estimate.allowed),
    estimate.billingRefundAmount.currency,
    estimate.billingRefundAmount.amount,
    estimate.earlyTerminationFee.amount,
    estimate.billingInformation.billingCurrencyRemainingCommitmentAmount.amount,
    estimate.policyResult.capUse.amount,
    errorCodes(estimate.policyResult.errors),
  ];
}

/** Each code once, in the order core found them. */
function errorCodes(problems: readonly Problem[]): string {
  return [...new Set(problems.map((problem) => problem.code))].join(';');
}

function guidAt(cells: readonly string[], position: number | undefined): string {
  return normalizeGuid(position === undefined ? undefined : cells[position]) ?? '';
}
