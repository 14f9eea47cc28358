import { describe, expect, it } from 'vitest';
import { Problems } from '../validate.js';
import { readBook } from './read-book.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('readBook', () => {
  it('keeps only the reservation fields an estimate reads, and names each missing fact (R-book.3)', () => {
    const problems = new Problems();
    const customers = readBook(
      {
        refundDeskBook: 1,
        customers: [
          {
            tenantId: 'unassigned',
            ledger: [{ date: '2026-01-01', amount: { amount: '10.00', currency: 'USD' }, note: 'seeded' }],
            reservations: [
              {
                reservationId: guid(1),
                reservationOrderId: guid(2),
                displayName: 'vm',
                region: 'eastus',
                quantity: 2,
                price: null,
                origin: { quantity: 'x.csv row 1' },
              },
            ],
          },
        ],
      },
      'book',
      problems,
    );
    expect(problems.list).toEqual([]);
    const [entry] = customers![0]!.reservations;
    expect(entry!.reservation).toEqual({ reservationId: guid(1), reservationOrderId: guid(2), quantity: 2 });
    expect(entry!.displayName).toBe('vm');
    expect(entry!.missing.map((p) => p.field)).toEqual([
      'reservation.product',
      'reservation.term',
      'reservation.billingPlan',
      'reservation.start',
      'reservation.price',
    ]);
    expect(entry!.missing[4]!.message).toMatch(/^price is missing: /);
    // The ledger copy is frozen (estimateRefund then reads it once) and holds what the estimate reads.
    expect(Object.isFrozen(customers![0]!.ledger)).toBe(true);
    expect(customers![0]!.ledger).toEqual([{ date: '2026-01-01', amount: { amount: '10.00', currency: 'USD' } }]);
    expect(customers![0]!.parsedLedger).toEqual([{ date: 20454, usdCents: 1000n }]);
  });

  it('never reads a method of hostile JSON and reports every shape problem', () => {
    const problems = new Problems();
    const hostile = { toString: 0, valueOf: 0 };
    expect(
      readBook(
        { refundDeskBook: 1, customers: [hostile, { tenantId: 't', reservations: [hostile] }] },
        'book',
        problems,
      ),
    ).toBeUndefined();
    expect(problems.list.map((p) => p.field)).toEqual([
      'book.customers[0].tenantId',
      'book.customers[0].reservations',
      'book.customers[1].reservations[0].reservationId',
      'book.customers[1].reservations[0].reservationOrderId',
    ]);
  });
});

describe('readBook: each customer and reservation once', () => {
  const customer = (tenantId: string, ...ids: number[]) => ({
    tenantId,
    ledger: [],
    reservations: ids.map((n) => ({ reservationId: guid(n), reservationOrderId: guid(n + 100) })),
  });
  const read = (...customers: unknown[]) => {
    const problems = new Problems();
    const result = readBook({ refundDeskBook: 1, customers }, 'book', problems);
    return { result, problems: problems.list };
  };

  it('refuses a customer listed twice (two limits for one customer, R-cap.1), whatever the letter case', () => {
    const { result, problems } = read(customer(guid(7), 1), customer(guid(8), 2), customer(guid(7).toUpperCase(), 3));
    expect(result).toBeUndefined();
    expect(problems.map((p) => [p.code, p.field])).toEqual([['INVALID_INPUT', 'book.customers[2].tenantId']]);
    expect(problems[0]!.message).toContain('listed twice (book.customers[0] too)');
  });

  it('refuses a reservation listed twice, in one customer or two (its units planned twice, R-plan.1)', () => {
    const { problems } = read(customer(guid(7), 1, 2), customer(guid(8), 3, 1));
    expect(problems.map((p) => p.field)).toEqual(['book.customers[1].reservations[1].reservationId']);
    expect(problems[0]!.message).toContain('(book.customers[0].reservations[0] too)');
    expect(read(customer(guid(7), 1, 2), customer(guid(8), 3)).problems).toEqual([]);
  });
});
