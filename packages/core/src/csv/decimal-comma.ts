// Numbers as spreadsheets in comma-decimal locales write them in `;` files: "1.234,56", "1234,56", "-0,5".
// Turned into the contract's decimal strings by moving characters only (exact: no number is ever made of them).

const COMMA_DECIMAL = /^(-?)(\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+)(?:,(\d+))?$/;
const POINT_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * "1.234,56" → "1234.56", "1234,56" → "1234.56", "12" → "12"; a plain "1234.56" or "1.08" is left as it is.
 * "1.234" (a point before exactly three digits) reads as those locales write a thousands mark: "1234", unless
 * `pointIsDecimal` says the column writes points as decimal marks (a rate such as "1.234").
 * Returns undefined for anything else, so the caller can report the cell.
 */
export function decimalFromCommaLocale(text: string, pointIsDecimal = false): string | undefined {
  const trimmed = text.trim();
  const match = COMMA_DECIMAL.exec(trimmed);
  if (match) {
    const [, sign = '', whole = '', fraction] = match;
    const grouped = /[.\u00a0\u202f ]/.test(whole);
    if (grouped && fraction === undefined && pointIsDecimal && POINT_DECIMAL.test(trimmed)) return trimmed;
    const digits = whole.replace(/[.\u00a0\u202f ]/g, '');
    return fraction === undefined ? `${sign}${digits}` : `${sign}${digits}.${fraction}`;
  }
  return POINT_DECIMAL.test(trimmed) ? trimmed : undefined;
}
