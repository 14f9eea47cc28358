// Which of the four formats a file is, from its content alone (header or shape), never from its name.
import type { BookFormat } from '../types.js';
import { isBookJson } from './book-json.js';
import { hasColumns, headerOf, indexColumns } from './columns.js';
import { PORTAL_SIGNATURE } from './portal-csv.js';
import { RECONCILIATION_SIGNATURE } from './reconciliation-csv.js';
import { reservationItems } from './reservations-json.js';

export type Detected =
  | { format: 'portal-reservations-csv' | 'partner-center-reconciliation-csv'; text: string }
  | { format: 'azure-reservations-json'; items: unknown[] }
  | { format: 'refund-desk-book-json'; json: unknown }
  | { format: 'unknown'; reason: string };

export function detectFormat(text: string): Detected {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = /\S/.exec(body.slice(0, 1024))?.[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { format: 'unknown', reason: 'it looks like JSON but is not valid JSON' };
    }
    if (isBookJson(json)) return { format: 'refund-desk-book-json', json };
    const items = reservationItems(json);
    if (items) return { format: 'azure-reservations-json', items };
    return { format: 'unknown', reason: 'JSON, but neither a Refund Desk book nor a list of Azure reservations' };
  }
  const columns = indexColumns(headerOf(body));
  const format: BookFormat | undefined = hasColumns(columns, PORTAL_SIGNATURE)
    ? 'portal-reservations-csv'
    : hasColumns(columns, RECONCILIATION_SIGNATURE)
      ? 'partner-center-reconciliation-csv'
      : undefined;
  if (format === 'portal-reservations-csv' || format === 'partner-center-reconciliation-csv')
    return { format, text: body };
  return {
    format: 'unknown',
    reason:
      'not a file the import knows: expected the Azure portal reservations export, a Partner Center reconciliation file, Azure Reservations API JSON or a Refund Desk book',
  };
}
