// The CSV writer of the book commands and the batch: one record per line, formula-safe. Same names and meaning as
// core's writer (packages/core/src/csv/writer.ts); once core exports it, this file becomes a re-export of it.

/** Which cells of a record hold numbers: a predicate on the cell's position. */
export type NumericCells = (position: number) => boolean;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const noNumbers: NumericCells = () => false;

/**
 * One record with its LF line end. A text cell that a spreadsheet would run as a formula (= + - @, tab, CR first)
 * gets a leading single quote; a plain decimal in a numeric column ("-12.50") stays a number.
 */
export function csvRecord(cells: readonly string[], numeric: NumericCells = noNumbers): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    const cell = cells[i] ?? '';
    const safe = numeric(i) && PLAIN_DECIMAL.test(cell) ? cell : FORMULA_START.test(cell) ? `'${cell}` : cell;
    line += NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  }
  return `${line}\n`;
}

/** The positions of `columns` whose names are in `numericNames`, as a NumericCells predicate. */
export function numericColumns(columns: readonly string[], numericNames: readonly string[]): NumericCells {
  const positions = new Set(columns.flatMap((name, i) => (numericNames.includes(name) ? [i] : [])));
  return (position) => positions.has(position);
}
