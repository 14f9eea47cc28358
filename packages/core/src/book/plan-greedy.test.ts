import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../dates.js';
import { greedySchedule } from './plan-greedy.js';
import { readPlanRequest } from './plan-request.js';
import { byTermEnd, type CustomerProblem } from './plan-schedule.js';
import { planSources } from './plan-sources.js';
import { CapWindow } from './plan-window.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function problemOf(units: number[], ledgerUsd: number): CustomerProblem {
  const reservations = units.map((quantity, i) => ({
    reservationId: guid(i + 1),
    reservationOrderId: guid(i + 11),
    product: 'sql-database',
    term: i % 2 ? 'P3Y' : 'P1Y',
    billingPlan: i % 3 ? 'Upfront' : 'Monthly',
    start: ['2025-05-01', '2024-01-10', '2025-09-20', '2026-04-01'][i % 4],
    quantity,
    price: { amount: `${(12_000 + 9_973 * i) * quantity}.00`, currency: 'USD' },
    origin: {},
  }));
  const ledger = [{ date: '2025-11-01', amount: { amount: `${ledgerUsd}.00`, currency: 'USD' } }];
  const read = readPlanRequest({
    date: '2026-03-01',
    candidates: 'all',
    book: { refundDeskBook: 1, customers: [{ tenantId: 't', ledger, reservations }] },
  });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const customer = read.value.customers[0]!;
  return {
    date: parseDate('2026-03-01') as number,
    window: CapWindow.of(customer.parsedLedger, 365, 5_000_000n),
    sources: planSources(customer, read.value).sources,
  };
}

describe('greedySchedule', () => {
  it('plans in date order, within each reservation’s days and units, never over the limit on any refund’s day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 49_000 }),
        (units, ledger) => {
          const problem = problemOf(units, ledger);
          const { refunds, cents } = greedySchedule(problem, byTermEnd(problem.sources));
          const window = problem.window.fresh();
          const used = problem.sources.map(() => 0);
          let previous = problem.date;
          for (const refund of refunds) {
            const source = problem.sources[refund.source]!;
            expect(refund.day).toBeGreaterThanOrEqual(Math.max(previous, source.first));
            expect(refund.day).toBeLessThanOrEqual(source.last);
            expect(refund.cents).toBe(source.values.capUse(refund.quantity, refund.day));
            window.push(refund.day, refund.cents);
            expect(window.consumed(refund.day)).toBeLessThanOrEqual(5_000_000n);
            used[refund.source]! += refund.quantity;
            previous = refund.day;
          }
          for (const [i, n] of used.entries()) expect(n).toBeLessThanOrEqual(problem.sources[i]!.units);
          expect(cents).toBe(refunds.reduce((sum, r) => sum + r.cents, 0n));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('waits for the window to refill and for a unit’s value to shrink into the room left', () => {
    const problem = problemOf([6, 3], 30_000);
    const { refunds } = greedySchedule(problem, byTermEnd(problem.sources));
    const days = new Set(refunds.map((r) => r.day));
    expect(days.size).toBeGreaterThan(1);
    // The ledger's refund drops out a year after it was made (R-cap.4): that day is one of the plan's days.
    expect(days.has((parseDate('2025-11-01') as number) + 365)).toBe(true);
  });
});
