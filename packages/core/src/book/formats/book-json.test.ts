import { describe, expect, it } from 'vitest';
import { readBookJson } from './book-json.js';

describe('readBookJson', () => {
  it('keeps every field as written, IDs in lower case', () => {
    const reservation = {
      reservationId: 'AAAAAAAA-1111-4111-8111-111111111111',
      reservationOrderId: 'bbbbbbbb-2222-4222-8222-222222222222',
      used: false,
      note: 'anything of the agent',
      origin: { price: 'typed' },
    };
    const json = {
      refundDeskBook: 1,
      customers: [{ tenantId: 'unassigned', ledger: [{ date: '2026-01-01' }], reservations: [reservation], extra: 1 }],
    };
    const read = readBookJson('book.json', json);
    expect(read.problems).toEqual([]);
    expect(read.book.customers[0]).toEqual({
      ...json.customers[0],
      reservations: [{ ...reservation, reservationId: 'aaaaaaaa-1111-4111-8111-111111111111' }],
    });
  });

  it('reports a reservation it cannot join, and a book without customers', () => {
    const read = readBookJson('book.json', {
      refundDeskBook: 1,
      customers: [
        { tenantId: 'cccccccc-3333-4333-8333-333333333333', ledger: [], reservations: [{ reservationId: 'x' }] },
      ],
    });
    expect(read.problems.map((p) => [p.row, p.code])).toEqual([[1, 'INVALID_ID']]);
    expect(readBookJson('b.json', { refundDeskBook: 1 }).problems[0]?.field).toBe('customers');
  });
});
