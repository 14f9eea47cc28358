// R-book.3: every reservation lacking a fact an estimate needs is listed with those facts; nothing is guessed.
import { UNASSIGNED } from './merge.js';
import type { Book, BookImport, BookReservation, NeededFact } from './types.js';

/** The facts an estimate of `reservation` still needs, in the book of customer `tenantId` (every face asks this). */
export function neededFacts(reservation: Partial<BookReservation>, tenantId: string): NeededFact[] {
  const fields: NeededFact[] = [];
  if (reservation.price == null) fields.push('price');
  if (reservation.billingPlan === undefined) fields.push('billingPlan');
  if (reservation.start === undefined) fields.push('start');
  // A book written by hand may hold anything: a price that is not money is left to the estimate to name.
  const currency = (reservation.price as { currency?: unknown } | null | undefined)?.currency;
  if (reservation.price != null && currency !== 'USD' && reservation.usdPerUnit === undefined) {
    fields.push('usdPerUnit');
  }
  if (tenantId === UNASSIGNED) fields.push('customer');
  if (reservation.product === undefined) fields.push('product');
  return fields;
}

export function importNeeds(book: Book): BookImport['needs'] {
  const needs: BookImport['needs'] = [];
  for (const customer of book.customers) {
    for (const reservation of customer.reservations) {
      const fields = neededFacts(reservation, customer.tenantId);
      if (fields.length === 0) continue;
      needs.push({
        ...(customer.tenantId !== UNASSIGNED && { tenantId: customer.tenantId }),
        reservationId: reservation.reservationId,
        fields,
      });
    }
  }
  return needs;
}
