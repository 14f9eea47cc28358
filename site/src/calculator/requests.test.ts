// Typed state to contract requests: text stays as typed, core judges it, and its problems land on the input they name.
import { describe, expect, it } from 'vitest';
import { compute } from './compute.js';
import { buildRequest, calculatorFieldPaths, inputForField, inputLabel, pathForInput } from './requests.js';
import { defaultState } from './state.js';
import { strings } from './strings.js';

describe('buildRequest', () => {
  it('lists the missing inputs instead of guessing them', () => {
    const built = buildRequest(defaultState('2026-11-25'));
    expect(built).toEqual({ missing: ['start', 'price'] });
  });

  it('refuses a fractional quantity with a problem naming the field, never rounding it', () => {
    const state = { ...defaultState('2026-11-25'), start: '2026-01-01', price: '100', quantity: '1.5' };
    const built = buildRequest(state);
    expect('request' in built && built.kind === 'refund' && built.request.reservation.quantity).toBe('1.5');
    const outcome = compute(state);
    expect(outcome.answer).toBeNull();
    expect([...outcome.problems.entries()].map(([input, list]) => [input, list.map((p) => p.code)])).toEqual([
      ['quantity', ['INVALID_QUANTITY']],
    ]);
    expect(outcome.problems.get('quantity')?.[0]?.field).toBe('reservation.quantity');
    expect(outcome.problems.get('quantity')?.[0]?.message).toContain('1.5');
  });

  it('sends a return quantity that is not a whole number to core as typed, and files its problem on that row', () => {
    const state = {
      ...defaultState('2026-11-25'),
      mode: 'exchange' as const,
      returns: [
        {
          product: 'virtual-machines',
          term: 'P1Y',
          plan: 'Upfront',
          start: '2026-01-01',
          quantity: '3',
          price: '3000',
          returnQuantity: '2.5',
          current: '',
        },
      ],
      purchases: [{ product: 'virtual-machines', term: 'P3Y', plan: 'Upfront', price: '9000' }],
    };
    const built = buildRequest(state);
    expect('request' in built && built.kind === 'exchange' && built.request.returns[0]?.quantity).toBe('2.5');
    const outcome = compute(state);
    expect(outcome.problems.get('return-0-returnQuantity')?.map((p) => p.code)).toEqual(['INVALID_QUANTITY']);
  });

  it('passes the units the order was bought with to core (R-monthly.5), and files its problem on that input', () => {
    const base = {
      ...defaultState('2026-03-15'),
      plan: 'Monthly',
      start: '2026-01-10',
      quantity: '3',
      price: '1800.00',
      returnQuantity: '1',
    };
    const built = buildRequest({ ...base, originalQuantity: '4' });
    expect('request' in built && built.kind === 'refund' && built.request.reservation.originalQuantity).toBe(4);
    const outcome = compute({ ...base, originalQuantity: '4' });
    const paid = (o: typeof outcome) =>
      o.answer?.kind === 'refund' ? o.answer.value.billingInformation.billingCurrencyTotalPaidAmount.amount : null;
    expect(paid(outcome)).toBe('600.00');
    expect(paid(compute(base))).toBe('450.00');
    expect(inputForField('reservation.originalQuantity', 'refund')).toBe('originalQuantity');
    const wrong = compute({ ...base, originalQuantity: '2' });
    expect([...wrong.problems.keys()]).toEqual(['originalQuantity']);
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

describe('pathForInput and inputLabel', () => {
  it.each([
    ['price', 'refund'],
    ['current', 'refund'],
    ['rate', 'refund'],
    ['plan', 'refund'],
    ['returnQuantity', 'refund'],
    ['ledger-2-amount', 'cap'],
    ['ledger-0-date', 'cap'],
    ['return-1-start', 'exchange'],
    ['return-0-returnQuantity', 'exchange'],
    ['return-0-quantity', 'exchange'],
    ['buy-1-price', 'exchange'],
    ['buy-0-plan', 'exchange'],
    ['date', 'exchange'],
  ] as const)('%s is the input of the path it stands for (%s)', (input, mode) => {
    expect(inputForField(pathForInput(input) ?? undefined, mode)).toBe(input);
  });

  it('labels every input with core’s name for its path, the row numbered, never a raw path or input id', () => {
    for (const locale of ['en', 'ko'] as const) {
      const { fields } = strings[locale];
      expect(Object.keys(fields).sort()).toEqual([...calculatorFieldPaths].sort());
      for (const label of Object.values(fields)) expect(label).not.toMatch(/\.|\[|reservation|-\d-/);
    }
    expect(inputLabel(strings.en.fields, 'return-1-start')).toBe('Return 2: benefit start date (UTC)');
    expect(inputLabel(strings.ko.fields, 'ledger-0-date')).toBe('이전 환불 1: 환불일 (UTC)');
    expect(inputLabel(strings.en.fields, 'price')).toBe('Purchase price (whole term, all units)');
    expect(inputLabel(strings.ko.fields, 'date')).toBe('요청일 (UTC)');
    expect(inputLabel(strings.en.fields, 'nonsense')).toBe('nonsense');
  });
});
