import { describe, expect, it } from 'vitest';
import { parseDate } from '../dates.js';
import { mergeRefunds } from './plan-merge.js';
import { readPlanRequest } from './plan-request.js';
import type { CustomerProblem, PlannedRefund } from './plan-schedule.js';
import { scheduleOf } from './plan-schedule.js';
import { planSources } from './plan-sources.js';
import { CapWindow } from './plan-window.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function problemOf(price: string, quantity: number, ledgerUsd: string): CustomerProblem {
  const reservations = [
    {
      reservationId: guid(1),
      reservationOrderId: guid(2),
      product: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'Upfront',
      start: '2025-02-15',
      quantity,
      price: { amount: price, currency: 'USD' },
      origin: {},
    },
  ];
  const ledger = [{ date: '2025-12-01', amount: { amount: ledgerUsd, currency: 'USD' } }];
  const read = readPlanRequest({
    date: '2026-01-01',
    candidates: 'all',
    book: { refundDeskBook: 1, customers: [{ tenantId: 't', ledger, reservations }] },
  });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const customer = read.value.customers[0]!;
  return {
    date: parseDate('2026-01-01') as number,
    window: CapWindow.of(customer.parsedLedger, 365, 5_000_000n),
    sources: planSources(customer, read.value).sources,
  };
}

function singles(problem: CustomerProblem, units: number): PlannedRefund[] {
  const one = problem.sources[0]!.values.capUse(1, problem.date)!;
  return Array.from({ length: units }, () => ({ source: 0, day: problem.date, quantity: 1, cents: one }));
}

describe('mergeRefunds', () => {
  it('makes one refund of a day’s units when that counts the same or more and still fits', () => {
    // 1 unit counts 2,272.74; 21 together 47,727.45, 9 cents less than 21 apart: those stay apart (R-money.3).
    const apart = problemOf('405557.02', 22, '0.00');
    const kept = mergeRefunds(apart, scheduleOf(singles(apart, 21)));
    expect(kept.refunds).toHaveLength(21);
    // A price that divides evenly counts the same either way: one refund.
    const even = problemOf('73000.00', 4, '0.00');
    const merged = mergeRefunds(even, scheduleOf(singles(even, 3)));
    expect(merged.refunds).toEqual([
      { source: 0, day: even.date, quantity: 3, cents: even.sources[0]!.values.capUse(3, even.date) },
    ]);
  });

  it('keeps refunds apart when together they would count more than the limit leaves', () => {
    const problem = problemOf('3000.01', 3, '0.00');
    const one = problem.sources[0]!.values.capUse(1, problem.date)!;
    const three = problem.sources[0]!.values.capUse(3, problem.date)!;
    expect(three).toBeGreaterThan(one * 3n); // 36,986 cents against 3 × 12,328
    // Fill the window so that exactly the three single refunds fit.
    const left = 5_000_000n - one * 3n;
    const full = problemOf('3000.01', 3, `${left / 100n}.${(left % 100n).toString().padStart(2, '0')}`);
    expect(mergeRefunds(full, scheduleOf(singles(full, 3))).refunds).toHaveLength(3);
    expect(mergeRefunds(problem, scheduleOf(singles(problem, 3))).refunds).toHaveLength(1);
  });
});
