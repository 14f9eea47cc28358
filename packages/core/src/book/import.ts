// importBook (docs/portfolio.md, R-book): the partner's files → one book. Each file is recognised by its content,
// read by its format's reader into facts with their origin, joined by reservation (R-book.2), merged into the given
// book without losing or overwriting anything of it, and every reservation lacking a fact is listed (R-book.3).
import type { Result } from '../types.js';
import { isRecord } from '../validate.js';
import { readBookJson } from './formats/book-json.js';
import { detectFormat } from './formats/detect.js';
import { readPortalExport } from './formats/portal-csv.js';
import { readReconciliation } from './formats/reconciliation-csv.js';
import { readReservationsJson } from './formats/reservations-json.js';
import { importNeeds } from './import-needs.js';
import { Join } from './join.js';
import { addBookReservation, buildBook } from './merge.js';
import type { FileReading } from './provenance.js';
import type { Book, BookFile, BookImport, RowProblem } from './types.js';

export function importBook(files: BookFile[], options?: { book?: Book }): Result<BookImport> {
  if (
    !Array.isArray(files) ||
    files.some((file) => !isRecord(file) || typeof file.name !== 'string' || typeof file.text !== 'string')
  ) {
    return {
      ok: false,
      errors: [
        { code: 'INVALID_INPUT', field: 'files', message: 'files must be a list of { name, text } with both as text' },
      ],
    };
  }
  const problems: RowProblem[] = [];
  const bases: { book: Book; file: string }[] = [];
  if (options?.book !== undefined) {
    if (!isRecord(options.book) || options.book.refundDeskBook !== 1) {
      return {
        ok: false,
        errors: [
          {
            code: 'INVALID_INPUT',
            field: 'book',
            message: 'book must be a Refund Desk book ({ "refundDeskBook": 1, "customers": [...] })',
          },
        ],
      };
    }
    const base = readBookJson('the book', options.book);
    problems.push(...base.problems);
    bases.push({ book: base.book, file: 'the book' });
  }
  const summaries: BookImport['files'] = [];
  const readings: FileReading[] = [];
  for (const file of files) {
    const detected = detectFormat(file.text);
    const summary = { name: file.name, format: detected.format, rows: 0, used: 0, skipped: 0 };
    summaries.push(summary);
    if (detected.format === 'unknown') {
      problems.push({ file: file.name, row: 0, code: 'INVALID_INPUT', message: `${file.name}: ${detected.reason}` });
      continue;
    }
    if (detected.format === 'refund-desk-book-json') {
      const book = readBookJson(file.name, detected.json);
      problems.push(...book.problems);
      bases.push({ book: book.book, file: file.name });
      Object.assign(summary, { rows: book.rows, used: book.used, skipped: book.rows - book.used });
      continue;
    }
    const reading =
      detected.format === 'azure-reservations-json'
        ? readReservationsJson(file.name, detected.items)
        : detected.format === 'portal-reservations-csv'
          ? readPortalExport(file.name, detected.text)
          : readReconciliation(file.name, detected.text);
    Object.assign(summary, { rows: reading.rows, used: reading.used, skipped: reading.skipped });
    problems.push(...reading.problems);
    readings.push(reading);
  }

  const join = new Join();
  for (const base of bases) {
    for (const customer of base.book.customers) {
      for (const reservation of customer.reservations) addBookReservation(join, customer, reservation, base.file, 0);
    }
  }
  // Named reservations first (API JSON and portal rows), then the orders' facts (invoice lines), so an invoice
  // line finds its order's reservation whatever the order of the files.
  for (const reading of readings) {
    for (const set of reading.reservations)
      if (set.reservationId !== undefined) join.addReservation({ ...set, reservationId: set.reservationId });
  }
  for (const reading of readings) {
    for (const set of reading.reservations) if (set.reservationId === undefined) join.addOrder(set);
  }
  join.settlePlaceholders();
  join.settlePriceUnits();
  problems.push(...join.problems);
  const book = buildBook(
    join,
    bases.map((base) => base.book),
    readings.map((reading) => reading.refunds),
  );
  return { ok: true, value: { book, files: summaries, problems, needs: importNeeds(book) } };
}
