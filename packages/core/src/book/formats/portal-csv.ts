// The Azure portal's reservations export (Reservations → Download, CSV): one reservation per row, with its IDs,
// term, type, quantity, dates and utilization; no price, billing plan or benefit start (portfolio.md, format 1).
import { normalizeGuid } from '../../guid.js';
import { parsePortalUrl } from '../../portal-url.js';
import type { ErrorCode } from '../../types.js';
import { type Fact, type FactKey, type FileReading, originText, type ReservationFacts } from '../provenance.js';
import { type Read, readDay, readGuid, readPercent, readTermText, readWholeNumber } from '../read-cells.js';
import { productOfType } from '../resource-types.js';
import { readCsvFile } from './columns.js';

/** The columns that tell this export apart from any other CSV. */
export const PORTAL_SIGNATURE = ['Reservation Id', 'Reservation order Id', 'Purchase date', 'Type'] as const;

const UTILIZATION: readonly [FactKey, string][] = [
  ['utilization.days1', 'Utilization % 1 Day'],
  ['utilization.days7', 'Utilization % 7 Day'],
  ['utilization.days30', 'Utilization % 30 Day'],
];

const EXPECTED: readonly [string, ErrorCode, string][] = [
  ['Purchase date', 'INVALID_DATE', 'benefit start date'],
  ['Term', 'INVALID_INPUT', 'term'],
  ['Quantity', 'INVALID_QUANTITY', 'quantity'],
  ['Type', 'UNKNOWN_PRODUCT', 'product'],
];

export function readPortalExport(file: string, text: string): FileReading {
  return readCsvFile(file, text, ({ row, cell, commaDecimals, problem }, reading) => {
    const reservationId = readGuid(cell('Reservation Id'));
    const orderId = readGuid(cell('Reservation order Id'));
    if (!('value' in reservationId) || !('value' in orderId)) {
      for (const [column, read] of [
        ['Reservation Id', reservationId],
        ['Reservation order Id', orderId],
      ] as const) {
        if ('reason' in read) problem(column, 'INVALID_ID', `${column}: ${read.reason}; the row is not used`);
      }
      reading.skipped++;
      return;
    }
    const facts: Partial<Record<FactKey, Fact>> = {};
    const put = (key: FactKey, column: string, read: Read<unknown>, code: ErrorCode, detail?: string) => {
      if ('value' in read)
        facts[key] = { value: read.value, origin: originText(file, row, column, detail), source: 'portal', file, row };
      else problem(column, code, `${column}: ${read.reason}`);
    };
    const text = (key: FactKey, column: string) => {
      const value = cell(column);
      if (value !== '') put(key, column, { value }, 'INVALID_INPUT');
    };
    const optional = (
      column: string,
      read: (value: string) => Read<unknown>,
      key: FactKey,
      code: ErrorCode,
      detail?: string,
    ) => {
      const value = cell(column);
      if (value !== '') put(key, column, read(value), code, detail);
    };
    text('displayName', 'Name');
    text('status', 'Status');
    text('region', 'Region');
    text('sku', 'Product name');
    optional('Expiration date', readDay, 'expiry', 'INVALID_DATE');
    // R-book.7 (proposed): the export has no benefit start; the purchase date stands in, and the origin says so.
    optional(
      'Purchase date',
      readDay,
      'start',
      'INVALID_DATE',
      'the export has no benefit start: the purchase date stands in',
    );
    optional('Term', readTermText, 'term', 'INVALID_INPUT');
    optional('Quantity', readWholeNumber, 'quantity', 'INVALID_QUANTITY');
    // The export always fills these: a blank one is said, and the estimate of the reservation asks for its fact.
    for (const [column, code, words] of EXPECTED) {
      if (cell(column) === '') problem(column, code, `${column}: blank; the reservation's ${words} is not known`);
    }
    const type = cell('Type');
    if (type !== '') {
      const product = productOfType(type, cell('Product name'));
      put(
        'product',
        'Type',
        product ? { value: product } : { reason: `no product in the catalog for type "${type}"` },
        'UNKNOWN_PRODUCT',
      );
    }
    for (const [key, column] of UTILIZATION)
      optional(column, (value) => readPercent(value, commaDecimals), key, 'INVALID_INPUT');
    const tenant = normalizeGuid(parsePortalUrl(cell('Deep link to reservation'))?.tenant);
    if (tenant) put('customer', 'Deep link to reservation', { value: tenant }, 'INVALID_ID', 'the tenant in the link');
    const reservation: ReservationFacts = {
      reservationOrderId: orderId.value,
      reservationId: reservationId.value,
      facts,
    };
    reading.reservations.push(reservation);
    reading.used++;
  });
}
