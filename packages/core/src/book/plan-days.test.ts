import { describe, expect, it } from 'vitest';
import { planRefunds } from './plan.js';
import { sameDayRefunds } from './plan-days.js';
import type { Book, PlanAction } from './types.js';

const tenantId = '0c0c0c0c-0000-4000-8000-00000000000c';
const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('sameDayRefunds', () => {
  it('takes a reservation’s refunds on one day together, with exact sums, when the plan splits them', () => {
    // Ten units of a monthly EUR reservation on this day: one refund of all ten counts USD 2,509.81, ten refunds of one
    // count 10 × 250.99 = 2,509.90 (each rounded on its own), so the plan (R-plan.2) makes ten refunds.
    const book: Book = {
      refundDeskBook: 1,
      customers: [
        {
          tenantId,
          ledger: [],
          reservations: [
            {
              reservationId: '0d0d0d0d-0000-4000-8000-00000000000d',
              reservationOrderId: '0e0e0e0e-0000-4000-8000-00000000000e',
              product: 'cosmos-db',
              term: 'P1Y',
              billingPlan: 'Monthly',
              start: '2026-04-01',
              quantity: 10,
              price: { amount: '7009.20', currency: 'EUR' },
              usdPerUnit: '1.082954299',
              utilization: { days7: '0', days30: '0' },
              origin: {},
            },
          ],
        },
      ],
    };
    const plan = planRefunds({ date: '2026-12-02', book });
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    const actions = plan.value.customers[0]!.actions;
    expect(actions).toHaveLength(10);
    expect(sameDayRefunds(actions)).toEqual([
      {
        date: '2026-12-02',
        reservationId: '0d0d0d0d-0000-4000-8000-00000000000d',
        reservationOrderId: '0e0e0e0e-0000-4000-8000-00000000000e',
        quantity: 10,
        refunds: 10,
        billingRefundAmount: { amount: '565.30', currency: 'EUR' },
        capUse: usd('2509.90'),
        remainingAfter: actions[9]!.remainingAfter,
      },
    ]);
  });

  it('keeps refunds of other days, of other reservations, or not next to each other, apart', () => {
    const action = (date: string, reservationId: string, cents: string): PlanAction => ({
      date,
      reservationId,
      reservationOrderId: `order-${reservationId}`,
      quantity: 1,
      billingRefundAmount: usd(cents),
      capUse: usd(cents),
      remainingAfter: usd('100.00'),
    });
    const actions = [
      action('2026-01-01', 'a', '1.00'),
      action('2026-01-01', 'b', '2.00'),
      action('2026-01-01', 'a', '3.00'),
      action('2026-01-02', 'a', '4.00'),
    ];
    expect(sameDayRefunds(actions).map((l) => [l.date, l.reservationId, l.refunds, l.capUse.amount])).toEqual([
      ['2026-01-01', 'a', 1, '1.00'],
      ['2026-01-01', 'b', 1, '2.00'],
      ['2026-01-01', 'a', 1, '3.00'],
      ['2026-01-02', 'a', 1, '4.00'],
    ]);
    expect(sameDayRefunds([])).toEqual([]);
  });
});
