// CSV cells for the plan download: RFC 4180 quoting, and safe in a spreadsheet. A text cell beginning with = + - @,
// a tab or a carriage return would run as a formula (OWASP "CSV injection"), so it gets a leading single quote; a
// plain decimal in a numeric column ("-12.50") stays a number. Core has the same writer (packages/core/src/csv/
// writer.ts) but does not export it from its entry point yet; once it does, this module should re-export it.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

export function csvCell(value: string, numeric = false): string {
  const safe = FORMULA_START.test(value) && !(numeric && PLAIN_DECIMAL.test(value)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record with an LF line end (as the command's CSV), `numeric` naming the number columns. */
export function csvRecord(cells: readonly string[], numeric: ReadonlySet<number> = new Set()): string {
  return `${cells.map((cell, i) => csvCell(cell, numeric.has(i))).join(',')}\n`;
}
