// The book's own JSON ({ "refundDeskBook": 1, "customers": [...] }), read back unchanged (portfolio.md, format 4).
// Only the shape is checked here: a customer or reservation without its IDs cannot be joined and is reported;
// everything else is kept as written.
import { normalizeGuid } from '../../guid.js';
import { isRecord } from '../../validate.js';
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
    if (!isRecord(customer)) return;
    const tenantId = customer.tenantId === 'unassigned' ? 'unassigned' : normalizeGuid(customer.tenantId);
    const reservations: BookReservation[] = [];
    const raw = Array.isArray(customer.reservations) ? customer.reservations : [];
    for (const [r, reservation] of raw.entries()) {
      rows++;
      const ids = isRecord(reservation)
        ? [normalizeGuid(reservation.reservationId), normalizeGuid(reservation.reservationOrderId)]
        : [undefined, undefined];
      if (!isRecord(reservation) || !ids[0] || !ids[1] || !tenantId) {
        problems.push({
          file,
          row: rows,
          field: `customers[${c}].reservations[${r}]`,
          code: 'INVALID_ID',
          message: `customer ${c + 1}, reservation ${r + 1}: needs a tenant ID and GUIDs for reservationId and reservationOrderId; not used`,
        });
        continue;
      }
      const origin = isRecord(reservation.origin) ? reservation.origin : {};
      reservations.push({
        ...(reservation as object),
        reservationId: ids[0],
        reservationOrderId: ids[1],
        origin,
      } as BookReservation);
      used++;
    }
    if (!tenantId) return;
    const ledger = Array.isArray(customer.ledger) ? customer.ledger : [];
    customers.push({
      ...(customer as object),
      tenantId,
      ledger: ledger as BookCustomer['ledger'],
      reservations,
    } as BookCustomer);
  });
  return { book: { refundDeskBook: 1, customers }, problems, rows, used };
}
