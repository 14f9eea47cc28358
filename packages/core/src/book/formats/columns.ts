// A CSV file's columns found by their header names (any order; case, spaces and a stray BOM ignored).
import { CsvReader, type CsvRecord } from '../../csv/reader.js';
import type { FileReading } from '../provenance.js';
import type { RowProblem } from '../types.js';

/** Where each column sits, looked up by name in any spelling of case and spaces. */
export interface ColumnIndex {
  get(name: string): number | undefined;
  has(name: string): boolean;
  /** How many columns the header names. */
  readonly size: number;
}

/** The header of a CSV text (its first record), read from the text's start only. */
export function headerOf(text: string): string[] {
  let header: string[] = [];
  const reader = new CsvReader((cells, index) => {
    if (index === 0) header = cells;
  });
  reader.push(text.slice(0, 1 << 16));
  reader.end();
  return header;
}

/**
 * Hands each data row of a CSV text to `onRow` as it is read, with the header's columns and whether numbers
 * use decimal commas (a `;` file); records are not kept, so a large file costs one row of memory at a time.
 */
export function eachRow(
  text: string,
  onRow: (record: CsvRecord, columns: ColumnIndex, commaDecimals: boolean) => void,
): number {
  let columns: ColumnIndex = indexColumns([]);
  let rows = 0;
  const reader = new CsvReader((cells, index, problem) => {
    if (index === 0) {
      columns = indexColumns(cells);
      return;
    }
    rows++;
    onRow(problem === undefined ? { cells, index } : { cells, index, problem }, columns, reader.separator === ';');
  });
  reader.push(text);
  reader.end();
  return rows;
}

/** One data row of a file, as a format's reader sees it. */
export interface FileRow {
  /** 1 = the first data row. */
  row: number;
  /** The trimmed cell under a column, '' when absent. */
  cell(column: string): string;
  /** Whether numbers use decimal commas (a `;` file). */
  commaDecimals: boolean;
  /** Reports a problem of this row (field = the file's own column name). */
  problem(field: string | undefined, code: RowProblem['code'], message: string): void;
}

/**
 * Reads a CSV file into a FileReading, row by row: a damaged row is reported and skipped, a blank one skipped, and
 * every other row handed to `onRow`, which records what it uses in `reading`.
 */
export function readCsvFile(
  file: string,
  text: string,
  onRow: (row: FileRow, reading: FileReading) => void,
): FileReading {
  const reading: FileReading = { reservations: [], refunds: [], problems: [], rows: 0, used: 0, skipped: 0 };
  reading.rows = eachRow(text, (record, columns, commaDecimals) => {
    const row = record.index;
    const problem: FileRow['problem'] = (field, code, message) =>
      reading.problems.push({ file, row, ...(field && { field }), code, message });
    if (record.problem) {
      problem(undefined, 'UNREADABLE_ROW', unreadableRowMessage(record.problem));
      reading.skipped++;
      return;
    }
    if (record.cells.every((cell) => cell.trim() === '')) {
      reading.skipped++;
      return;
    }
    // Read, its missing cells as blanks, but said: a row cut short is most often a file cut short.
    if (record.cells.length < columns.size) {
      problem(
        undefined,
        'INVALID_INPUT',
        `this row has ${record.cells.length} of the header's ${columns.size} cells (is the file cut short here?); the cells it lacks are read as blank`,
      );
    }
    onRow({ row, cell: (column) => cellOf(record, columns, column), commaDecimals, problem }, reading);
  });
  return reading;
}

export function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

export function indexColumns(header: readonly string[]): ColumnIndex {
  const index = new Map<string, number>();
  header.forEach((name, position) => {
    const key = headerKey(name);
    if (!index.has(key)) index.set(key, position);
  });
  // Each name the readers ask for is normalised once, then found with one map access.
  const asked = new Map<string, number | undefined>();
  const get = (name: string) => {
    if (!asked.has(name)) asked.set(name, index.get(headerKey(name)));
    return asked.get(name);
  };
  return { get, has: (name) => get(name) !== undefined, size: header.length };
}

export function hasColumns(index: ColumnIndex, names: readonly string[]): boolean {
  return names.every((name) => index.has(name));
}

/** The trimmed cell under `column`, '' when the column or the cell is absent. */
export function cellOf(record: CsvRecord, index: ColumnIndex, column: string): string {
  const position = index.get(column);
  return position === undefined ? '' : (record.cells[position] ?? '').trim();
}

/** The words for a damaged row, for its RowProblem. */
export function unreadableRowMessage(problem: NonNullable<CsvRecord['problem']>): string {
  switch (problem) {
    case 'unclosed-quote':
      return 'a quote in this row is never closed: the row was read up to its line end and not used';
    case 'too-many-cells':
      return 'this row has more cells than the header (an unquoted comma or semicolon?): not used, so no value is read from the wrong column';
    case 'cell-too-long':
      return 'a cell of this row is longer than 100,000 characters: not used';
  }
}
