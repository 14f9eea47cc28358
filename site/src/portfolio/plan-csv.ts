// The plan as CSV, with the command's columns and rows (core's planCsvRows), through core's formula-safe writer.
import { type CustomerPlan, csvRecord, planCsvColumns, planCsvNumbers, planCsvRows } from '@refund-desk/core';

export const planColumns = planCsvColumns;

/**
 * The CSV text, starting with a UTF-8 byte order mark so that spreadsheet software reads customer names in Korean
 * (or any non-ASCII text) as UTF-8; the book import reads it either way. `orderOf` finds an unplaced group's order.
 */
export function planCsv(plans: readonly CustomerPlan[], orderOf: (tenantId: string, reservationId: string) => string) {
  let text = `\uFEFF${csvRecord(planCsvColumns)}`;
  for (const row of planCsvRows(plans, orderOf)) text += csvRecord(row, planCsvNumbers);
  return text;
}
