import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';
import { estimateExchange, gateDayFor } from './exchange.js';
import type { ExchangeRequest } from './types.js';

const vm = {
  product: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'Upfront',
  start: '2025-01-01',
  quantity: 2,
  price: { amount: '2400.00', currency: 'USD' },
} as const;

const request: ExchangeRequest = {
  date: '2025-07-01',
  returns: [
    { reservation: vm },
    { reservation: { ...vm, billingPlan: 'Monthly', price: { amount: '1200.00', currency: 'USD' } }, quantity: 1 },
  ],
  purchases: [
    { product: 'dedicated-host', term: 'P3Y', billingPlan: 'Monthly', price: { amount: '5000.00', currency: 'USD' } },
  ],
};

describe('estimateExchange', () => {
  it('adds refunds and canceled payments of several returns (R-exchange.2–3)', () => {
    const result = estimateExchange(request);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [upfront, monthly] = result.value.reservationsToExchange;
    expect(upfront?.billingRefundAmount.amount).toBe('1209.86');
    expect(monthly?.quantity).toBe(1);
    // 1,200 over 12 months for 2 units: 1 unit pays 50/month; 7 paid on 2025-07-01, refund now 50, 5 canceled = 250.
    expect(monthly?.billingInformation).toMatchObject({ completedTransactions: 7, totalTransactions: 12 });
    expect(monthly?.billingRefundAmount.amount).toBe('50.00');
    expect(result.value.refundsTotal.amount).toBe('1509.86');
    expect(result.value.netPayable.amount).toBe('3490.14');
    expect(result.value.allowed).toBe(true);
    expect(result.value.steps.at(-1)).toMatchObject({ rule: 'R-exchange.6' });
  });

  it('allows a trade-in of compute for a savings plan, but not of SQL (R-exchange.5)', () => {
    const tradeIn = {
      ...request,
      purchases: [
        {
          product: 'savings-plan-compute',
          term: 'P3Y',
          billingPlan: 'Monthly',
          price: { amount: '9000', currency: 'USD' },
        },
      ],
    };
    expect(estimateExchange(tradeIn)).toMatchObject({ ok: true, value: { allowed: true } });
    const sql = { ...tradeIn, returns: [{ reservation: { ...vm, product: 'sql-database' } }] };
    expect(estimateExchange(sql)).toMatchObject({
      ok: true,
      value: {
        allowed: false,
        policyResult: { errors: [{ code: 'EXCHANGE_DIFFERENT_FAMILY', field: 'purchases[0].product' }] },
      },
    });
  });

  it('keeps trade-in open after the 2027 gate (R-gate.3)', () => {
    const gated = {
      date: '2027-03-01',
      returns: [{ reservation: { ...vm, start: '2027-02-02', price: { amount: '3650', currency: 'USD' } } }],
      purchases: [
        {
          product: 'savings-plan-compute',
          term: 'P1Y',
          billingPlan: 'Upfront',
          price: { amount: '5000', currency: 'USD' },
        },
      ],
    };
    expect(estimateExchange(gated)).toMatchObject({
      ok: true,
      value: { allowed: true, policy: { id: 'azure-2027-02' } },
    });
  });

  it('does not gate a service that savings plans do not cover (R-gate.3)', () => {
    const avs = {
      date: '2027-03-01',
      returns: [{ reservation: { ...vm, product: 'azure-vmware-solution', start: '2027-02-02' } }],
      purchases: [
        {
          product: 'azure-vmware-solution',
          term: 'P1Y',
          billingPlan: 'Upfront',
          price: { amount: '5000', currency: 'USD' },
        },
      ],
    };
    expect(estimateExchange(avs)).toMatchObject({ ok: true, value: { allowed: true } });
  });

  it('refuses not-exchangeable products (R-gate.1)', () => {
    const suse = { ...request, returns: [{ reservation: { ...vm, product: 'suse-linux-plan' } }] };
    expect(estimateExchange(suse)).toMatchObject({
      ok: true,
      value: {
        allowed: false,
        policyResult: { errors: [{ code: 'NOT_EXCHANGEABLE', field: 'returns[0].reservation.product' }] },
      },
    });
  });

  it('needs one currency and at least one return and purchase (R-exchange.1)', () => {
    const mixed = { ...request, purchases: [{ ...request.purchases[0], price: { amount: '10', currency: 'EUR' } }] };
    expect(estimateExchange(mixed)).toMatchObject({
      ok: false,
      errors: [{ code: 'CURRENCY_MISMATCH', field: 'purchases[0].price.currency' }],
    });
    const empty = estimateExchange({ date: '2025-07-01', returns: [], purchases: {} });
    expect(empty.ok ? [] : empty.errors.map((e) => e.field)).toEqual(['returns', 'purchases']);
  });

  it('answers the minimum a new purchase must be worth when no purchase is given (R-exchange.4)', () => {
    const result = estimateExchange({ ...request, purchases: [] });
    expect(result).toMatchObject({
      ok: true,
      value: {
        refundsTotal: { amount: '1509.86' },
        purchasesTotal: { amount: '0.00' },
        netPayable: { amount: '-1509.86' },
      },
    });
    expect(result.ok && result.value.policyResult.errors.map((e) => e.code)).toEqual([
      'EXCHANGE_INSUFFICIENT_COMMITMENT',
    ]);
  });

  it('names the return whose date is outside its term (R-time.4)', () => {
    const late = estimateExchange({ ...request, date: '2026-01-01' });
    expect(late.ok ? [] : late.errors.map((e) => [e.code, e.field, e.message])).toEqual([
      [
        'RESERVATION_EXPIRED',
        'date',
        'date 2026-01-01 is on or after 2026-01-01, when the term of returns[0].reservation ended',
      ],
      [
        'RESERVATION_EXPIRED',
        'date',
        'date 2026-01-01 is on or after 2026-01-01, when the term of returns[1].reservation ended',
      ],
    ]);
  });
});

