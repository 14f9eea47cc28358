import {
  type LedgerEntry,
  type RefundRequest,
  type ReservationFields,
  reservationFieldNames,
  reservationFromFields,
  wholeNumberField,
} from '@refund-desk/core';
import type { ColumnPositions, InputColumn } from './columns.js';

/**
 * Builds the RefundRequest of one CSV row. Turning text into the contract's shape is core's (reservationFromFields),
 * and so is every check: a cell that is wrong passes through as typed and core reports it with its field.
 */
export function rowToRequest(
  cells: readonly string[],
  positions: ColumnPositions,
  date: string,
  ledger: LedgerEntry[] | undefined,
): RefundRequest {
  const cell = (column: InputColumn): string | undefined => {
    const position = positions[column];
    return position === undefined ? undefined : cells[position];
  };
  const request: Record<string, unknown> = {
    date,
    reservation: reservationFromFields(
      Object.fromEntries(reservationFieldNames.map((name) => [name, cell(name)])) as ReservationFields,
    ),
  };
  const returnQuantity = wholeNumberField(cell('returnQuantity'));
  if (returnQuantity !== undefined) request.quantity = returnQuantity;
  if (ledger !== undefined) request.ledger = ledger;
  return request as unknown as RefundRequest;
}
