// One cell of a partner's file → one fact, as the portal, Partner Center and spreadsheets spell them. Each reader
// returns the value or a reason in words; nothing throws and nothing is guessed.
import { decimalFromCommaLocale } from '../csv/decimal-comma.js';
import { formatDate, parseDate } from '../dates.js';
import { normalizeGuid } from '../guid.js';
import type { IsoDate, Term } from '../types.js';

export type Read<T> = { value: T } | { reason: string };

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;

/**
 * R-book.4 (proposed) dates as the files write them: "2025-01-07", an ISO timestamp (reduced to its UTC date,
 * R-time.1), or the portal's and Partner Center's US form "1/7/2025" (month first), with or without a time of day.
 */
export function readDay(text: string): Read<IsoDate> {
  const trimmed = text.trim();
  const us = US_DATE.exec(trimmed);
  const iso = us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : trimmed;
  const day = parseDate(iso);
  return typeof day === 'string'
    ? { reason: `"${trimmed}" is not a date such as "2025-01-07" or "1/7/2025"` }
    : { value: formatDate(day) };
}

const TERM_WORDS: Record<string, Term> = { '1': 'P1Y', one: 'P1Y', '3': 'P3Y', three: 'P3Y', '5': 'P5Y', five: 'P5Y' };

/** R-book.5 (proposed) terms: "P1Y", "1 Year", "3 Years", "One Year", "1 Year - Monthly" (Partner Center). */
export function readTermText(text: string): Read<Term> {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'P1Y' || upper === 'P3Y' || upper === 'P5Y') return { value: upper };
  const words = /^(1|3|5|one|three|five)[\s-]*years?\b/i.exec(trimmed);
  const term = words ? TERM_WORDS[words[1]!.toLowerCase()] : undefined;
  return term ? { value: term } : { reason: `"${trimmed}" is not a term such as "P1Y", "1 Year" or "3 Years"` };
}

export function readGuid(text: string): Read<string> {
  const guid = normalizeGuid(text);
  return guid ? { value: guid } : { reason: `"${text.trim().slice(0, 60)}" is not a GUID such as "1b0a2f6e-…"` };
}

/** A decimal as the contract writes it; in a `;` file a decimal comma ("1.234,56") is moved to a point, exactly. */
export function readDecimal(text: string, commaDecimals: boolean): Read<string> {
  const trimmed = text.trim();
  const decimal = commaDecimals
    ? decimalFromCommaLocale(trimmed)
    : /^-?\d+(?:\.\d+)?$/.test(trimmed)
      ? trimmed
      : undefined;
  return decimal === undefined ? { reason: `"${trimmed}" is not a number such as "1234.56"` } : { value: decimal };
}

/** A percentage such as "98.5", "98,5 %" or "100%", as a decimal string. */
export function readPercent(text: string, commaDecimals: boolean): Read<string> {
  const read = readDecimal(text.replace(/%\s*$/, ''), commaDecimals);
  return 'value' in read ? { value: canonicalDecimal(read.value) } : read;
}

export function readWholeNumber(text: string): Read<number> {
  const trimmed = text.trim();
  const number = /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return number >= 1 ? { value: number } : { reason: `"${trimmed}" is not a whole number of units such as "2"` };
}

/** "098.50" → "98.5", "100.0" → "100": one spelling per value, so equal facts from two files compare equal. */
export function canonicalDecimal(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/^0+(?=\d)/, '');
  const kept = fraction.replace(/0+$/, '');
  return `${sign}${digits}${kept ? `.${kept}` : ''}`;
}
