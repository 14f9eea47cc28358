// The plan as CSV, with the command's columns (docs/portfolio.md, `plan --csv`): every planned refund, customers in
// core's order and each customer's in date order, then one row per group of units that could not be placed, with
// no date and the reason's code in `errors`. `capUse` and `remainingAfter` are USD, as the limit counts them.
// Cells go through core's CSV writer: quoted as RFC 4180 says, and formula-safe (a text cell starting with = + - @
// gets a leading quote), numbers in the numeric columns written bare.
import { type CustomerPlan, csvRecord, numericColumns } from '@refund-desk/core';

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

const numeric = numericColumns(planColumns, ['quantity', 'billingRefundAmount', 'capUse', 'remainingAfter']);

/**
 * The CSV text, starting with a UTF-8 byte order mark so that spreadsheet software reads customer names in Korean
 * (or any non-ASCII text) as UTF-8; the book import reads it either way. `orderOf` finds an unplaced group's order.
 */
export function planCsv(plans: readonly CustomerPlan[], orderOf: (tenantId: string, reservationId: string) => string) {
  let text = `\uFEFF${csvRecord(planColumns)}`;
  for (const customer of plans) {
    for (const action of customer.actions) {
      text += csvRecord(
        [
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
        ],
        numeric,
      );
    }
  }
  for (const customer of plans) {
    for (const group of customer.unplaced) {
      text += csvRecord(
        [
          customer.tenantId,
          customer.name ?? '',
          '',
          group.reservationId,
          orderOf(customer.tenantId, group.reservationId),
          String(group.quantity),
          '',
          '',
          '',
          '',
          group.reason,
        ],
        numeric,
      );
    }
  }
  return text;
}
