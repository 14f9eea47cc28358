import { describe, expect, it } from 'vitest';
import { estimateRefund } from './refund.js';
import type { RefundEstimate, RefundRequest } from './types.js';

const base: RefundRequest = {
  date: '2025-03-15',
  reservation: {
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2025-01-01',
    quantity: 4,
    price: { amount: '3650.00', currency: 'USD' },
  },
};

function ok(request: unknown): RefundEstimate {
  const result = estimateRefund(request);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('estimateRefund', () => {
  it('scales a partial return by q/Q (R-money.4)', () => {
    const value = ok({ ...base, quantity: 1 });
    expect(value.quantity).toBe(1);
    expect(value.billingRefundAmount.amount).toBe('730.00');
    // R-monthly.5: Azure reports the whole reservation's payments (4 units), and prorated = that − the refund.
    expect(value.billingInformation.billingCurrencyTotalPaidAmount.amount).toBe('3650.00');
    expect(value.billingInformation.billingCurrencyProratedAmount.amount).toBe('2920.00');
    expect(value.steps.map((s) => s.key)).toContain('quantity.partial');
  });

  it('says when no current price was given under a lower-of policy (R-basis.1)', () => {
    expect(ok(base).steps.find((s) => s.rule.startsWith('R-basis'))).toMatchObject({ key: 'basis.noCurrentPrice' });
    expect(ok({ ...base, policy: 'csp-2018-10' }).steps.find((s) => s.rule.startsWith('R-basis'))).toMatchObject({
      key: 'basis.purchaseOnly',
    });
  });

  it('ignores a lower current price under csp-2018-10 (R-basis.2)', () => {
    const request = {
      ...base,
      policy: 'csp-2018-10',
      reservation: { ...base.reservation, currentPrice: { amount: '1000', currency: 'USD' } },
    };
    expect(ok(request).priceBasis).toBe('purchase');
  });

  it('cites a rule on every step', () => {
    for (const step of ok({ ...base, fee: 'charge' }).steps) expect(step.rule).toMatch(/^R-[a-z]+\.\d+$/);
  });

  it('reports the policy with its source (R-policy.2)', () => {
    expect(ok(base).policy).toEqual({
      id: 'azure-2020-02',
      title: expect.any(String),
      inForceFrom: '2020-02-12',
      source: expect.stringMatching(/^https:\/\/learn\.microsoft\.com\//),
    });
  });

  it('refunds a refused request in full on no day and gives the earliest day it fits (R-cap.6)', () => {
    const value = ok({ ...base, ledger: [{ date: '2024-06-01', amount: { amount: '49500.00', currency: 'USD' } }] });
    expect(value.allowed).toBe(false);
    expect(value.policyResult.maxQuantityNow).toBe(0);
    expect(value.policyResult.fitsOn).toBe('2025-06-01');
  });

  it('does not count ledger entries dated after the request (R-cap.4)', () => {
    const value = ok({ ...base, ledger: [{ date: '2025-03-16', amount: { amount: '50000.00', currency: 'USD' } }] });
    expect(value.policyResult.consumedRefundsTotal.amount).toBe('0.00');
    expect(value.allowed).toBe(true);
  });

  it('refuses a not-refundable product but still shows the amounts (R-gate.1)', () => {
    const value = ok({ ...base, reservation: { ...base.reservation, product: 'red-hat-plan' } });
    expect(value.allowed).toBe(false);
    expect(value.policyResult.errors).toEqual([
      expect.objectContaining({ code: 'NOT_REFUNDABLE', field: 'reservation.product' }),
    ]);
    expect(value.policyResult.fitsOn).toBeNull();
    expect(value.billingRefundAmount.amount).toBe('2920.00');
  });

  it('reports every input problem at once, each with its field', () => {
    const result = estimateRefund({
      date: '2025-02-30',
      quantity: 0,
      policy: 'azure-1999',
      reservation: {
        product: 'vm',
        term: 'P2Y',
        billingPlan: 'Yearly',
        start: 'soon',
        quantity: 1.5,
        price: { amount: 3650, currency: 'usd' },
        reservationId: 'x',
      },
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((e) => `${e.code}@${e.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'INVALID_DATE@date',
        'INVALID_ID@reservation.reservationId',
        'UNKNOWN_PRODUCT@reservation.product',
        'INVALID_INPUT@reservation.term',
        'INVALID_INPUT@reservation.billingPlan',
        'INVALID_DATE@reservation.start',
        'INVALID_QUANTITY@reservation.quantity',
        'INVALID_CURRENCY@reservation.price.currency',
        'INVALID_AMOUNT@reservation.price.amount',
        'UNKNOWN_POLICY@policy',
      ]),
    );
  });

  it('refuses a current price in another currency', () => {
    const result = estimateRefund({
      ...base,
      reservation: { ...base.reservation, currentPrice: { amount: '1', currency: 'EUR' } },
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'CURRENCY_MISMATCH', field: 'reservation.currentPrice.currency' }],
    });
  });

  it('describes hostile JSON without calling its methods', () => {
    const result = estimateRefund({
      ...base,
      date: { toString: 0 },
      reservation: { ...base.reservation, start: { valueOf: 1 } },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'date must be a date such as "2025-01-07", not an object',
      'reservation.start must be a date such as "2025-01-07", not an object',
    ]);
  });

  it('is not an object: one problem, no throw', () => {
    expect(estimateRefund(null)).toMatchObject({ ok: false, errors: [{ code: 'INVALID_INPUT' }] });
    expect(estimateRefund([])).toMatchObject({ ok: false, errors: [{ code: 'INVALID_INPUT' }] });
  });
});

describe('a frozen ledger', () => {
  it('gives the same answers and problems as a fresh one, read once', async () => {
    const { freezeLedger } = await import('./validate.js');
    const ledger = [
      { date: '2024-06-01', amount: { amount: '49500.00', currency: 'USD' } },
      { date: '2025-01-01', amount: { amount: '10.00', currency: 'USD' } },
    ];
    const frozen = freezeLedger(structuredClone(ledger));
    expect(Object.isFrozen(frozen[0]?.amount)).toBe(true);
    for (const date of ['2025-03-15', '2025-06-01', '2025-07-01']) {
      expect(estimateRefund({ ...base, date, ledger: frozen })).toEqual(estimateRefund({ ...base, date, ledger }));
    }
    // Only the array frozen: an entry can still change, so the ledger is read afresh each time.
    const entry = { date: '2025-03-01', amount: { amount: '49000.00', currency: 'USD' } };
    const shallow = Object.freeze([entry]);
    expect(ok({ ...base, ledger: shallow }).allowed).toBe(false);
    entry.amount.amount = '1.00';
    expect(ok({ ...base, ledger: shallow }).allowed).toBe(true);
    const bad = freezeLedger([{ date: 'x', amount: { amount: '1', currency: 'USD' } }]);
    for (let i = 0; i < 2; i++) {
      expect(estimateRefund({ ...base, ledger: bad })).toMatchObject({
        ok: false,
        errors: [{ field: 'ledger[0].date' }],
      });
    }
  });
});

describe('a frozen reservation', () => {
  it('is read once and gives the same answers and problems as a fresh one', async () => {
    const { deepFreeze } = await import('./validate.js');
    const reservation = deepFreeze(structuredClone(base.reservation));
    for (const date of ['2025-01-03', '2025-03-15', '2025-12-31']) {
      expect(estimateRefund({ ...base, date, reservation })).toEqual(estimateRefund({ ...base, date }));
    }
    const bad = deepFreeze({ ...base.reservation, price: { amount: '-1', currency: 'USD' } });
    for (let i = 0; i < 2; i++) {
      expect(estimateRefund({ ...base, reservation: bad })).toMatchObject({
        ok: false,
        errors: [{ field: 'reservation.price.amount' }],
      });
    }
  });

  it('is read afresh when only its outside is frozen: its price can still change', () => {
    const price = { amount: '3650.00', currency: 'USD' };
    const reservation = Object.freeze({ ...base.reservation, price });
    expect(ok({ ...base, reservation }).billingRefundAmount.amount).toBe(ok(base).billingRefundAmount.amount);
    price.amount = '7300.00';
    const doubled = ok({ ...base, reservation: { ...base.reservation, price: { ...price } } });
    expect(ok({ ...base, reservation }).billingRefundAmount).toEqual(doubled.billingRefundAmount);
  });
});

describe('refused only by the canceled future payments (R-cap.2)', () => {
  // A monthly 3-year plan of USD 72,000: 36 payments of 2,000. Returned in month 2 with USD 10,000 already counted.
  const monthly: RefundRequest = {
    date: '2026-02-15',
    reservation: {
      product: 'virtual-machines',
      term: 'P3Y',
      billingPlan: 'Monthly',
      start: '2026-01-01',
      quantity: 1,
      price: { amount: '72000.00', currency: 'USD' },
    },
    ledger: [{ date: '2026-01-20', amount: { amount: '10000.00', currency: 'USD' } }],
  };

  it('says so when the refund paid now alone would fit', () => {
    const value = ok(monthly);
    expect(value.allowed).toBe(false);
    expect(value.policyResult.errors.map((e) => e.code)).toEqual(['REFUND_LIMIT_EXCEEDED']);
    expect(value.policyResult.refusedByFuturePayments).toBe(true);
    const step = value.steps.find((s) => s.key === 'cap.refusedByFuturePayments');
    expect(step?.rule).toBe('R-cap.2');
    expect(step?.params.futurePayments).toBe('68000.00 USD');
  });

  it('is false when the request fits, and when even the refund alone would not', () => {
    const smaller = { ...monthly.reservation, price: { amount: '36000.00', currency: 'USD' } };
    const fits = ok({ ...monthly, reservation: smaller });
    expect(fits.allowed).toBe(true);
    expect(fits.policyResult.refusedByFuturePayments).toBe(false);
    const full = ok({ ...monthly, ledger: [{ date: '2026-01-20', amount: { amount: '50000.00', currency: 'USD' } }] });
    expect(full.allowed).toBe(false);
    expect(full.policyResult.refusedByFuturePayments).toBe(false);
  });
});

describe('answers huge requests at once (R-cap.6)', () => {
  it('refuses a price of 10,000 nines as an amount, naming the field', () => {
    const result = estimateRefund({
      ...base,
      quantity: 1_000_000,
      reservation: { ...base.reservation, quantity: 1_000_000, price: { amount: '9'.repeat(10_000), currency: 'USD' } },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ code: 'INVALID_AMOUNT', field: 'reservation.price.amount' });
  });

  it('finds the largest quantity that fits among a million units', () => {
    // 1,000,000 units for USD 100,000,000 upfront: each unit counts about USD 99.73 on day 1, so 501 fit in 50,000.
    const value = ok({
      date: '2025-01-02',
      reservation: { ...base.reservation, quantity: 1_000_000, price: { amount: '100000000.00', currency: 'USD' } },
    });
    expect(value.allowed).toBe(false);
    const fits = (quantity: number) =>
      ok({
        date: '2025-01-02',
        quantity,
        reservation: { ...base.reservation, quantity: 1_000_000, price: { amount: '100000000.00', currency: 'USD' } },
      }).allowed;
    expect(fits(value.policyResult.maxQuantityNow)).toBe(true);
    expect(fits(value.policyResult.maxQuantityNow + 1)).toBe(false);
  });
});

describe('originalQuantity (R-monthly.5)', () => {
  it('must not be below the quantity owned', () => {
    const result = estimateRefund({ ...base, reservation: { ...base.reservation, originalQuantity: 3 } });
    expect(!result.ok && result.errors[0]).toMatchObject({
      code: 'INVALID_QUANTITY',
      field: 'reservation.originalQuantity',
    });
  });
});

describe('steps shared between results (policies.ts, refund.ts)', () => {
  const stepOf = (estimate: RefundEstimate, key: string) => estimate.steps.find((step) => step.key === key)!;

  it('gives results that state the same policy or window one frozen step, and others their own', () => {
    const first = ok(base);
    const other = ok({ ...base, reservation: { ...base.reservation, quantity: 3 }, quantity: 1 });
    for (const key of ['policy.inForce', 'cap.consumed']) {
      expect(stepOf(other, key)).toBe(stepOf(first, key));
      expect(Object.isFrozen(stepOf(first, key))).toBe(true);
      expect(Object.isFrozen(stepOf(first, key).params)).toBe(true);
    }
    const later = ok({ ...base, date: '2025-06-02' });
    expect(stepOf(later, 'policy.inForce').params.date).toBe('2025-06-02');
    expect(stepOf(later, 'cap.consumed').params.date).toBe('2025-06-02');
    const chosen = ok({ ...base, policy: 'csp-2018-10' });
    expect(stepOf(chosen, 'policy.chosen').params.policy).toBe('csp-2018-10');
    const counted = ok({ ...base, ledger: [{ date: '2025-03-01', amount: { amount: '10.00', currency: 'USD' } }] });
    expect(stepOf(counted, 'cap.consumed').params.consumed).toBe('10.00 USD');
    // And back: the first request's steps say what they said.
    expect(stepOf(ok(base), 'policy.inForce').params).toEqual(stepOf(first, 'policy.inForce').params);
    expect(stepOf(ok(base), 'cap.consumed').params.consumed).toBe('0.00 USD');
  });
});
