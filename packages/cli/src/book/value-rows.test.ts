import { type Book, type BookValue, capStatus, estimateRefund, type RefundRequest } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../csv/record.js';
import { valueColumns, valueNumbers, valueRows } from './value-rows.js';

const tenantId = '0f0f0f0f-0000-4000-8000-000000000001';
const ids = (n: number) => ({
  reservationId: `${n}${n}${n}${n}${n}${n}${n}${n}-1111-4111-8111-111111111111`,
  reservationOrderId: `${n}${n}${n}${n}${n}${n}${n}${n}-2222-4222-8222-222222222222`,
});
const reservation = {
  product: 'virtual-machines' as const,
  term: 'P1Y' as const,
  billingPlan: 'Upfront' as const,
  start: '2025-01-01',
  quantity: 2,
  price: { amount: '7300.00', currency: 'USD' },
};
const book: Book = {
  refundDeskBook: 1,
  customers: [
    {
      tenantId,
      name: '=Contoso',
      ledger: [],
      reservations: [
        { ...ids(1), ...reservation, displayName: 'vm-east', origin: {} },
        { ...ids(2), ...reservation, start: '2025-13-01', origin: {} },
      ],
    },
  ],
};

/** What valueBook gives for this book, built from core's own estimates (valueBook itself is not in core yet). */
function valued(): BookValue {
  const [first, second] = book.customers[0]!.reservations;
  const estimate = (held: typeof first) => estimateRefund({ date: '2025-07-02', reservation: held } as RefundRequest);
  const cap = capStatus({ date: '2025-07-02', ledger: [] });
  if (!cap.ok) throw new Error('cap');
  return {
    customers: [
      {
        tenantId,
        name: '=Contoso',
        cap: cap.value,
        totals: {
          refundNowUsd: { amount: '3660.00', currency: 'USD' },
          capUseUsd: { amount: '3660.00', currency: 'USD' },
        },
        reservations: [
          { ...ids(1), displayName: 'vm-east', estimate: estimate(first), suggestedReturn: 1 },
          { ...ids(2), estimate: estimate(second), suggestedReturn: 0 },
        ],
      },
    ],
  };
}

describe('valueRows', () => {
  it('gives each reservation its estimate, product and quantity from the book, and its suggested return', () => {
    const value = valued();
    const first = value.customers[0]!.reservations[0]!.estimate;
    if (!first.ok) throw new Error('the first estimate should be ok');
    const rows = [...valueRows(value, book)];
    expect(rows[0]).toEqual([
      tenantId,
      '=Contoso',
      ids(1).reservationId,
      ids(1).reservationOrderId,
      'vm-east',
      'virtual-machines',
      '2',
      String(first.value.allowed),
      'USD',
      first.value.billingRefundAmount.amount,
      first.value.policyResult.capUse.amount,
      '1',
      '',
    ]);
    expect(rows[0]).toHaveLength(valueColumns.length);
  });

  it('leaves the amounts of an estimate that failed empty and lists its codes', () => {
    const rows = [...valueRows(valued(), book)];
    expect(rows[1]?.slice(7)).toEqual(['', '', '', '', '0', 'INVALID_DATE']);
  });

  it('is written formula-safe, amounts staying numbers', () => {
    const [row] = [...valueRows(valued(), book)];
    const line = csvRecord(row!, valueNumbers);
    expect(line.split(',')[1]).toBe("'=Contoso");
    expect(line).toMatch(/,USD,\d+\.\d\d,\d+\.\d\d,1,\n$/);
  });
});
