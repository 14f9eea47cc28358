import { requiredReservationFields, reservationFieldNames } from '@refund-desk/core';

/** The contract's input columns: a reservation's fields (named by core) and the quantity to return. */
export const inputColumns = [...reservationFieldNames, 'returnQuantity'] as const;
export type InputColumn = (typeof inputColumns)[number];

/** The columns a RefundRequest cannot do without (core's required fields); the others may be absent from the file. */
export const requiredColumns: readonly InputColumn[] = requiredReservationFields;

export const outputColumns = [
  'reservationId',
  'reservationOrderId',
  'allowed',
  'currency',
  'billingRefundAmount',
  'earlyTerminationFee',
  'remainingCommitment',
  'capUse',
  'errors',
] as const;

/** Where each known column sits in a row; unknown columns are simply not listed. */
export type ColumnPositions = Partial<Record<InputColumn, number>>;

export type HeaderCheck = { ok: true; positions: ColumnPositions } | { ok: false; message: string };

/** Finds the known columns by name (any order, surrounding spaces and letter case ignored). */
export function readHeader(header: readonly string[]): HeaderCheck {
  const byLowerName = new Map<string, InputColumn>(inputColumns.map((name) => [name.toLowerCase(), name]));
  const positions: ColumnPositions = {};
  for (const [position, rawName] of header.entries()) {
    const column = byLowerName.get(rawName.trim().toLowerCase());
    if (column === undefined) continue;
    if (positions[column] !== undefined) return { ok: false, message: `the header names column "${column}" twice` };
    positions[column] = position;
  }
  const missing = requiredColumns.filter((column) => positions[column] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `the header lacks required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
    };
  }
  return { ok: true, positions };
}
