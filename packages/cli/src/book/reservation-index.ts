import type { Book, BookReservation } from '@refund-desk/core';

/** The book's reservations by customer and reservation ID, to add product, quantity and order ID to core's answers. */
export function indexReservations(
  book: Book,
): (tenantId: string, reservationId: string) => BookReservation | undefined {
  const byKey = new Map<string, BookReservation>();
  for (const customer of Array.isArray(book?.customers) ? book.customers : []) {
    for (const reservation of Array.isArray(customer?.reservations) ? customer.reservations : []) {
      byKey.set(key(customer.tenantId, reservation.reservationId), reservation);
    }
  }
  return (tenantId, reservationId) => byKey.get(key(tenantId, reservationId));
}

// IDs are lower-case GUIDs in a book core produced; compare case-insensitively all the same (R-book.2).
const key = (tenantId: unknown, reservationId: unknown) =>
  `${String(tenantId).toLowerCase()} ${String(reservationId).toLowerCase()}`;
