import { describe, expect, it } from 'vitest';
import { parseDate } from '../dates.js';
import { baselineOrder, baselineSchedule } from './plan-baseline.js';
import { improveOrder } from './plan-improve.js';
import { readPlanRequest } from './plan-request.js';
import type { CustomerProblem } from './plan-schedule.js';
import { planSources } from './plan-sources.js';
import { CapWindow } from './plan-window.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function problemOf(reservations: Record<string, unknown>[]): CustomerProblem {
  const book = {
    refundDeskBook: 1,
    customers: [
      {
        tenantId: 't',
        ledger: [],
        reservations: reservations.map((r, i) => ({
          reservationId: guid(i + 1),
          reservationOrderId: guid(i + 11),
          product: 'virtual-machines',
          billingPlan: 'Upfront',
          origin: {},
          ...r,
        })),
      },
    ],
  };
  const read = readPlanRequest({ date: '2026-09-15', book, candidates: 'all' });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const customer = read.value.customers[0]!;
  const { sources } = planSources(customer, read.value);
  return {
    date: parseDate('2026-09-15') as number,
    window: CapWindow.of(customer.parsedLedger, 365, 5_000_000n),
    sources,
  };
}

describe('improveOrder', () => {
  // Found by a search over small books. The baseline refunds the two small units that end soonest, lets the large
  // 3-year unit wait until it has shrunk into the room that is left (May 2027), and the other two units then wait for
  // the window to refill in 2028. Refunding those two now and the large one when the window refills recovers more.
  const problem = problemOf([
    { term: 'P3Y', start: '2026-01-05', quantity: 2, price: { amount: '55000.00', currency: 'USD' } },
    { term: 'P1Y', start: '2026-01-05', quantity: 2, price: { amount: '18000.00', currency: 'USD' } },
    { term: 'P3Y', start: '2025-11-01', quantity: 1, price: { amount: '91000.00', currency: 'USD' } },
  ]);

  it('finds a better order than the baseline when there is one, and never returns a worse plan', () => {
    const baseline = baselineSchedule(problem);
    const improved = improveOrder(problem, baselineOrder(problem), 50);
    expect(improved.cents).toBeGreaterThan(baseline.cents);
    const onTheDate = improved.refunds.filter((r) => r.day === problem.date);
    expect(onTheDate.filter((r) => r.source === 0)).toHaveLength(2);
    expect(improved.refunds.find((r) => r.source === 2)!.day).toBe(problem.date + 365);
    expect(improveOrder(problem, baselineOrder(problem), 0).cents).toBe(baseline.cents);
  });

  it('spends no more than the evaluations it is given, and more never hurts', () => {
    let previous = 0n;
    for (const evaluations of [0, 1, 3, 10, 100]) {
      const cents = improveOrder(problem, baselineOrder(problem), evaluations).cents;
      expect(cents).toBeGreaterThanOrEqual(previous);
      previous = cents;
    }
  });
});
