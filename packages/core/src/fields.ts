// Flat text fields (a CSV row, a form, a query string) → a reservation for the contract. Every face reads reservations
// as text; this is the one place that turns text into the contract's shape. It does not judge: a value that is not what
// the contract wants passes through unchanged, so validation reports it with its field path and the text as typed.
import type { Reservation } from './types.js';

/** A reservation as text, named like the CSV columns of the contract. Empty or blank values count as absent. */
export interface ReservationFields {
  reservationId?: string;
  reservationOrderId?: string;
  product?: string;
  term?: string;
  billingPlan?: string;
  start?: string;
  quantity?: string;
  price?: string;
  currency?: string;
  currentPrice?: string;
  usdPerUnit?: string;
  used?: string | boolean;
}

/** The names of the fields, in the order of the contract's CSV columns. */
export const reservationFieldNames = [
  'reservationId',
  'reservationOrderId',
  'product',
  'term',
  'billingPlan',
  'start',
  'quantity',
  'price',
  'currency',
  'currentPrice',
  'usdPerUnit',
  'used',
] as const satisfies readonly (keyof ReservationFields)[];

/** The fields a reservation cannot do without (validation reports each one missing); the others are optional. */
export const requiredReservationFields = [
  'product',
  'term',
  'billingPlan',
  'start',
  'quantity',
  'price',
  'currency',
] as const satisfies readonly (typeof reservationFieldNames)[number][];

const WHOLE = /^\d+$/;

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** "12" → 12; anything else stays text so that validation can quote it. */
export function wholeNumberField(value: string | undefined): number | string | undefined {
  const trimmed = text(value);
  return trimmed !== undefined && WHOLE.test(trimmed) ? Number(trimmed) : trimmed;
}

function yesNo(value: string | boolean | undefined): boolean | string | undefined {
  if (typeof value === 'boolean') return value;
  const trimmed = text(value);
  const lower = trimmed?.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : trimmed;
}

/**
 * The reservation these fields describe. Price and current price share `currency` (upper-cased); absent fields are
 * left out, so validation names each missing one.
 */
export function reservationFromFields(fields: ReservationFields): Reservation {
  const reservation: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) reservation[key] = value;
  };
  const currency = text(fields.currency)?.toUpperCase();
  const money = (amount: string | undefined) => {
    const value = text(amount);
    return value === undefined ? undefined : currency === undefined ? { amount: value } : { amount: value, currency };
  };
  set('reservationId', text(fields.reservationId));
  set('reservationOrderId', text(fields.reservationOrderId));
  set('product', text(fields.product));
  set('term', text(fields.term));
  set('billingPlan', text(fields.billingPlan));
  set('start', text(fields.start));
  set('quantity', wholeNumberField(fields.quantity));
  set('price', money(fields.price));
  set('currentPrice', money(fields.currentPrice));
  set('usdPerUnit', text(fields.usdPerUnit));
  set('used', yesNo(fields.used));
  return reservation as unknown as Reservation;
}
