import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateExchange } from '../exchange.js';
import { estimateRefund } from '../refund.js';
import { planRefunds } from './plan.js';
import type { Book, BookReservation, RefundPlan } from './types.js';

const A = '0a0a0a0a-0000-4000-8000-00000000000a';
const B = '0b0b0b0b-0000-4000-8000-00000000000b';
const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function held(n: number, facts: Partial<BookReservation> = {}): BookReservation {
  return {
    reservationId: guid(n),
    reservationOrderId: guid(100 + n),
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2026-01-01',
    quantity: 4,
    price: { amount: '146000.00', currency: 'USD' },
    origin: {},
    ...facts,
  };
}

function plan(request: Record<string, unknown>): RefundPlan {
  const result = planRefunds(request);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const book: Book = {
  refundDeskBook: 1,
  customers: [
    {
      tenantId: A,
      name: 'Contoso',
      ledger: [{ date: '2026-02-01', amount: { amount: '20000.00', currency: 'USD' } }],
      reservations: [
        held(1, { utilization: { days7: '40', days30: '30' } }), // suggests floor(4 × 60 / 100) = 2
        held(2, { product: 'red-hat-plan', utilization: { days7: '0' } }),
        held(3, { price: undefined, utilization: { days7: '10' } }),
        held(4, { start: '2025-01-01', utilization: { days7: '0' } }), // ended 2026-01-01
        held(5),
      ],
    },
    {
      tenantId: B,
      ledger: [],
      reservations: [held(6, { quantity: 1, price: { amount: '3650.00', currency: 'USD' } })],
    },
  ],
};

describe('planRefunds', () => {
  it('plans the suggested units by default, per customer, with the totals adding up', () => {
    const result = plan({ date: '2026-07-01', book });
    expect(result.date).toBe('2026-07-01');
    const [contoso, other] = result.customers;
    expect(contoso!.name).toBe('Contoso');
    // Reservation 1: 2 suggested units; 5 and 6 suggest nothing (no utilization known, R-advise.1).
    const planned = contoso!.actions.reduce((n, a) => n + a.quantity, 0);
    expect(planned).toBe(2);
    expect(contoso!.actions.every((a) => a.reservationId === guid(1))).toBe(true);
    expect(other!.actions).toEqual([]);
    const cents = (m: { amount: string }) => BigInt(m.amount.replace('.', ''));
    expect(cents(result.recovered)).toBe(cents(contoso!.recovered) + cents(other!.recovered));
  });

  it('says why units are not placed: missing facts, not refundable, the term ended', () => {
    const { unplaced } = plan({ date: '2026-07-01', book }).customers[0]!;
    const reasons = Object.fromEntries(unplaced.map((u) => [u.reservationId, u]));
    expect(reasons[guid(3)]).toMatchObject({ quantity: 3, reason: 'MISSING_FACTS' });
    expect(reasons[guid(4)]).toMatchObject({ quantity: 4, reason: 'RESERVATION_EXPIRED' });
    expect(reasons[guid(4)]!.exchange).toEqual({ possible: false, minimumSavingsPlanHourly: null });
    // A product that cannot be refunded has no suggestion at all (R-advise.1); asked for all units, it says so.
    expect(reasons[guid(2)]).toBeUndefined();
    const all = plan({ date: '2026-07-01', book, candidates: 'all', tenantId: A }).customers[0]!.unplaced;
    expect(all.find((u) => u.reservationId === guid(2))).toMatchObject({ quantity: 4, reason: 'NOT_REFUNDABLE' });
  });

  it('lists what the limit leaves over, with the exchange alternative and its trade-in size (R-exchange.7)', () => {
    const result = plan({
      date: '2026-07-01',
      book,
      candidates: [{ reservationId: guid(5), quantity: 4 }],
      tenantId: A,
    });
    const customer = result.customers[0]!;
    expect(result.customers).toHaveLength(1);
    const left = customer.unplaced.find((u) => u.reservationId === guid(5))!;
    expect(left.reason).toBe('NOT_BEFORE_TERM_END');
    expect(left.quantity + customer.actions.reduce((n, a) => n + a.quantity, 0)).toBe(4);
    const { origin: _o, ...reservation } = held(5);
    const exchange = estimateExchange({
      date: '2026-07-01',
      returns: [{ reservation, quantity: left.quantity }],
      purchases: [],
    });
    if (!exchange.ok) throw new Error('exchange');
    const minor = BigInt(exchange.value.refundsTotal.amount.replace('.', ''));
    const up = (hours: bigint) => ((minor + hours - 1n) / hours).toString().replace(/(\d\d)$/, '.$1');
    expect(left.exchange.possible).toBe(true);
    expect(left.exchange.minimumSavingsPlanHourly).toEqual({
      P1Y: { amount: up(8760n), currency: 'USD' },
      P3Y: { amount: up(26_280n), currency: 'USD' },
    });
  });

  it('keeps every refund on or before the horizon and says when the horizon is the reason', () => {
    const result = plan({ date: '2026-07-01', until: '2026-07-20', book, candidates: 'all', tenantId: A });
    const customer = result.customers[0]!;
    for (const action of customer.actions) expect(action.date <= '2026-07-20').toBe(true);
    expect(customer.unplaced.some((u) => u.reason === 'NOT_BEFORE_HORIZON')).toBe(true);
  });

  it('replays every refund through estimateRefund with the earlier ones in the ledger (R-plan.1)', () => {
    const result = plan({ date: '2026-07-01', book, candidates: 'all' });
    for (const [c, customer] of result.customers.entries()) {
      const ledger = [...book.customers[c]!.ledger];
      for (const action of customer.actions) {
        const {
          origin: _o,
          utilization: _u,
          ...reservation
        } = book.customers[c]!.reservations.find((r) => r.reservationId === action.reservationId)!;
        const estimate = estimateRefund({
          date: action.date,
          reservation,
          quantity: action.quantity,
          ledger: [...ledger],
        });
        expect(estimate.ok && estimate.value.allowed).toBe(true);
        if (!estimate.ok) return;
        expect(action.capUse).toEqual(estimate.value.policyResult.capUse);
        expect(action.remainingAfter).toEqual(estimate.value.policyResult.remainingAfter);
        ledger.push({ date: action.date, amount: action.capUse, reservationId: action.reservationId });
      }
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (candidates, until) => {
        const result = planRefunds({ date: '2026-07-01', book, candidates, until });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        expect(typeof planRefunds(anything).ok).toBe('boolean');
        expect(typeof planRefunds({ date: '2026-07-01', book: anything }).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
