import type { Writable } from 'node:stream';
import { csvRecord, type NumericCells } from '../csv/record.js';
import { write } from '../io.js';

/** Rows per write: one write per row would be slow, the whole file in one string would grow with the book. */
const rowsPerWrite = 1000;

/** The header and the rows as CSV, formula-safe, each write waiting for the reader. */
export async function writeCsvRows(
  stream: Writable,
  columns: readonly string[],
  rows: Iterable<string[]>,
  numeric: NumericCells,
): Promise<void> {
  let text = csvRecord(columns);
  let count = 0;
  for (const row of rows) {
    text += csvRecord(row, numeric);
    if (++count % rowsPerWrite === 0) {
      await write(stream, text);
      text = '';
    }
  }
  if (text !== '') await write(stream, text);
}
