// Typed state to contract requests: text stays as typed, whole numbers are checked, problems land on their input.
import { describe, expect, it } from 'vitest';
import { buildRequest, inputForField } from './requests.js';
import { defaultState } from './state.js';

describe('buildRequest', () => {
  it('lists the missing inputs instead of guessing them', () => {
    const built = buildRequest(defaultState('2026-11-25'));
    expect(built).toEqual({ missing: ['start', 'price'], problems: [] });
  });

  it('refuses a fractional quantity with a problem naming the field, never rounding it', () => {
    const state = { ...defaultState('2026-11-25'), start: '2026-01-01', price: '100', quantity: '1.5' };
    const built = buildRequest(state);
    expect('problems' in built && built.problems.map((p) => [p.code, p.field])).toEqual([
      ['INVALID_QUANTITY', 'reservation.quantity'],
    ]);
  });

  it('passes amounts through as typed text for core to judge', () => {
    const state = { ...defaultState('2026-11-25'), start: '2026-01-01', price: ' 3,650 ', current: '1e3' };
    const built = buildRequest(state);
    expect('request' in built && built.kind === 'refund' && built.request.reservation.price.amount).toBe('3,650');
    expect('request' in built && built.kind === 'refund' && built.request.reservation.currentPrice?.amount).toBe('1e3');
  });
});

describe('inputForField', () => {
  it.each([
    ['reservation.price.amount', 'refund', 'price'],
    ['reservation.price.currency', 'refund', 'currency'],
    ['reservation.currentPrice.amount', 'refund', 'current'],
    ['reservation.usdPerUnit', 'refund', 'rate'],
    ['reservation.billingPlan', 'refund', 'plan'],
    ['quantity', 'refund', 'returnQuantity'],
    ['ledger[2].amount.amount', 'cap', 'ledger-2-amount'],
    ['returns[1].reservation.start', 'exchange', 'return-1-start'],
    ['returns[0].quantity', 'exchange', 'return-0-returnQuantity'],
    ['returns[0].reservation.quantity', 'exchange', 'return-0-quantity'],
    ['purchases[1].price.amount', 'exchange', 'buy-1-price'],
    ['date', 'exchange', 'date'],
  ] as const)('%s (%s) -> %s', (field, mode, input) => {
    expect(inputForField(field, mode)).toBe(input);
  });

  it('leaves unknown paths to the general problem list', () => {
    expect(inputForField('something.else', 'refund')).toBeNull();
    expect(inputForField(undefined, 'refund')).toBeNull();
  });
});
