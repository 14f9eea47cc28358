import type { LedgerEntry, Problem, RefundRequest } from '@refund-desk/core';
import type { ColumnPositions, InputColumn } from './columns.js';

export interface RowRequest {
  request: RefundRequest;
  /** Problems found while reading cells that core cannot see as such (a quantity that is no number at all). */
  problems: Problem[];
}

/**
 * Builds the RefundRequest of one CSV row. Empty cells are left out, so core reports a missing required value
 * with its own field path; all other checking is core's.
 */
export function rowToRequest(
  cells: readonly string[],
  positions: ColumnPositions,
  date: string,
  ledger: LedgerEntry[] | undefined,
): RowRequest {
  const cell = (column: InputColumn): string | undefined => {
    const position = positions[column];
    const text = position === undefined ? undefined : cells[position]?.trim();
    return text === '' ? undefined : text;
  };
  const problems: Problem[] = [];
  const reservation: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) reservation[key] = value;
  };

  set('reservationId', cell('reservationId'));
  set('reservationOrderId', cell('reservationOrderId'));
  set('product', cell('product'));
  set('term', cell('term'));
  set('billingPlan', cell('billingPlan'));
  set('start', cell('start'));
  set('quantity', wholeNumber(cell('quantity'), 'reservation.quantity', 'quantity', problems));
  const currency = cell('currency');
  set('price', money(cell('price'), currency));
  set('currentPrice', money(cell('currentPrice'), currency));
  set('usdPerUnit', cell('usdPerUnit'));
  set('used', yesNo(cell('used'), problems));

  const request: Record<string, unknown> = { date, reservation };
  const returnQuantity = wholeNumber(cell('returnQuantity'), 'quantity', 'returnQuantity', problems);
  if (returnQuantity !== undefined) request.quantity = returnQuantity;
  if (ledger !== undefined) request.ledger = ledger;
  return { request: request as unknown as RefundRequest, problems };
}

function money(amount: string | undefined, currency: string | undefined): Record<string, string> | undefined {
  if (amount === undefined) return undefined;
  return currency === undefined ? { amount } : { amount, currency };
}

const integerPattern = /^[+-]?\d+$/;

/** Quantities are whole numbers; anything else is the row's INVALID_QUANTITY (NaN keeps core from guessing). */
function wholeNumber(text: string | undefined, field: string, column: string, problems: Problem[]): number | undefined {
  if (text === undefined) return undefined;
  if (integerPattern.test(text)) return Number(text);
  problems.push({ code: 'INVALID_QUANTITY', field, message: `${column} must be a whole number, got "${text}"` });
  return Number.NaN;
}

function yesNo(text: string | undefined, problems: Problem[]): boolean | string | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  problems.push({
    code: 'INVALID_INPUT',
    field: 'reservation.used',
    message: `used must be true or false, got "${text}"`,
  });
  return text;
}
