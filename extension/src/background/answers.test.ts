import 'fake-indexeddb/auto';
import type { BookReservation } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { lastReservationKey } from '../shapes';
import { answerChecklist } from './answers';
import { type Db, openDb, putRefund } from './db';
import { forgetLookups } from './lookup-read';

// The checklist of a reservation in the book: nothing typed, the book's facts, customer and estimate.
const tenant = '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17';
const ids = {
  reservationOrderId: '8d2e4f61-0a3b-4c5d-9e7f-1a2b3c4d5e6f',
  reservationId: '3c0a7b52-9e14-4d6f-8a21-5b7c9d0e1f23',
};
const reservation = {
  ...ids,
  product: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'Upfront',
  start: '2025-01-01',
  quantity: 4,
  price: { amount: '4000.00', currency: 'USD' },
  origin: {},
} as BookReservation;

let n = 0;
async function seeded(): Promise<Db> {
  const db = await openDb(`answers-${++n}`);
  await db.put('book', { key: `${tenant}/${ids.reservationId}`, tenantId: tenant, ...ids, reservation });
  await db.put('customers', { tenantId: tenant, name: 'Contoso Ltd' });
  return db;
}
const session = (orderId: string, reservationId: string) => ({
  get: async (key: string) => (key === lastReservationKey ? [orderId, reservationId] : []),
});

describe('answerChecklist', () => {
  it('builds a book reservation’s checklist from the book: customer, quantity and the estimate', async () => {
    const db = await seeded();
    const reply = await answerChecklist(db, session(ids.reservationOrderId, ids.reservationId), {
      type: 'checklist/build',
      action: 'refund',
      date: '2025-06-01',
      lang: 'en',
    });
    expect(reply?.problems).toEqual([]);
    const text = reply?.checklist?.description ?? '';
    expect(text).toContain(`Customer: Contoso Ltd ${tenant}`);
    expect(text).toContain(`Reservation ID: ${ids.reservationId}`);
    expect(text).toContain('Quantity: 4');
    expect(text).toMatch(/Estimate: USD [\d,.]+ paid back/);
  });

  it('takes the agent’s corrections and the ledger as they are now', async () => {
    const db = await seeded();
    const m = { type: 'checklist/build', action: 'refund', date: '2025-06-01', lang: 'en' } as const;
    const before = await answerChecklist(db, session(ids.reservationOrderId, ids.reservationId), m);
    await db.put('corrections', {
      ...ids,
      facts: { quantity: '2' },
      origin: { quantity: 'corrected by the agent on 2025-06-01' },
    });
    await putRefund(db, { id: 'r1', tenantId: tenant, date: '2025-05-01', amount: '10.00' });
    forgetLookups();
    const after = await answerChecklist(db, session(ids.reservationOrderId, ids.reservationId), m);
    expect(after?.checklist?.description).not.toBe(before?.checklist?.description);
    expect(after?.checklist?.description).toContain('Quantity: 2');
  });
});
