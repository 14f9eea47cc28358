import {
  type CapStatus,
  capStatus,
  describeProblem,
  type ExchangeEstimate,
  estimateExchange,
  estimateRefund,
  fieldLabel,
  type LedgerEntry,
  type Locale,
  type Money,
  type RefundEstimate,
  type RefundRequest,
  type Reservation,
  requiredReservationFields,
  reservationFromFields,
  wholeNumberField,
} from '@refund-desk/core';
import type { InputField, RefundRecord, ReservationInputs, Settings } from '../shapes';

// Turns the agent's inputs into core requests and core's answers into what the UI shows. No money logic here: every
// figure is core's; this file only picks fields and maps core's field paths back to the form's fields.
export type FieldError = { field: InputField | 'date'; message: string };

export interface Ids {
  reservationOrderId?: string;
  reservationId?: string;
}

export interface EstimateView {
  refund: RefundEstimate;
  exchange: ExchangeEstimate | null;
}

const coreFields: [RegExp, FieldError['field']][] = [
  [/^reservation\.price/, 'price'],
  [/^reservation\.currentPrice/, 'currentPrice'],
  [/^reservation\.usdPerUnit/, 'usdPerUnit'],
  [/^reservation\.start/, 'start'],
  [/^reservation\.quantity/, 'quantity'],
  [/^reservation\.product/, 'product'],
  [/^reservation\.term/, 'term'],
  [/^reservation\.billingPlan/, 'billingPlan'],
  [/^quantity/, 'returnQuantity'],
  [/^ledger/, 'customer'],
  [/^date/, 'date'],
];

export function formField(coreField: string | undefined): FieldError['field'] | undefined {
  return coreFields.find(([pattern]) => pattern.test(coreField ?? ''))?.[1];
}

/** The contract path each form field stands for: core names it for people ("Purchase price"). */
export const fieldPaths: Record<FieldError['field'], string> = {
  product: 'reservation.product',
  term: 'reservation.term',
  billingPlan: 'reservation.billingPlan',
  start: 'reservation.start',
  quantity: 'reservation.quantity',
  price: 'reservation.price.amount',
  currency: 'reservation.price.currency',
  currentPrice: 'reservation.currentPrice.amount',
  usdPerUnit: 'reservation.usdPerUnit',
  customer: 'customer',
  returnQuantity: 'quantity',
  date: 'date',
};

// Core's required fields; term and plan are menus with a value, so only the typed ones can be empty.
const required: readonly InputField[] = requiredReservationFields;

export function ledgerEntries(refunds: readonly RefundRecord[]): LedgerEntry[] {
  return refunds.map((r) => ({
    date: r.date,
    amount: { amount: r.amount, currency: 'USD' },
    ...(r.reservationId && { reservationId: r.reservationId }),
    ...(r.note && { note: r.note }),
  }));
}

export function toReservation(inputs: ReservationInputs, ids: Ids): Reservation {
  return reservationFromFields({ ...inputs, ...ids });
}

export function refundRequest(
  inputs: ReservationInputs,
  ids: Ids,
  date: string,
  refunds: readonly RefundRecord[],
  settings: Pick<Settings, 'policy' | 'whatIfFee'>,
): RefundRequest {
  return {
    date,
    reservation: toReservation(inputs, ids),
    ...(inputs.returnQuantity.trim() && { quantity: wholeNumberField(inputs.returnQuantity) as number }),
    ledger: ledgerEntries(refunds),
    policy: settings.policy,
    fee: settings.whatIfFee ? 'charge' : 'policy',
  };
}

/** Core's estimate, or the problems with the form, each naming its field in core's words for the locale. */
export function estimate(
  inputs: ReservationInputs,
  ids: Ids,
  date: string,
  refunds: readonly RefundRecord[],
  settings: Pick<Settings, 'policy' | 'whatIfFee'>,
  locale: Locale,
  requiredMessage: string,
): { ok: true; value: EstimateView } | { ok: false; errors: FieldError[] } {
  const missing = required.filter((f) => !inputs[f].trim());
  if (missing.length) {
    return {
      ok: false,
      errors: missing.map((field) => ({
        field,
        message: `${fieldLabel(fieldPaths[field], locale)}: ${requiredMessage}`,
      })),
    };
  }
  const request = refundRequest(inputs, ids, date, refunds, settings);
  const refund = estimateRefund(request);
  if (!refund.ok) {
    return {
      ok: false,
      errors: refund.errors.map((e) => ({
        field: formField(e.field) ?? 'product',
        message: describeProblem(e, locale),
      })),
    };
  }
  // The exchange minimum is core's `refundsTotal` for these returned units: asked with no purchase (R-exchange.4).
  const exchange = estimateExchange({
    date,
    returns: [
      { reservation: request.reservation, ...(request.quantity !== undefined && { quantity: request.quantity }) },
    ],
    purchases: [],
    policy: settings.policy,
  });
  return { ok: true, value: { refund: refund.value, exchange: exchange.ok ? exchange.value : null } };
}

export function headroom(date: string, refunds: readonly RefundRecord[]): CapStatus | null {
  const status = capStatus({ date, ledger: ledgerEntries(refunds) });
  return status.ok ? status.value : null;
}

export type { Money };
