import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../dates.js';
import { readPlanRequest } from './plan-request.js';
import type { CustomerProblem } from './plan-schedule.js';
import { Sequence, unitsInOrder } from './plan-sequence.js';
import { planSources } from './plan-sources.js';
import { CapWindow } from './plan-window.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function problemOf(units: number[], ledgerUsd: number): CustomerProblem {
  const reservations = units.map((quantity, i) => ({
    reservationId: guid(i + 1),
    reservationOrderId: guid(i + 11),
    product: 'virtual-machines',
    term: i % 2 ? 'P3Y' : 'P1Y',
    billingPlan: i % 3 ? 'Upfront' : 'Monthly',
    start: ['2025-05-01', '2024-01-10', '2025-09-20'][i % 3],
    quantity,
    price: { amount: `${(9_000 + 7_919 * i) * quantity}.00`, currency: 'USD' },
    origin: {},
  }));
  const ledger = [{ date: '2025-11-01', amount: { amount: `${ledgerUsd}.00`, currency: 'USD' } }];
  const book = { refundDeskBook: 1, customers: [{ tenantId: 't', ledger, reservations }] };
  const read = readPlanRequest({ date: '2026-03-01', book, candidates: 'all' });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const customer = read.value.customers[0]!;
  const { sources } = planSources(customer, read.value);
  return {
    date: parseDate('2026-03-01') as number,
    window: CapWindow.of(customer.parsedLedger, 365, 5_000_000n),
    sources,
  };
}

describe('Sequence', () => {
  it('gives the same schedule for an order whether it reuses the last order’s prefix or starts afresh', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 45_000 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        (units, ledgerUsd, moves) => {
          const problem = problemOf(units, ledgerUsd);
          const reused = new Sequence(problem);
          let order = unitsInOrder(
            problem,
            problem.sources.map((_, i) => i),
          );
          reused.run(order);
          for (const [a, b] of moves) {
            const next = order.slice();
            const [unit] = next.splice(a % next.length, 1);
            next.splice(b % (next.length + 1), 0, unit!);
            order = next;
            const cents = reused.run(order);
            const fresh = new Sequence(problem);
            expect(fresh.run(order)).toBe(cents);
            expect(reused.schedule()).toEqual(fresh.schedule());
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('places each unit on or after the previous one’s day and within its own days', () => {
    const problem = problemOf([3, 2, 4], 20_000);
    const sequence = new Sequence(problem);
    sequence.run(unitsInOrder(problem, [2, 0, 1]));
    const { refunds, cents } = sequence.schedule();
    expect(refunds.length).toBeGreaterThan(0);
    let previous = problem.date;
    for (const refund of refunds) {
      const source = problem.sources[refund.source]!;
      expect(refund.day).toBeGreaterThanOrEqual(Math.max(previous, source.first));
      expect(refund.day).toBeLessThanOrEqual(source.last);
      expect(refund.cents).toBe(source.values.capUse(1, refund.day));
      previous = refund.day;
    }
    expect(cents).toBe(refunds.reduce((sum, r) => sum + r.cents, 0n));
  });
});
