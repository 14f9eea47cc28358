// The batch's output lines, written by core's CSV writer: a text cell that a spreadsheet would run as a formula
// (an ID or a note beginning with = + - @) is neutralised; the amount columns hold numbers and stay numbers.
import { csvRecord, numericColumns } from '@refund-desk/core';
import { outputColumns } from './columns.js';

const amountCells = numericColumns(outputColumns, [
  'billingRefundAmount',
  'earlyTerminationFee',
  'remainingCommitment',
  'capUse',
]);

/** One output line (LF-terminated) of cells in outputColumns order: the header or an estimate's row. */
export function csvLine(fields: readonly string[]): string {
  return csvRecord(fields, amountCells);
}

const needsQuotes = /[",\r\n]/;

/** RFC 4180 quoting of one cell, nothing else (record.ts builds its writer on it). */
export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
