// The one CSV writer: RFC 4180 quoting, and safe to open in a spreadsheet. A text cell that begins with = + - @, a tab
// or a carriage return would be run as a formula (OWASP "CSV injection"), so it is written with a leading single
// quote, which spreadsheets show as text. A number in a numeric column stays a number: the caller says which cells are
// numbers, and only a plain decimal ("-12.50") is written bare there; anything else in such a column is text too.

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
/** Either of the two above: most cells are neither, and one test lets them through as they are. */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Which cells of a record hold numbers: a predicate on the cell's position. */
export type NumericCells = (position: number) => boolean;

const noNumbers: NumericCells = () => false;

/** One cell: neutralised when it could run as a formula, quoted when it holds a separator, a quote or a line end. */
export function csvCell(value: string, numeric = false): string {
  if (!NEEDS_CARE.test(value)) return value;
  const safe = numeric && PLAIN_DECIMAL.test(value) ? value : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record with its LF line end; every cell is text unless `numeric` says otherwise. */
export function csvRecord(cells: readonly string[], numeric: NumericCells = noNumbers): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    line += csvCell(cells[i] ?? '', numeric(i));
  }
  return `${line}\n`;
}

/** The positions of `columns` whose names are in `numericNames`, as a NumericCells predicate. */
export function numericColumns(columns: readonly string[], numericNames: readonly string[]): NumericCells {
  const positions = new Set(columns.flatMap((name, i) => (numericNames.includes(name) ? [i] : [])));
  return (position) => positions.has(position);
}