describe('trade-in sizing and the gate by product (R-exchange.7, R-gate.4)', () => {
  const compute = {
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2026-01-01',
    quantity: 1,
    price: { amount: '8760.01', currency: 'USD' },
  };

  it('rounds the hourly commitment up, so it always covers the returned value', () => {
    const result = estimateExchange({ date: '2026-01-02', returns: [{ reservation: compute }], purchases: [] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Full value (day 1, counted as used): 8760.01 − 8760.01 × 1/365 = 8736.01; / 8,760 h = 0.99726… → 1.00.
    expect(result.value.refundsTotal.amount).toBe('8736.01');
    expect(result.value.minimumSavingsPlanHourly).toEqual({
      P1Y: { amount: '1.00', currency: 'USD' },
      P3Y: { amount: '0.34', currency: 'USD' },
    });
    expect(result.value.steps.map((step) => step.key)).toContain('exchange.tradeInSizing');
  });

  it('gives no sizing when a return is not compute', () => {
    const sql = { ...compute, product: 'sql-database' };
    const result = estimateExchange({
      date: '2026-01-02',
      returns: [{ reservation: compute }, { reservation: sql }],
      purchases: [],
    });
    expect(result.ok && result.value.minimumSavingsPlanHourly).toBeNull();
  });

  it('puts a product that gains coverage after the gate under it from that day', () => {
    const gate = parseDate('2027-02-01') as number;
    expect(gateDayFor({ coveredBySavingsPlan: null }, gate)).toBeNull();
    expect(gateDayFor({ coveredBySavingsPlan: { from: '2022-10-12', source: '' } }, gate)).toBe(gate);
    expect(gateDayFor({ coveredBySavingsPlan: { from: '2027-06-01', source: '' } }, gate)).toBe(
      parseDate('2027-06-01'),
    );
    expect(gateDayFor({ coveredBySavingsPlan: { from: '2022-10-12', source: '' } }, null)).toBeNull();
  });
});
