// Turns the typed state into a contract request for core, and a contract request (a preset) back into state.
// Only the face's own job lives here: reading whole numbers and yes/no out of text. Every money and policy check is core's.
import type {
  CapRequest,
  ExchangeRequest,
  LedgerEntry,
  Money,
  PolicyId,
  Problem,
  RefundRequest,
  Reservation,
} from '@refund-desk/core';
import { type CalcState, defaultState, type Mode, type ReturnRow } from './state.js';

export type Built =
  | { kind: 'refund'; request: RefundRequest }
  | { kind: 'exchange'; request: ExchangeRequest }
  | { kind: 'cap'; request: CapRequest };

/** Missing required inputs (by input id) or problems found before core is asked. */
export interface NotReady {
  missing: string[];
  problems: Problem[];
}

const WHOLE = /^\s*\d+\s*$/;

function wholeNumber(text: string, field: string, problems: Problem[]): number {
  if (!WHOLE.test(text)) {
    problems.push({ code: 'INVALID_QUANTITY', field, message: 'Type a whole number of units, such as 1 or 2.' });
    return Number.NaN;
  }
  return Number(text);
}

const money = (amount: string, currency: string): Money => ({ amount: amount.trim(), currency: currency.trim() });

function ledgerOf(state: CalcState): LedgerEntry[] {
  return state.ledger.map((row) => ({ date: row.date.trim(), amount: money(row.amount, 'USD') }));
}

function policyOf(state: CalcState): PolicyId | 'auto' {
  return (state.policy || 'auto') as PolicyId | 'auto';
}

export function buildRequest(state: CalcState): Built | NotReady {
  const missing: string[] = [];
  const problems: Problem[] = [];
  const need = (id: string, value: string) => {
    if (value.trim() === '') missing.push(id);
  };
  need('date', state.date);
  if (state.mode === 'cap') {
    state.ledger.forEach((row, i) => {
      need(`ledger-${i}-date`, row.date);
      need(`ledger-${i}-amount`, row.amount);
    });
    if (missing.length > 0) return { missing, problems };
    return { kind: 'cap', request: { date: state.date.trim(), ledger: ledgerOf(state) } };
  }
  if (state.mode === 'refund') {
    for (const id of ['start', 'quantity', 'price', 'currency'] as const) need(id, state[id]);
    state.ledger.forEach((row, i) => {
      need(`ledger-${i}-date`, row.date);
      need(`ledger-${i}-amount`, row.amount);
    });
    const quantity = state.quantity.trim() === '' ? 0 : wholeNumber(state.quantity, 'reservation.quantity', problems);
    const returned =
      state.returnQuantity.trim() === '' ? undefined : wholeNumber(state.returnQuantity, 'quantity', problems);
    if (missing.length > 0 || problems.length > 0) return { missing, problems };
    const reservation: Reservation = {
      product: state.product as Reservation['product'],
      term: state.term as Reservation['term'],
      billingPlan: state.plan as Reservation['billingPlan'],
      start: state.start.trim(),
      quantity,
      price: money(state.price, state.currency),
    };
    if (state.current.trim() !== '') reservation.currentPrice = money(state.current, state.currency);
    if (state.rate.trim() !== '') reservation.usdPerUnit = state.rate.trim();
    if (state.used === 'true' || state.used === 'false') reservation.used = state.used === 'true';
    const request: RefundRequest = { date: state.date.trim(), reservation, policy: policyOf(state) };
    if (returned !== undefined) request.quantity = returned;
    if (state.fee === 'charge') request.fee = 'charge';
    if (state.ledger.length > 0) request.ledger = ledgerOf(state);
    return { kind: 'refund', request };
  }
  need('currency', state.currency);
  const returns = state.returns.map((row, i) => {
    for (const key of ['start', 'quantity', 'price'] as const) need(`return-${i}-${key}`, row[key]);
    const quantity =
      row.quantity.trim() === '' ? 0 : wholeNumber(row.quantity, `returns[${i}].reservation.quantity`, problems);
    const returned =
      row.returnQuantity.trim() === ''
        ? undefined
        : wholeNumber(row.returnQuantity, `returns[${i}].quantity`, problems);
    const reservation: Reservation = {
      product: row.product as Reservation['product'],
      term: row.term as Reservation['term'],
      billingPlan: row.plan as Reservation['billingPlan'],
      start: row.start.trim(),
      quantity,
      price: money(row.price, state.currency),
    };
    if (row.current.trim() !== '') reservation.currentPrice = money(row.current, state.currency);
    return returned === undefined ? { reservation } : { reservation, quantity: returned };
  });
  const purchases = state.purchases.map((row, i) => {
    need(`buy-${i}-price`, row.price);
    return {
      product: row.product as Reservation['product'],
      term: row.term as Reservation['term'],
      billingPlan: row.plan as Reservation['billingPlan'],
      price: money(row.price, state.currency),
    };
  });
  if (missing.length > 0 || problems.length > 0) return { missing, problems };
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

function reservationInput(key: string, sub: string | undefined): string {
  if (sub === 'currency') return 'currency';
  const names: Record<string, string> = {
    billingPlan: 'plan',
    price: 'price',
    currentPrice: 'current',
    usdPerUnit: 'rate',
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
