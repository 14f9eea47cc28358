// Turns the typed state into a contract request for core, and a contract request (a preset) back into state.
// Text becomes contract fields through core's reservationFromFields: a value that is not valid goes to core as typed, and
// core's problem (with its field path) lands on the input. Only "this required input is empty" is the face's own.
import {
  type CapRequest,
  type ExchangePurchase,
  type ExchangeRequest,
  type LedgerEntry,
  type PolicyId,
  type RefundRequest,
  reservationFromFields,
  wholeNumberField,
} from '@refund-desk/core';
import { type CalcState, defaultState, type Mode, type ReturnRow } from './state.js';

export type Built =
  | { kind: 'refund'; request: RefundRequest }
  | { kind: 'exchange'; request: ExchangeRequest }
  | { kind: 'cap'; request: CapRequest };

/** Required inputs (by input id) that are still empty: core is not asked until they are filled. */
export interface NotReady {
  missing: string[];
}

/** An optional return quantity: absent when empty, otherwise as core's field reader sees it (text stays text). */
function returnQuantity(text: string): number | undefined {
  return wholeNumberField(text) as number | undefined;
}

function ledgerOf(state: CalcState): LedgerEntry[] {
  return state.ledger.map((row) => ({ date: row.date.trim(), amount: { amount: row.amount.trim(), currency: 'USD' } }));
}

function policyOf(state: CalcState): PolicyId | 'auto' {
  return (state.policy || 'auto') as PolicyId | 'auto';
}

export function buildRequest(state: CalcState): Built | NotReady {
  const missing: string[] = [];
  const need = (id: string, value: string) => {
    if (value.trim() === '') missing.push(id);
  };
  const needLedger = () =>
    state.ledger.forEach((row, i) => {
      need(`ledger-${i}-date`, row.date);
      need(`ledger-${i}-amount`, row.amount);
    });
  need('date', state.date);
  if (state.mode === 'cap') {
    needLedger();
    if (missing.length > 0) return { missing };
    return { kind: 'cap', request: { date: state.date.trim(), ledger: ledgerOf(state) } };
  }
  if (state.mode === 'refund') {
    for (const id of ['start', 'quantity', 'price', 'currency'] as const) need(id, state[id]);
    needLedger();
    if (missing.length > 0) return { missing };
    const reservation = reservationFromFields({
      product: state.product,
      term: state.term,
      billingPlan: state.plan,
      start: state.start,
      quantity: state.quantity,
      price: state.price,
      currency: state.currency,
      currentPrice: state.current,
      usdPerUnit: state.rate,
      used: state.used,
    });
    // R-monthly.5: core's field reader has no originalQuantity; it is read the same way as the other counts.
    const original = wholeNumberField(state.originalQuantity);
    if (original !== undefined) (reservation as { originalQuantity?: unknown }).originalQuantity = original;
    const request: RefundRequest = { date: state.date.trim(), reservation, policy: policyOf(state) };
    const returned = returnQuantity(state.returnQuantity);
    if (returned !== undefined) request.quantity = returned;
    if (state.fee === 'charge') request.fee = 'charge';
    if (state.ledger.length > 0) request.ledger = ledgerOf(state);
    return { kind: 'refund', request };
  }
  need('currency', state.currency);
  const returns = state.returns.map((row, i) => {
    for (const key of ['start', 'quantity', 'price'] as const) need(`return-${i}-${key}`, row[key]);
    const reservation = reservationFromFields({
      product: row.product,
      term: row.term,
      billingPlan: row.plan,
      start: row.start,
      quantity: row.quantity,
      price: row.price,
      currency: state.currency,
      currentPrice: row.current,
    });
    const returned = returnQuantity(row.returnQuantity);
    return returned === undefined ? { reservation } : { reservation, quantity: returned };
  });
  const purchases = state.purchases.map((row, i): ExchangePurchase => {
    need(`buy-${i}-price`, row.price);
    // A purchase is the priced part of a reservation: the same reader turns its text into contract fields.
    const { product, term, billingPlan, price } = reservationFromFields({
      product: row.product,
      term: row.term,
      billingPlan: row.plan,
      price: row.price,
      currency: state.currency,
    });
    return { product, term, billingPlan, price };
  });
  if (missing.length > 0) return { missing };
  return { kind: 'exchange', request: { date: state.date.trim(), returns, purchases, policy: policyOf(state) } };
}

/** The input a problem's contract path points at ("reservation.price.amount" -> "price"), or null. */
export function inputForField(field: string | undefined, mode: Mode): string | null {
  if (!field) return null;
  let match = /^ledger\[(\d+)\]\.(date|amount)/.exec(field);
  if (match) return `ledger-${match[1]}-${match[2]}`;
  match = /^returns\[(\d+)\]\.(?:reservation\.)?(\w+)(?:\.(\w+))?/.exec(field);
  if (match) {
    const key =
      match[2] === 'quantity' && !field.includes('reservation')
        ? 'returnQuantity'
        : reservationInput(match[2]!, match[3]);
    return `return-${match[1]}-${key}`;
  }
  match = /^purchases\[(\d+)\]\.(\w+)(?:\.(\w+))?/.exec(field);
  if (match) return `buy-${match[1]}-${reservationInput(match[2]!, match[3])}`;
  if (field === 'quantity') return mode === 'refund' ? 'returnQuantity' : null;
  if (field === 'date' || field === 'policy' || field === 'fee') return field;
  match = /^reservation\.(\w+)(?:\.(\w+))?/.exec(field);
  if (match) return reservationInput(match[1]!, match[2]);
  return null;
}

