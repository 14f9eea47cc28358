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
    // The entry lacks its amount: said, and kept as written (a refund is never dropped).
    expect(read.problems.map((p) => [p.field, p.message.includes('kept as written')])).toEqual([
      ['customers[0].ledger[0].amount', true],
    ]);
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

  it('names a customer it cannot use, a ledger that is not a list, a name that is not text, and reads null as no fact', () => {
    const tenant = 'cccccccc-3333-4333-8333-333333333333';
    const ids = { reservationId: 'aaaaaaaa-1111-4111-8111-111111111111', reservationOrderId: tenant };
    const read = readBookJson('book.json', {
      refundDeskBook: 1,
      customers: [
        { tenantId: 'x', ledger: [], reservations: [ids] },
        { tenantId: tenant, name: 5, ledger: 'x', reservations: [{ ...ids, price: null, quantity: 2 }] },
        {
          tenantId: 'dddddddd-4444-4444-8444-444444444444',
          ledger: [{ date: 'nope', amount: { amount: '1.00', currency: 'USD' } }],
          reservations: [],
        },
      ],
    });
    expect(read.problems.map((p) => [p.field, p.code])).toEqual([
      ['customers[0].tenantId', 'INVALID_ID'],
      ['customers[1].name', 'INVALID_INPUT'],
      ['customers[1].ledger', 'INVALID_INPUT'],
      ['customers[2].ledger[0].date', 'INVALID_DATE'],
    ]);
    expect(read.problems[0]?.message).toContain('"x" is not a tenant ID');
    expect(read.book.customers.map((c) => c.tenantId)).toEqual([tenant, 'dddddddd-4444-4444-8444-444444444444']);
    expect(read.book.customers[0]).not.toHaveProperty('name');
    expect(read.book.customers[0]?.reservations[0]).not.toHaveProperty('price');
    expect(read.book.customers[1]?.ledger).toHaveLength(1);
  });
});
