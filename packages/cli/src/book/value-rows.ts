import type { Book, BookValue } from '@refund-desk/core';
import { numericColumns } from '../csv/record.js';
import { errorCodes } from './error-codes.js';
import { indexReservations } from './reservation-index.js';

/** `book value --csv` columns (docs/portfolio.md, "The command"). */
export const valueColumns = [
  'tenantId',
  'customer',
  'reservationId',
  'reservationOrderId',
  'displayName',
  'product',
  'quantity',
  'allowed',
  'currency',
  'billingRefundAmount',
  'capUse',
  'suggestedReturn',
  'errors',
] as const;

export const valueNumbers = numericColumns(valueColumns, [
  'quantity',
  'billingRefundAmount',
  'capUse',
  'suggestedReturn',
]);

/**
 * One row per valued reservation, customers in core's order. Product and quantity come from the book (core's answer
 * names the reservation only). A reservation whose estimate failed has no amounts, only its error codes; a refused
 * one has its amounts and the policy codes.
 */
export function* valueRows(value: BookValue, book: Book): Generator<string[]> {
  const reservationIn = indexReservations(book);
  for (const customer of value.customers) {
    for (const valued of customer.reservations) {
      const held = reservationIn(customer.tenantId, valued.reservationId);
      const ids = [
        customer.tenantId,
        customer.name ?? '',
        valued.reservationId,
        valued.reservationOrderId,
        valued.displayName ?? '',
        held?.product ?? '',
        held?.quantity === undefined ? '' : String(held.quantity),
      ];
      const suggested = String(valued.suggestedReturn);
      if (!valued.estimate.ok) {
        yield [...ids, '', '', '', '', suggested, errorCodes(valued.estimate.errors)];
        continue;
      }
      const estimate = valued.estimate.value;
      yield [
        ...ids,
        String(estimate.allowed),
        estimate.billingRefundAmount.currency,
        estimate.billingRefundAmount.amount,
        estimate.policyResult.capUse.amount,
        suggested,
        errorCodes(estimate.policyResult.errors),
      ];
    }
  }
}
