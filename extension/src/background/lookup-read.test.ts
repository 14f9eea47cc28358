import 'fake-indexeddb/auto';
import { type BookReservation, valueBook } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import type { BookLookup } from '../shapes';
import { answerLookup } from './book-answers';
import { estimateView, headroomView } from './book-view';
import { type Db, openDb, putRefund } from './db';
import { forgetLookups, readLookup } from './lookup-read';

// The lookup's one transaction and its cache, on a real (fake-indexeddb) database and the real core.
const tenant = '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17';
const ids = {
  reservationOrderId: '8d2e4f61-0a3b-4c5d-9e7f-1a2b3c4d5e6f',
  reservationId: '3c0a7b52-9e14-4d6f-8a21-5b7c9d0e1f23',
};
const date = '2025-06-01';
const reservation: BookReservation = {
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
  const db = await openDb(`lookup-read-${++n}`);
  await db.put('book', { key: `${tenant}/${ids.reservationId}`, tenantId: tenant, ...ids, reservation });
  await db.put('customers', { tenantId: tenant, name: 'Contoso Ltd' });
  return db;
}

describe('readLookup', () => {
  it('reads the row, customer and ledger, finds a reservation by its order alone, and says null when not in the book', async () => {
    const db = await seeded();
    const facts = await readLookup(db, ids);
    expect(facts).toMatchObject({ tenantId: tenant, customer: { name: 'Contoso Ltd' }, refunds: [], correction: null });
    expect((await readLookup(db, { reservationOrderId: ids.reservationOrderId.toUpperCase() }))?.row.key).toBe(
      facts?.row.key,
    );
    expect(await readLookup(db, { reservationOrderId: ids.reservationId })).toBeNull();
  });

  it('answers from memory until a write forgets it', async () => {
    const db = await seeded();
    const first = await readLookup(db, ids);
    expect(await readLookup(db, ids)).toBe(first);
    await putRefund(db, { id: 'r1', tenantId: tenant, date: '2025-05-01', amount: '10.00' });
    // Without forgetting, the cache still holds the ledger as it was: the router forgets around every write.
    expect((await readLookup(db, ids))?.refunds).toEqual([]);
    forgetLookups();
    expect((await readLookup(db, ids))?.refunds.map((r) => r.id)).toEqual(['r1']);
  });

  it('keeps nothing a write overtook while the read was open', async () => {
    const db = await seeded();
    const reading = readLookup(db, ids);
    forgetLookups();
    const stale = await reading;
    expect(await readLookup(db, ids)).not.toBe(stale);
  });
});

describe('answerLookup', () => {
  it('gives the same estimate and headroom as core’s valueBook of this one reservation', async () => {
    const db = await seeded();
    await putRefund(db, { id: 'r1', tenantId: tenant, date: '2025-05-01', amount: '10.00' });
    forgetLookups();
    const found = (await answerLookup(db, { type: 'book/lookup', ids, date, lang: 'en' })) as BookLookup;
    const valued = valueBook({
      date,
      policy: 'auto',
      fee: 'policy',
      book: {
        refundDeskBook: 1,
        customers: [
          {
            tenantId: tenant,
            ledger: [{ date: '2025-05-01', amount: { amount: '10.00', currency: 'USD' } }],
            reservations: [reservation],
          },
        ],
      },
    });
    if (!valued.ok) throw new Error('valueBook refused the fixture');
    const one = valued.value.customers[0]!;
    expect(found.estimate).toEqual(estimateView(one.reservations[0]!.estimate, date, 'en'));
    expect(found.estimate.ok).toBe(true);
    expect(found.headroom).toEqual(headroomView(one.cap, 'en'));
  });
});
