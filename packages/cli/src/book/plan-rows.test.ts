import type { Book, RefundPlan } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { planColumns, planRows } from './plan-rows.js';

const usd = (amount: string) => ({ amount, currency: 'USD' });
const tenant = (n: number) => `0f0f0f0f-0000-4000-8000-00000000000${n}`;
const reservation = (n: number) => `${n}${n}${n}${n}${n}${n}${n}${n}-1111-4111-8111-111111111111`;
const order = (n: number) => `${n}${n}${n}${n}${n}${n}${n}${n}-2222-4222-8222-222222222222`;

const book: Book = {
  refundDeskBook: 1,
  customers: [1, 2].map((n) => ({
    tenantId: tenant(n),
    ledger: [],
    reservations: [{ reservationId: reservation(n), reservationOrderId: order(n), origin: {} }],
  })),
};

// The shape planRefunds answers with (docs/portfolio.md); the figures only need to be carried over, not right.
const plan: RefundPlan = {
  date: '2026-11-25',
  recovered: usd('70000.00'),
  customers: [
    {
      tenantId: tenant(1),
      name: 'Contoso',
      recovered: usd('50000.00'),
      actions: [
        {
          date: '2026-11-25',
          reservationId: reservation(1),
          reservationOrderId: order(1),
          quantity: 3,
          billingRefundAmount: { amount: '41000.00', currency: 'EUR' },
          capUse: usd('45000.00'),
          remainingAfter: usd('5000.00'),
        },
        {
          date: '2027-01-04',
          reservationId: reservation(1),
          reservationOrderId: order(1),
          quantity: 1,
          billingRefundAmount: { amount: '4500.00', currency: 'EUR' },
          capUse: usd('5000.00'),
          remainingAfter: usd('0.00'),
        },
      ],
      unplaced: [
        {
          reservationId: reservation(1),
          quantity: 2,
          reason: 'NOT_BEFORE_TERM_END',
          exchange: { possible: true, minimumSavingsPlanHourly: { P1Y: usd('1.00'), P3Y: usd('0.50') } },
        },
      ],
    },
    {
      tenantId: tenant(2),
      recovered: usd('20000.00'),
      actions: [
        {
          date: '2026-11-25',
          reservationId: reservation(2),
          reservationOrderId: order(2),
          quantity: 1,
          billingRefundAmount: usd('20000.00'),
          capUse: usd('20000.00'),
          remainingAfter: usd('30000.00'),
        },
      ],
      unplaced: [
        {
          reservationId: reservation(2),
          quantity: 4,
          reason: 'NOT_REFUNDABLE',
          exchange: { possible: false, minimumSavingsPlanHourly: null },
        },
      ],
    },
  ],
};

describe('planRows', () => {
  it('lists every refund in plan order, then every group of units not placed, with its reason', () => {
    expect([...planRows(plan, book)]).toEqual([
      [tenant(1), 'Contoso', '2026-11-25', reservation(1), order(1), '3', 'EUR', '41000.00', '45000.00', '5000.00', ''],
      [tenant(1), 'Contoso', '2027-01-04', reservation(1), order(1), '1', 'EUR', '4500.00', '5000.00', '0.00', ''],
      [tenant(2), '', '2026-11-25', reservation(2), order(2), '1', 'USD', '20000.00', '20000.00', '30000.00', ''],
      [tenant(1), 'Contoso', '', reservation(1), order(1), '2', '', '', '', '', 'NOT_BEFORE_TERM_END'],
      [tenant(2), '', '', reservation(2), order(2), '4', '', '', '', '', 'NOT_REFUNDABLE'],
    ]);
    expect(planColumns.at(-1)).toBe('errors');
  });
});