const reservationPaths: Record<string, string> = {
  product: 'product',
  term: 'term',
  plan: 'billingPlan',
  start: 'start',
  quantity: 'quantity',
  price: 'price.amount',
  current: 'currentPrice.amount',
  rate: 'usdPerUnit',
  used: 'used',
  currency: 'price.currency',
  originalQuantity: 'originalQuantity',
};

/**
 * The contract path an input stands for (the inverse of inputForField): "price" → "reservation.price.amount",
 * "return-1-start" → "returns[1].reservation.start". Core names each path for people; null for an unknown input.
 */
export function pathForInput(id: string): string | null {
  if (id === 'date' || id === 'policy' || id === 'fee') return id;
  if (id === 'returnQuantity') return 'quantity';
  if (Object.hasOwn(reservationPaths, id)) return `reservation.${reservationPaths[id]}`;
  const whole = /^(return|buy)-(\d+)$/.exec(id);
  if (whole) return `${whole[1] === 'return' ? 'returns' : 'purchases'}[${whole[2]}]`;
  const row = /^(ledger|return|buy)-(\d+)-(\w+)$/.exec(id);
  if (!row) return null;
  const [, list, index, key] = row as unknown as [string, string, string, string];
  if (list === 'ledger')
    return key === 'date' ? `ledger[${index}].date` : key === 'amount' ? `ledger[${index}].amount.amount` : null;
  if (list === 'return') {
    if (key === 'returnQuantity') return `returns[${index}].quantity`;
    return Object.hasOwn(reservationPaths, key) ? `returns[${index}].reservation.${reservationPaths[key]}` : null;
  }
  if (key === 'price') return `purchases[${index}].price.amount`;
  return Object.hasOwn(reservationPaths, key) ? `purchases[${index}].${reservationPaths[key]}` : null;
}

/** Every path the calculator's inputs stand for, rows as "[]": the labels core gives the form at build time. */
export const calculatorFieldPaths: readonly string[] = [
  ...['date', 'policy', 'fee', 'returnQuantity', ...Object.keys(reservationPaths)],
  ...['date', 'amount'].map((key) => `ledger-0-${key}`),
  ...['product', 'term', 'plan', 'start', 'quantity', 'price', 'current', 'returnQuantity'].map(
    (key) => `return-0-${key}`,
  ),
  ...['product', 'term', 'plan', 'price'].map((key) => `buy-0-${key}`),
  'return-0',
  'buy-0',
]
  .map((id) => pathPattern(pathForInput(id)!))
  .concat(['returns', 'purchases']);

/** "returns[1].reservation.start" → "returns[].reservation.start". */
export function pathPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The label of an input, from core's names (passed in `fields` by path pattern), the row number filled in. */
export function inputLabel(fields: Record<string, string>, id: string): string {
  const path = pathForInput(id);
  const label = path === null ? undefined : fields[pathPattern(path)];
  if (label === undefined) return id;
  const row = /\[(\d+)\]/.exec(path!);
  return row ? label.replace('{n}', String(Number(row[1]) + 1)) : label;
}

function reservationInput(key: string, sub: string | undefined): string {
  if (sub === 'currency') return 'currency';
  const names: Record<string, string> = {
    billingPlan: 'plan',
    price: 'price',
    currentPrice: 'current',
    usdPerUnit: 'rate',
    originalQuantity: 'originalQuantity',
  };
  return names[key] ?? key;
}

/** A preset's contract request as calculator state (the inverse of buildRequest). */
export function stateFromRequest(mode: Mode, request: RefundRequest | ExchangeRequest | CapRequest): CalcState {
  const state = defaultState(request.date);
  state.mode = mode;
  if ('policy' in request && request.policy) state.policy = request.policy;
  if ('ledger' in request && request.ledger) {
    state.ledger = request.ledger.map((entry) => ({ date: entry.date, amount: entry.amount.amount }));
  }
  if (mode === 'refund') {
    const refund = request as RefundRequest;
    const r = refund.reservation;
    Object.assign(state, {
      product: r.product,
      term: r.term,
      plan: r.billingPlan,
      start: r.start,
      quantity: String(r.quantity),
      price: r.price.amount,
      currency: r.price.currency,
      current: r.currentPrice?.amount ?? '',
      rate: r.usdPerUnit ?? '',
      used: r.used === undefined ? '' : String(r.used),
      fee: refund.fee ?? 'policy',
      returnQuantity: refund.quantity === undefined ? '' : String(refund.quantity),
      originalQuantity: r.originalQuantity === undefined ? '' : String(r.originalQuantity),
    });
  }
  if (mode === 'exchange') {
    const exchange = request as ExchangeRequest;
    state.currency = exchange.returns[0]?.reservation.price.currency ?? exchange.purchases[0]?.price.currency ?? 'USD';
    state.returns = exchange.returns.map(
      ({ reservation: r, quantity }): ReturnRow => ({
        product: r.product,
        term: r.term,
        plan: r.billingPlan,
        start: r.start,
        quantity: String(r.quantity),
        price: r.price.amount,
        returnQuantity: quantity === undefined ? '' : String(quantity),
        current: r.currentPrice?.amount ?? '',
      }),
    );
    state.purchases = exchange.purchases.map((p) => ({
      product: p.product,
      term: p.term,
      plan: p.billingPlan,
      price: p.price.amount,
    }));
  }
  return state;
}
