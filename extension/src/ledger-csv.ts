import { csvRecord, decimalFromCommaLocale, numericColumns, readCsv } from '@refund-desk/core';
import type { LedgerFile } from './shapes';

// CSV form of the ledger: one row per refund, the customer's name repeated. Written with core's formula-safe writer
// (no cell can start a formula when the file is opened in a spreadsheet), read with core's reader (`,` or `;`, a
// `sep=` line, quoting; a damaged row is that row's problem).
export const ledgerColumns = ['tenantId', 'customerName', 'id', 'date', 'amountUsd', 'reservationId', 'note'] as const;
const numeric = numericColumns(ledgerColumns, ['amountUsd']);

export function ledgerToCsv(ledger: LedgerFile): string {
  const names = new Map(ledger.customers.map((c) => [c.tenantId, c.name]));
  let out = csvRecord(ledgerColumns);
  for (const r of ledger.refunds)
    out += csvRecord(
      [r.tenantId, names.get(r.tenantId) ?? '', r.id, r.date, r.amount, r.reservationId ?? '', r.note ?? ''],
      numeric,
    );
  // Customers without refunds still travel, as rows without a refund.
  const withRefunds = new Set(ledger.refunds.map((r) => r.tenantId));
  for (const c of ledger.customers)
    if (!withRefunds.has(c.tenantId)) out += csvRecord([c.tenantId, c.name, '', '', '', '', ''], numeric);
  return out;
}

export interface LedgerCsvRow {
  /** 1 = the header line's record, as a spreadsheet numbers rows. */
  row: number;
  cells: Record<string, string>;
  problem?: string;
}

const damaged: Record<string, string> = {
  'unclosed-quote': 'a quoted cell is not closed',
  'too-many-cells': 'the row has more cells than the header',
  'cell-too-long': 'a cell is longer than 100,000 characters',
};

/** The rows of a ledger CSV by column name; `missing` names required columns the header lacks. */
export function readLedgerCsv(text: string): { rows: LedgerCsvRow[]; missing: string[] } {
  const { separator, records } = readCsv(text);
  const header = (records[0]?.cells ?? []).map((c) => c.trim());
  const missing = ledgerColumns.filter((c) => !header.includes(c));
  const rows = records.slice(1).map((record): LedgerCsvRow => {
    const cells = Object.fromEntries(header.map((name, i) => [name, record.cells[i] ?? '']));
    // Files written by spreadsheets in comma-decimal locales (";" separated) write "1.234,50".
    if (separator === ';' && cells.amountUsd)
      cells.amountUsd = decimalFromCommaLocale(cells.amountUsd) ?? cells.amountUsd;
    return {
      row: record.index + 1,
      cells,
      ...(record.problem && { problem: damaged[record.problem] ?? record.problem }),
    };
  });
  return { rows, missing };
}
