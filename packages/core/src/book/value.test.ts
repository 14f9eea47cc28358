import { describe, expect, it } from 'vitest';
import { capStatus } from '../cap.js';
import { estimateRefund } from '../refund.js';
import type { Book, BookReservation } from './types.js';
import { valueBook } from './value.js';

const TENANT = '0c1f2e3d-4b5a-4697-8887-a9b8c7d6e5f4';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function reservation(n: number, facts: Partial<BookReservation> = {}): BookReservation {
  return {
    reservationId: id(n),
    reservationOrderId: id(100 + n),
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2026-01-01',
    quantity: 10,
    price: { amount: '36500.00', currency: 'USD' },
    origin: {},
    ...facts,
  };
}

function book(reservations: BookReservation[], ledger: Book['customers'][number]['ledger'] = []): Book {
  return { refundDeskBook: 1, customers: [{ tenantId: TENANT, name: 'Contoso', ledger, reservations }] };
}

function value(request: unknown) {
  const result = valueBook(request);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('valueBook', () => {
  const ledger = [{ date: '2026-03-01', amount: { amount: '12000.00', currency: 'USD' } }];

  it('estimates every reservation with all its units and the customer ledger, as estimateRefund does', () => {
    const held = reservation(1, { utilization: { days7: '55', days30: '61.5' }, displayName: 'vm-east' });
    const result = value({ date: '2026-07-01', book: book([held], ledger) });
    const customer = result.customers[0]!;
    expect(customer.tenantId).toBe(TENANT);
    expect(customer.name).toBe('Contoso');
    const valued = customer.reservations[0]!;
    expect(valued.displayName).toBe('vm-east');
    const { origin: _origin, utilization: _u, displayName: _d, ...facts } = held;
    expect(valued.estimate).toEqual(estimateRefund({ date: '2026-07-01', reservation: facts, ledger }));
    // R-advise.1: floor(10 × (100 − 61.5) / 100) = 3, estimated on its own.
    expect(valued.suggestedReturn).toBe(3);
    expect(valued.suggestedEstimate).toEqual(
      estimateRefund({ date: '2026-07-01', reservation: facts, ledger, quantity: 3 }),
    );
    expect(customer.cap).toEqual((capStatus({ date: '2026-07-01', ledger }) as { value: unknown }).value);
  });

  it('totals what the refundable reservations would pay back and count today, each on its own', () => {
    const result = value({
      date: '2026-07-01',
      book: book([
        reservation(1),
        reservation(2, { quantity: 2, price: { amount: '7300.00', currency: 'USD' } }),
        reservation(3, { product: 'red-hat-plan' }),
        reservation(4, { price: undefined }),
      ]),
    });
    const [a, b] = result.customers[0]!.reservations.map((r) => (r.estimate.ok ? r.estimate.value : undefined));
    const cents = (text: string) => BigInt(text.replace('.', ''));
    const expected = cents(a!.policyResult.capUse.amount) + cents(b!.policyResult.capUse.amount);
    expect(cents(result.customers[0]!.totals.capUseUsd.amount)).toBe(expected);
    expect(result.customers[0]!.totals.refundNowUsd.amount).toBe(
      (cents(a!.pricingRefundAmount.amount) + cents(b!.pricingRefundAmount.amount))
        .toString()
        .replace(/(\d\d)$/, '.$1'),
    );
    expect(result.customers[0]!.reservations[2]!.suggestedReturn).toBe(0);
  });

  it('says in words which facts are missing and never throws', () => {
    const result = value({
      date: '2026-07-01',
      book: book([
        { reservationId: id(5), reservationOrderId: id(6), origin: {}, quantity: 4, currentPrice: 5 } as never,
      ]),
    });
    const estimate = result.customers[0]!.reservations[0]!.estimate;
    expect(estimate.ok).toBe(false);
    if (estimate.ok) return;
    const messages = estimate.errors.map((e) => e.message);
    for (const fact of ['product', 'term', 'billing plan', 'benefit start date', 'price']) {
      expect(messages.some((m) => m.startsWith(`${fact} is missing: `))).toBe(true);
    }
    expect(estimate.errors.find((e) => e.message.startsWith('price'))?.field).toBe('reservation.price');
    // A fact that is there but wrong keeps estimateRefund's own problem.
    expect(estimate.errors.some((e) => e.field === 'reservation.currentPrice')).toBe(true);
  });

  it('reports a bad utilization on the suggested estimate instead of guessing', () => {
    const result = value({ date: '2026-07-01', book: book([reservation(1, { utilization: { days7: 'n/a' } })]) });
    const valued = result.customers[0]!.reservations[0]!;
    expect(valued.suggestedReturn).toBe(0);
    expect(valued.suggestedEstimate).toMatchObject({ ok: false, errors: [{ field: 'reservation.utilization.days7' }] });
  });

  it('refuses a malformed request with every problem and its field', () => {
    for (const request of [null, 5, {}, { date: 'x', book: {} }, { date: '2026-01-01', book: { refundDeskBook: 2 } }]) {
      const result = valueBook(request);
      expect(result.ok).toBe(false);
    }
    const result = valueBook({
      date: '2026-07-01',
      policy: 'nope',
      book: {
        refundDeskBook: 1,
        customers: [
          { tenantId: 7, ledger: [{ date: 'soon', amount: 1 }], reservations: [{ reservationId: 1 }, 'x'] },
          { toString: 0 },
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'policy',
        'book.customers[0].tenantId',
        'book.customers[0].ledger[0].date',
        'book.customers[0].ledger[0].amount',
        'book.customers[0].reservations[0].reservationId',
        'book.customers[0].reservations[0].reservationOrderId',
        'book.customers[0].reservations[1]',
        'book.customers[1].tenantId',
      ]),
    );
  });
});
