// The book's own JSON ({ "refundDeskBook": 1, "customers": [...] }), read back unchanged (portfolio.md, format 4).
// Only the shape is checked here: a customer or reservation without its IDs cannot be joined and is reported; a
// ledger entry that valueBook and planRefunds would refuse is reported and kept as written (a refund is never
// dropped); a fact written as null is no fact (then listed as needed); everything else is kept as written.
import { normalizeGuid } from '../../guid.js';
import { isRecord, join, Problems, readLedger } from '../../validate.js';
import type { Book, BookCustomer, BookReservation, RowProblem } from '../types.js';

export function isBookJson(json: unknown): boolean {
  return isRecord(json) && json.refundDeskBook === 1;
}

export function readBookJson(
  file: string,
  json: unknown,
): { book: Book; problems: RowProblem[]; rows: number; used: number } {
  const problems: RowProblem[] = [];
  const customers: BookCustomer[] = [];
  let rows = 0;
  let used = 0;
  const list = isRecord(json) && Array.isArray(json.customers) ? json.customers : [];
  if (isRecord(json) && !Array.isArray(json.customers)) {
    problems.push({
      file,
      row: 0,
      field: 'customers',
      code: 'INVALID_INPUT',
      message: 'customers: the book has no list of customers',
    });
  }
  list.forEach((customer, c) => {
    const at = `customers[${c}]`;
    const report = (field: string, message: string, code: RowProblem['code'] = 'INVALID_INPUT') => {
      problems.push({ file, row: 0, field, code, message });
    };
    if (!isRecord(customer)) {
      report(at, `customer ${c + 1}: not a customer object; not used`);
      return;
    }
    const tenantId = customer.tenantId === 'unassigned' ? 'unassigned' : normalizeGuid(customer.tenantId);
    if (!tenantId) {
      report(
        join(at, 'tenantId'),
        `customer ${c + 1}: ${JSON.stringify(customer.tenantId ?? null)} is not a tenant ID (a GUID); the customer, its ledger and its reservations are not used`,
        'INVALID_ID',
      );
    }
    if (customer.name !== undefined && typeof customer.name !== 'string') {
      report(join(at, 'name'), `customer ${c + 1}: the name must be text; it is left out`);
    }
    if (customer.ledger !== undefined && !Array.isArray(customer.ledger)) {
      report(join(at, 'ledger'), `customer ${c + 1}: the ledger must be a list of refunds; it is not used`);
    } else if (tenantId) {
      // Kept as written, but said now: valueBook and planRefunds refuse the book until the entry is fixed.
      const ledgerProblems = new Problems();
      readLedger(customer.ledger ?? [], join(at, 'ledger'), ledgerProblems);
      for (const problem of ledgerProblems.list) {
        report(
          problem.field ?? join(at, 'ledger'),
          `customer ${c + 1}: ${problem.message}; kept as written, but the book cannot be valued or planned until it is fixed`,
          problem.code,
        );
      }
    }
    const reservations: BookReservation[] = [];
    const raw = Array.isArray(customer.reservations) ? customer.reservations : [];
    for (const [r, reservation] of raw.entries()) {
      rows++;
      // Said once, for the customer.
      if (!tenantId) continue;
      const ids = isRecord(reservation)
        ? [normalizeGuid(reservation.reservationId), normalizeGuid(reservation.reservationOrderId)]
        : [undefined, undefined];
      if (!isRecord(reservation) || !ids[0] || !ids[1]) {
        problems.push({
          file,
          row: rows,
          field: `customers[${c}].reservations[${r}]`,
          code: 'INVALID_ID',
          message: `customer ${c + 1}, reservation ${r + 1}: needs GUIDs for reservationId and reservationOrderId; not used`,
        });
        continue;
      }
      const origin = isRecord(reservation.origin) ? reservation.origin : {};
      const facts = Object.fromEntries(Object.entries(reservation).filter(([, value]) => value !== null));
      reservations.push({
        ...facts,
        reservationId: ids[0],
        reservationOrderId: ids[1],
        origin,
      } as BookReservation);
      used++;
    }
    if (!tenantId) return;
    const ledger = Array.isArray(customer.ledger) ? customer.ledger : [];
    const { name, ...rest } = customer;
    customers.push({
      ...rest,
      ...(typeof name === 'string' && { name }),
      tenantId,
      ledger: ledger as BookCustomer['ledger'],
      reservations,
    } as BookCustomer);
  });
  return { book: { refundDeskBook: 1, customers }, problems, rows, used };
}
