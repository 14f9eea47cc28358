// The refund plan as CSV rows, with the columns of docs/portfolio.md (`plan --csv`): every planned refund, customers
// in the plan's order and each customer's in date order, then one row per group of units that could not be placed,
// with no date and the reason's code in `errors`. `capUse` and `remainingAfter` are USD, as the limit counts them.
// The command and the site's portfolio page both write these rows, through core's formula-safe CSV writer.
import { numericColumns } from '../csv/index.js';
import type { CustomerPlan } from './types.js';

export const planCsvColumns = [
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

/** The columns whose cells are numbers, written bare (never formula-escaped). */
export const planCsvNumbers = numericColumns(planCsvColumns, [
  'quantity',
  'billingRefundAmount',
  'capUse',
  'remainingAfter',
]);

/** The rows, in `planCsvColumns` order. `orderOf` finds the reservation order of an unplaced group. */
export function* planCsvRows(
  customers: readonly CustomerPlan[],
  orderOf: (tenantId: string, reservationId: string) => string,
): Generator<string[]> {
  for (const customer of customers) {
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
  for (const customer of customers) {
    for (const group of customer.unplaced) {
      const orderId = orderOf(customer.tenantId, group.reservationId);
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
