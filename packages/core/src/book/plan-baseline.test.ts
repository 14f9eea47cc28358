import { describe, expect, it } from 'vitest';
import { parseDate } from '../dates.js';
import { baselineOrder, baselineSchedule } from './plan-baseline.js';
import { readPlanRequest } from './plan-request.js';
import { planSources } from './plan-sources.js';
import { CapWindow } from './plan-window.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('baselineSchedule', () => {
  // Two reservations worth 20,000 a unit on the plan's date; 15,000 of the limit is used until 2026-10-01.
  const reservations = [
    { start: '2024-06-01', term: 'P3Y', quantity: 2, price: '78300.00' },
    { start: '2025-09-01', term: 'P1Y', quantity: 2, price: '65000.00' },
  ].map((r, i) => ({
    reservationId: guid(i + 1),
    reservationOrderId: guid(i + 11),
    product: 'virtual-machines',
    billingPlan: 'Upfront',
    start: r.start,
    term: r.term,
    quantity: r.quantity,
    price: { amount: r.price, currency: 'USD' },
    origin: {},
  }));
  const ledger = [{ date: '2025-10-01', amount: { amount: '15000.00', currency: 'USD' } }];
  const read = readPlanRequest({
    date: '2026-03-01',
    candidates: 'all',
    book: { refundDeskBook: 1, customers: [{ tenantId: 't', ledger, reservations }] },
  });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const customer = read.value.customers[0]!;
  const problem = {
    date: parseDate('2026-03-01') as number,
    window: CapWindow.of(customer.parsedLedger, 365, 5_000_000n),
    sources: planSources(customer, read.value).sources,
  };

  it('takes the units whose term ends soonest first', () => {
    expect(baselineOrder(problem)).toEqual([1, 1, 0, 0]);
  });

  it('refunds each unit on the earliest day it fits, never before the previous unit’s day', () => {
    const { refunds } = baselineSchedule(problem);
    expect(refunds.map((r) => r.source)).toEqual([1, 1, 0, 0].slice(0, refunds.length));
    let previous = problem.date;
    const window = problem.window.fresh();
    for (const refund of refunds) {
      const source = problem.sources[refund.source]!;
      // No earlier day from the previous unit's on would have fitted.
      for (let day = Math.max(previous, source.first); day < refund.day; day++) {
        expect(window.room(day)).toBeLessThan(source.values.capUse(1, day)!);
      }
      expect(window.room(refund.day)).toBeGreaterThanOrEqual(refund.cents);
      window.push(refund.day, refund.cents);
      previous = refund.day;
    }
    expect(refunds.length).toBeGreaterThan(2);
  });
});
