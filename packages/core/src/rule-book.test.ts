// One test per rule of docs/rules.md that no other test names: each states the rule with a case worked by hand.
import { describe, expect, it } from 'vitest';
import { estimateExchange } from './exchange.js';
import { estimateRefund } from './refund.js';
import type { RefundEstimate, RefundRequest } from './types.js';

function refund(request: RefundRequest): RefundEstimate {
  const result = estimateRefund(request);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

// 1 unit, 1 year from 2025-01-01 (365 days), USD 3,650.00 upfront: USD 10.00 a day.
const upfront: RefundRequest = {
  date: '2025-03-02',
  reservation: {
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2025-01-01',
    quantity: 1,
    price: { amount: '3650.00', currency: 'USD' },
  },
};

describe('R-time.2: day 0 is the benefit start', () => {
  it('counts elapsed days as date − start', () => {
    expect(refund({ ...upfront, date: '2025-01-01' }).elapsedDays).toBe(0);
    expect(refund(upfront).elapsedDays).toBe(60);
  });
});

describe('R-money.2: a price is the lifetime total for the whole quantity', () => {
  it('refunds per unit from the lifetime total, not per month or per unit', () => {
    const four = refund({
      ...upfront,
      quantity: 1,
      reservation: { ...upfront.reservation, quantity: 4, price: { amount: '14600.00', currency: 'USD' } },
    });
    expect(four.billingRefundAmount.amount).toBe(refund(upfront).billingRefundAmount.amount);
  });
});

describe('R-refund.1: upfront refunds are prorated by the days left', () => {
  it('refunds base × remaining / term days: 305 of 365 days of USD 3,650.00', () => {
    const value = refund(upfront);
    expect(value.remainingDays).toBe(305);
    expect(value.billingRefundAmount.amount).toBe('3050.00');
  });
});

// Monthly: USD 1,200.00 over 12 payments of 100.00 from 2025-01-31 (payments clamp to the month's end).
const monthly: RefundRequest = {
  date: '2025-03-15',
  reservation: {
    ...upfront.reservation,
    billingPlan: 'Monthly',
    start: '2025-01-31',
    price: { amount: '1200.00', currency: 'USD' },
  },
};

describe('R-monthly.2: payments made are those dated on or before the request', () => {
  it('counts the payments of 2025-01-31 and 2025-02-28, and the current period from 2025-02-28 to 2025-03-31', () => {
    const value = refund(monthly);
    expect(value.billingInformation.completedTransactions).toBe(2);
    const step = value.steps.find((s) => s.key === 'monthly.completed');
    expect(step?.params).toMatchObject({
      periodStart: '2025-02-28',
      periodEnd: '2025-03-31',
      periodDays: 31,
      daysUsed: 15,
    });
    expect(refund({ ...monthly, date: '2025-03-31' }).billingInformation.completedTransactions).toBe(3);
  });
});

describe('R-monthly.4: payments not yet due are canceled at their scheduled amounts', () => {
  it('cancels the 10 payments left of 100.00 each', () => {
    const value = refund(monthly);
    expect(value.billingInformation.billingCurrencyRemainingCommitmentAmount.amount).toBe('1000.00');
    // Canceled, not paid back: money now is only the rest of this month's payment (16 of 31 days of 100.00).
    expect(value.billingRefundAmount.amount).toBe('51.61');
  });
});

describe('R-fee.1, R-fee.2, R-fee.3: the 12 % fee of csp-2018-10', () => {
  it('charges 12 % of the prorated refund after day 5 under csp-2018-10 and pays back the rest (R-fee.1, R-fee.3)', () => {
    const value = refund({ ...upfront, policy: 'csp-2018-10' });
    expect(value.earlyTerminationFee.amount).toBe('366.00');
    expect(value.billingRefundAmount.amount).toBe('2684.00');
  });

  it('charges nothing from 2020-02-12 unless the what-if switch asks for it (R-fee.2)', () => {
    expect(refund(upfront).earlyTerminationFee.amount).toBe('0.00');
    const whatIf = refund({ ...upfront, fee: 'charge' });
    expect(whatIf.earlyTerminationFee.amount).toBe('366.00');
    expect(whatIf.billingRefundAmount.amount).toBe('2684.00');
    // The fee never reduces what the limit counts (R-cap.2).
    expect(whatIf.policyResult.capUse.amount).toBe('3050.00');
  });

  it('charges no fee within the first 5 days (R-fee.1)', () => {
    expect(refund({ ...upfront, date: '2025-01-06', policy: 'csp-2018-10' }).earlyTerminationFee.amount).toBe('0.00');
  });
});

describe('R-cap.1: USD 50,000 per customer over a rolling window', () => {
  it('reports the limit as USD 50,000.00', () => {
    expect(refund(upfront).policyResult.maxRefundLimit).toEqual({ amount: '50000.00', currency: 'USD' });
  });
});

const vmReturn = { reservation: upfront.reservation };
const vmPurchase = {
  product: 'virtual-machines',
  term: 'P3Y',
  billingPlan: 'Upfront',
  price: { amount: '9000.00', currency: 'USD' },
} as const;

describe('R-cap.7: refunds inside an exchange do not count against the limit', () => {
  it('allows an exchange worth more than the whole limit', () => {
    const big = { reservation: { ...upfront.reservation, price: { amount: '365000.00', currency: 'USD' } } };
    const result = estimateExchange({
      date: '2025-03-02',
      returns: [big],
      purchases: [{ ...vmPurchase, price: { amount: '400000.00', currency: 'USD' } }],
    });
    expect(result.ok && result.value.allowed).toBe(true);
    expect(result.ok && result.value.refundsTotal.amount).toBe('305000.00');
  });
});

describe('R-exchange.3: net payable = purchases − returned value', () => {
  it('adds the purchases at their lifetime price and subtracts the returns', () => {
    const result = estimateExchange({ date: '2025-03-02', returns: [vmReturn], purchases: [vmPurchase, vmPurchase] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.purchasesTotal.amount).toBe('18000.00');
    expect(result.value.netPayable.amount).toBe('14950.00');
  });
});

describe('R-gate.2: compute exchanges stay open before 2027-02-01', () => {
  it('exchanges a virtual machine started in 2026 in January 2027 without a gate', () => {
    const result = estimateExchange({
      date: '2027-01-31',
      returns: [{ reservation: { ...upfront.reservation, start: '2026-06-01' } }],
      purchases: [{ ...vmPurchase, price: { amount: '9000.00', currency: 'USD' } }],
    });
    expect(result.ok && result.value.allowed).toBe(true);
    expect(result.ok && result.value.steps.some((s) => s.key === 'gate.computeOpen')).toBe(true);
  });
});
