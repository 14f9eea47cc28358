import { describe, expect, it } from 'vitest';
import { readPlanRequest } from './plan-request.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const book = {
  refundDeskBook: 1,
  customers: [
    {
      tenantId: 'ABC',
      ledger: [],
      reservations: [{ reservationId: guid(1), reservationOrderId: guid(2), quantity: 3, origin: {} }],
    },
  ],
};

function fields(request: unknown): (string | undefined)[] {
  const read = readPlanRequest(request);
  return read.ok ? [] : read.errors.map((e) => e.field);
}

describe('readPlanRequest', () => {
  it('reads the defaults: suggested candidates, no horizon, the policy in force', () => {
    const read = readPlanRequest({ date: '2026-07-01T23:30:00-02:00', book });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.candidates).toBe('suggested');
    expect(read.value.until).toBe(Number.POSITIVE_INFINITY);
    expect(read.value.policy.id).toBe('azure-2020-02');
    expect(read.value.customers.map((c) => c.tenantId)).toEqual(['ABC']);
  });

  it('picks one customer by tenant ID, in any case', () => {
    expect(readPlanRequest({ date: '2026-07-01', book, tenantId: 'abc' }).ok).toBe(true);
    expect(fields({ date: '2026-07-01', book, tenantId: 'other' })).toEqual(['tenantId']);
  });

  it('adds up listed units per reservation and refuses more than the book holds or IDs it does not hold', () => {
    const listed = (candidates: unknown) => readPlanRequest({ date: '2026-07-01', book, candidates });
    const read = listed([
      { reservationId: guid(1).toUpperCase(), quantity: 1 },
      { reservationId: guid(1), quantity: 2 },
    ]);
    expect(read.ok && read.value.candidates instanceof Map && read.value.candidates.get(guid(1))).toBe(3);
    expect(fields({ date: '2026-07-01', book, candidates: [{ reservationId: guid(1), quantity: 4 }] })).toEqual([
      'candidates[0].quantity',
    ]);
    expect(fields({ date: '2026-07-01', book, candidates: [{ reservationId: guid(9), quantity: 1 }, 7] })).toEqual([
      'candidates[0].reservationId',
      'candidates[1]',
    ]);
    expect(fields({ date: '2026-07-01', book, candidates: 'some' })).toEqual(['candidates']);
  });

  it('collects every problem of a malformed request', () => {
    expect(fields({ date: 'soon', book: { refundDeskBook: 1 }, policy: 'x', fee: 'y', until: 3 })).toEqual(
      expect.arrayContaining(['date', 'policy', 'fee', 'until', 'book.customers']),
    );
    expect(fields({ date: '2026-07-01', book, until: '2026-06-30' })).toEqual(['until']);
    expect(fields(null)).toEqual([undefined]);
  });
});
