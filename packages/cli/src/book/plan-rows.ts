import type { Book, RefundPlan } from '@refund-desk/core';
import { numericColumns } from '../csv/record.js';
import { indexReservations } from './reservation-index.js';

/** `plan --csv` columns (docs/portfolio.md, "The command"); `errors` holds an unplaced group's reason. */
export const planColumns = [
  'tenantId',
  'customer',
  'date',
  'reservationId',
  'reservationOrderId',
  'quantity',
  'currency',
  'billingRefundAmount',
  'capUse',
  'remainingAfter',
  'errors',
] as const;

export const planNumbers = numericColumns(planColumns, ['quantity', 'billingRefundAmount', 'capUse', 'remainingAfter']);

/**
 * Every planned refund (customers in core's order, each customer's in date order), then one row per group of units
 * that could not be placed: no date, the reason in `errors`. `capUse` and `remainingAfter` are USD, as the cap counts.
 */
export function* planRows(plan: RefundPlan, book: Book): Generator<string[]> {
  for (const customer of plan.customers) {
    for (const action of customer.actions) {
      yield [
        customer.tenantId,
        customer.name ?? '',
        action.date,
        action.reservationId,
        action.reservationOrderId,
        String(action.quantity),
        action.billingRefundAmount.currency,
        action.billingRefundAmount.amount,
        action.capUse.amount,
        action.remainingAfter.amount,
        '',
      ];
    }
  }
  const reservationIn = indexReservations(book);
  for (const customer of plan.customers) {
    for (const group of customer.unplaced) {
      const orderId = reservationIn(customer.tenantId, group.reservationId)?.reservationOrderId ?? '';
      yield [
        customer.tenantId,
        customer.name ?? '',
        '',
        group.reservationId,
        orderId,
        String(group.quantity),
        '',
        '',
        '',
        '',
        group.reason,
      ];
    }
  }
}
