import { describe, expect, it } from 'vitest';
import { describeProblem } from '../words/problems.js';
import { notHeldProblem } from './held.js';
import { planRefunds } from './plan.js';
import type { Book, BookReservation } from './types.js';
import { valueBook } from './value.js';

const TENANT = '0c1f2e3d-4b5a-4697-8887-a9b8c7d6e5f4';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const reservation = (n: number, status?: string): BookReservation => ({
  reservationId: id(n),
  reservationOrderId: id(100 + n),
  product: 'virtual-machines',
  term: 'P3Y',
  billingPlan: 'Upfront',
  start: '2026-01-01',
  quantity: 4,
  price: { amount: '3650.00', currency: 'USD' },
  utilization: { days7: '10', days30: '12' },
  origin: {},
  ...(status !== undefined && { status }),
});
const book = (reservations: BookReservation[]): Book => ({
  refundDeskBook: 1,
  customers: [{ tenantId: TENANT, ledger: [], reservations }],
});

describe('reservations no longer held (R-book.12)', () => {
  it('reads the statuses of the portal export and the Reservations API, whatever their case and spacing', () => {
    for (const status of [
      'Cancelled',
      'canceled',
      'Expired',
      'Split',
      'Merged',
      'Exchanged',
      'Failed',
      'Billing failed',
    ]) {
      expect(notHeldProblem(status), status).toMatchObject({ field: 'reservation.status' });
    }
    expect(notHeldProblem('Expired')?.code).toBe('RESERVATION_EXPIRED');
    expect(notHeldProblem('Cancelled')?.code).toBe('INVALID_INPUT');
    // Said in words, in both languages, with the field named.
    expect(describeProblem(notHeldProblem('Cancelled')!, 'en')).toBe(
      'Status: the book gives its status as Cancelled: it is no longer held, so it cannot be refunded (R-book.12)',
    );
    expect(describeProblem(notHeldProblem('Cancelled')!, 'ko')).toMatch(
      /^상태: 장부에는 이 예약이 더 이상 보유 중이 아닌/,
    );
    expect(describeProblem(notHeldProblem('Expired')!, 'ko')).toMatch(/^상태: 장부에는 이 예약이 이미 만료된/);
    for (const status of ['Succeeded', 'Expiring', 'Processing', 'Warning', 'No benefit', '', undefined, 7]) {
      expect(notHeldProblem(status), String(status)).toBeNull();
    }
  });

  it('values only what the customer holds, and advises no return of the rest', () => {
    const result = valueBook({
      date: '2026-06-01',
      book: book([reservation(1, 'Succeeded'), reservation(2, 'Cancelled')]),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [held, gone] = result.value.customers[0]!.reservations;
    expect(held!.estimate.ok).toBe(true);
    expect(held!.suggestedReturn).toBe(3);
    expect(gone!.estimate).toMatchObject({
      ok: false,
      errors: [{ code: 'INVALID_INPUT', field: 'reservation.status' }],
    });
    expect(gone!.suggestedReturn).toBe(0);
    expect(gone!.suggestedEstimate).toBeUndefined();
    // The totals count the held reservation alone.
    const alone = valueBook({ date: '2026-06-01', book: book([reservation(1, 'Succeeded')]) });
    if (!alone.ok) throw new Error('valueBook refused the held reservation');
    expect(result.value.customers[0]!.totals).toEqual(alone.value.customers[0]!.totals);
  });

  it('plans the held units, and sets aside the others with their reason and no exchange', () => {
    const result = planRefunds({
      date: '2026-06-01',
      book: book([reservation(1), reservation(2, 'Cancelled'), reservation(3, 'Expired')]),
      candidates: 'all',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const plan = result.value.customers[0]!;
    expect(plan.actions.every((action) => action.reservationId === id(1))).toBe(true);
    expect(plan.actions.reduce((units, action) => units + action.quantity, 0)).toBe(4);
    expect(
      plan.unplaced.map(({ reservationId, quantity, reason, exchange }) => [
        reservationId,
        quantity,
        reason,
        exchange.possible,
      ]),
    ).toEqual([
      [id(2), 4, 'INVALID_INPUT', false],
      [id(3), 4, 'RESERVATION_EXPIRED', false],
    ]);
  });
});
