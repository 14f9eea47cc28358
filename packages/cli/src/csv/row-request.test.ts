import { estimateRefund } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { readHeader } from './columns.js';
import { rowToRequest } from './row-request.js';

const header = [
  'note',
  'currency',
  'price',
  'quantity',
  'start',
  'billingPlan',
  'term',
  'product',
  'used',
  'returnQuantity',
];
const positionsOf = (names: string[]) => {
  const check = readHeader(names);
  if (!check.ok) throw new Error(check.message);
  return check.positions;
};

describe('readHeader', () => {
  it('finds columns by name in any order and ignores unknown ones', () => {
    expect(positionsOf(header)).toEqual({
      currency: 1,
      price: 2,
      quantity: 3,
      start: 4,
      billingPlan: 5,
      term: 6,
      product: 7,
      used: 8,
      returnQuantity: 9,
    });
  });

  it('names every missing required column', () => {
    expect(readHeader(['reservationId', 'product', 'price'])).toEqual({
      ok: false,
      message: 'the header lacks required columns: term, billingPlan, start, quantity, currency',
    });
  });

  it('refuses a column named twice', () => {
    expect(readHeader([...header, ' Price '])).toEqual({ ok: false, message: 'the header names column "price" twice' });
  });
});

describe('rowToRequest', () => {
  const positions = positionsOf([...header, 'currentPrice', 'usdPerUnit', 'reservationId']);

  it('builds the RefundRequest of a row, money in the row currency, empty optional cells left out', () => {
    const cells = [
      'x',
      'KRW',
      '1234568',
      '2',
      '2025-01-01',
      'Upfront',
      'P1Y',
      'virtual-machines',
      '',
      '1',
      '1000000',
      '',
      '',
    ];
    expect(rowToRequest(cells, positions, '2026-01-01', undefined)).toEqual({
      date: '2026-01-01',
      quantity: 1,
      reservation: {
        product: 'virtual-machines',
        term: 'P1Y',
        billingPlan: 'Upfront',
        start: '2025-01-01',
        quantity: 2,
        price: { amount: '1234568', currency: 'KRW' },
        currentPrice: { amount: '1000000', currency: 'KRW' },
      },
    });
  });

  it('reads used as true or false and passes the ledger on', () => {
    const ledger = [{ date: '2025-06-01', amount: { amount: '10.00', currency: 'USD' } }];
    const cells = ['', 'USD', '10', '1', '2025-01-01', 'Monthly', 'P3Y', 'sql-database', 'FALSE', '', '', '0.5', 'id'];
    const request = rowToRequest(cells, positions, '2026-01-01', ledger);
    expect(request.ledger).toBe(ledger);
    expect(request.reservation.used).toBe(false);
    expect(request.reservation.usdPerUnit).toBe('0.5');
    expect(request.reservation.reservationId).toBe('id');
    expect('quantity' in request).toBe(false);
  });

  it('turns a quantity that is not a whole number into INVALID_QUANTITY for that field', () => {
    const cells = ['', 'USD', '10', '1.5', '2025-01-01', 'Upfront', 'P1Y', 'virtual-machines', 'maybe', 'two'];
    const result = estimateRefund(rowToRequest(cells, positions, '2026-01-01', undefined));
    expect(result.ok ? [] : result.errors.map((p) => [p.code, p.field])).toEqual([
      ['INVALID_QUANTITY', 'reservation.quantity'],
      ['INVALID_INPUT', 'reservation.used'],
      ['INVALID_QUANTITY', 'quantity'],
    ]);
  });

  it('treats a short row as empty cells', () => {
    const request = rowToRequest(['', 'USD'], positions, '2026-01-01', undefined);
    expect(request.reservation).toEqual({});
  });
});
