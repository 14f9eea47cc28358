import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../dates.js';
import { exactSchedule } from './plan-exact.js';
import { readPlanRequest } from './plan-request.js';
import type { CustomerProblem } from './plan-schedule.js';
import { Sequence } from './plan-sequence.js';
import { planSources } from './plan-sources.js';
import { CapWindow } from './plan-window.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A customer near the limit: 1–4 reservations, 8 units or fewer, refunds in the window that drop out later. */
const problems = fc
  .record({
    reservations: fc.array(
      fc.record({
        start: fc.constantFrom('2025-03-01', '2025-06-15', '2023-09-01', '2026-02-10'),
        term: fc.constantFrom('P1Y', 'P3Y'),
        billingPlan: fc.constantFrom('Upfront', 'Monthly'),
        quantity: fc.integer({ min: 1, max: 3 }),
        unit: fc.integer({ min: 8_000, max: 60_000 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    ledger: fc.array(
      fc.record({
        date: fc.constantFrom('2025-04-01', '2025-09-30', '2026-01-15'),
        usd: fc.integer({ min: 1_000, max: 30_000 }),
      }),
      {
        maxLength: 3,
      },
    ),
  })
  .filter(({ reservations }) => reservations.reduce((n, r) => n + r.quantity, 0) <= 8)
  .map(({ reservations, ledger }): CustomerProblem => {
    const book = {
      refundDeskBook: 1,
      customers: [
        {
          tenantId: 't',
          ledger: ledger.map((e) => ({ date: e.date, amount: { amount: `${e.usd}.00`, currency: 'USD' } })),
          reservations: reservations.map((r, i) => ({
            reservationId: guid(i + 1),
            reservationOrderId: guid(i + 11),
            product: 'virtual-machines',
            term: r.term,
            billingPlan: r.billingPlan,
            start: r.start,
            quantity: r.quantity,
            price: { amount: `${r.unit * r.quantity}.00`, currency: 'USD' },
            origin: {},
          })),
        },
      ],
    };
    const read = readPlanRequest({ date: '2026-03-01', book, candidates: 'all' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const customer = read.value.customers[0]!;
    const { sources } = planSources(customer, read.value);
    return {
      date: parseDate('2026-03-01') as number,
      window: CapWindow.of(customer.parsedLedger, 365, 5_000_000n),
      sources,
    };
  });

/** Every order of every subset of the units, each run through the sequential rule: the brute-force optimum. */
function bruteForce(problem: CustomerProblem): bigint {
  const sequence = new Sequence(problem);
  const counts = problem.sources.map((s) => s.units);
  let best = 0n;
  const order: number[] = [];
  const visit = () => {
    const cents = sequence.run(order);
    if (cents > best) best = cents;
    counts.forEach((count, index) => {
      if (count === 0) return;
      counts[index]!--;
      order.push(index);
      visit();
      order.pop();
      counts[index]!++;
    });
  };
  visit();
  return best;
}

describe('exactSchedule', () => {
  it('finds the best single-unit schedule over every order and subset (branch and bound loses nothing)', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const optimum = bruteForce(problem);
        const found = exactSchedule(problem, 0n, Number.POSITIVE_INFINITY);
        expect(found?.cents ?? 0n).toBe(optimum);
        // Given a plan that is already as good, it has nothing better to say.
        expect(exactSchedule(problem, optimum, Number.POSITIVE_INFINITY)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('waits for a window that is over the limit on the plan’s date (found by the property above)', () => {
    // 55,336 USD counted until 2026-04-01: the bound once took the negative room for less than none and cut the branch.
    const book = {
      refundDeskBook: 1,
      customers: [
        {
          tenantId: 't',
          ledger: ['27012.00', '1014.00', '27310.00'].map((amount) => ({
            date: '2025-04-01',
            amount: { amount, currency: 'USD' },
          })),
          reservations: [
            {
              reservationId: guid(1),
              reservationOrderId: guid(11),
              product: 'virtual-machines',
              term: 'P3Y',
              billingPlan: 'Upfront',
              start: '2025-03-01',
              quantity: 1,
              price: { amount: '8000.00', currency: 'USD' },
              origin: {},
            },
          ],
        },
      ],
    };
    const read = readPlanRequest({ date: '2026-03-01', book, candidates: 'all' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const customer = read.value.customers[0]!;
    const problem = {
      date: parseDate('2026-03-01') as number,
      window: CapWindow.of(customer.parsedLedger, 365, 5_000_000n),
      sources: planSources(customer, read.value).sources,
    };
    const found = exactSchedule(problem, 0n, Number.POSITIVE_INFINITY);
    expect(found?.refunds.map((r) => r.day)).toEqual([parseDate('2026-04-01')]);
  });
});
