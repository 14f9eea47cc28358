import type { BookReservation } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { chunksOf } from './book-chunks';

const reservation = (i: number) => ({ reservationId: `r${i}`, reservationOrderId: 'o', origin: {} }) as BookReservation;
const customer = (tenantId: string, n: number) => ({
  tenantId,
  ledger: [{ date: '2026-01-01', amount: { amount: '1.00', currency: 'USD' } }],
  reservations: Array.from({ length: n }, (_, i) => reservation(i)),
});

describe('chunksOf', () => {
  it('splits a large customer, keeps its ledger once, and loses no reservation', () => {
    const book = { refundDeskBook: 1 as const, customers: [customer('a', 5), customer('b', 0), customer('c', 2)] };
    const chunks = chunksOf(book, 2);
    expect(chunks.every((c) => c.reduce((n, x) => n + x.reservations.length, 0) <= 2)).toBe(true);
    const parts = chunks.flat();
    for (const tenant of ['a', 'b', 'c']) {
      const mine = parts.filter((p) => p.tenantId === tenant);
      expect(mine.flatMap((p) => p.ledger)).toHaveLength(1);
      expect(mine.flatMap((p) => p.reservations)).toEqual(
        book.customers.find((c) => c.tenantId === tenant)!.reservations,
      );
    }
  });
});
