import { freezeLedger, type LedgerEntry } from '@refund-desk/core';
import { type ColumnPositions, outputColumns } from './columns.js';
import { estimateRow } from './row-estimate.js';
import { csvLine } from './write.js';

/** What every row of one batch shares; plain data, so it can be handed to a worker thread. */
export interface RowSettings {
  positions: ColumnPositions;
  date: string;
  ledger: LedgerEntry[] | undefined;
}

/** A data row's cells, or null for a row the CSV reader could not read as written (see batch.ts). */
export type BatchRow = string[] | null;

/** The output of a row that could not be read: no IDs (they may be in the wrong cells), only the code. */
const unreadableLine = csvLine([...outputColumns.slice(0, -1).map(() => ''), 'UNREADABLE_ROW']);

/** The output CSV lines for consecutive input rows; `firstRow` numbers them (1 = the first data row) for messages. */
export function estimateRows(rows: readonly BatchRow[], settings: RowSettings, firstRow: number): string {
  // Frozen, the ledger is read once per thread instead of once per row.
  if (settings.ledger) freezeLedger(settings.ledger);
  let text = '';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === null) {
      text += unreadableLine;
      continue;
    }
    try {
      text += csvLine(estimateRow(row ?? [], settings.positions, settings.date, settings.ledger));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`row ${firstRow + i}: ${reason}`, { cause: error });
    }
  }
  return text;
}
