// A CSV file's columns found by their header names (any order; case, spaces and a stray BOM ignored).
import type { CsvRecord } from '../../csv/reader.js';

export type ColumnIndex = ReadonlyMap<string, number>;

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
  return index;
}

export function hasColumns(index: ColumnIndex, names: readonly string[]): boolean {
  return names.every((name) => index.has(headerKey(name)));
}

/** The trimmed cell under `column`, '' when the column or the cell is absent. */
export function cellOf(record: CsvRecord, index: ColumnIndex, column: string): string {
  const position = index.get(headerKey(column));
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
