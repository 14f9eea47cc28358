import { type Book, planCsvColumns, planCsvNumbers, planCsvRows, type RefundPlan } from '@refund-desk/core';
import { indexReservations } from './reservation-index.js';

/** `plan --csv` columns (docs/portfolio.md, "The command"); core writes the same rows for every face. */
export const planColumns = planCsvColumns;
export const planNumbers = planCsvNumbers;

/** Every planned refund, then one row per group of units that could not be placed (core's rows). */
export function planRows(plan: RefundPlan, book: Book): Generator<string[]> {
  const reservationIn = indexReservations(book);
  return planCsvRows(
    plan.customers,
    (tenantId, reservationId) => reservationIn(tenantId, reservationId)?.reservationOrderId ?? '',
  );
}
