import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listCustomers, listRefunds, openDb } from './db';

// Databases as earlier versions wrote them, built with raw IndexedDB calls (not with this code's upgrades), so the
// upgrades are tested against what is really on agents' machines.
let n = 0;
const contoso = '0f0e0d0c-0b0a-4908-8706-050403020100';
const fabrikam = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

async function shippedV1(customers: object[]): Promise<string> {
  const name = `v1-${++n}`;
  const db = await openDB(name, 1, {
    upgrade(raw) {
      raw.createObjectStore('reservations', { keyPath: 'key' });
      raw.createObjectStore('customers', { keyPath: 'tenantId' });
      raw.createObjectStore('settings', { keyPath: 'id' });
    },
  });
  for (const c of customers) await db.put('customers', c);
  db.close();
  return name;
}

describe('upgrading a version 1 database', () => {
  it('keeps the refunds of two customers that share a refund id', async () => {
    const name = await shippedV1([
      { tenantId: contoso, name: 'Contoso', refunds: [{ id: 'r1', date: '2026-01-02', amount: '100.00' }] },
      { tenantId: fabrikam, name: 'Fabrikam', refunds: [{ id: 'r1', date: '2026-03-04', amount: '200.00' }] },
    ]);
    const db = await openDb(name);
    const contosoRefunds = await listRefunds(db, contoso);
    const fabrikamRefunds = await listRefunds(db, fabrikam);
    expect(contosoRefunds.map((r) => [r.date, r.amount])).toEqual([['2026-01-02', '100.00']]);
    expect(fabrikamRefunds.map((r) => [r.date, r.amount])).toEqual([['2026-03-04', '200.00']]);
    expect(new Set([...contosoRefunds, ...fabrikamRefunds].map((r) => r.id)).size).toBe(2);
    db.close();
  });

  it('lower-cases tenant IDs and joins a customer stored twice in different case', async () => {
    const upper = contoso.toUpperCase();
    const name = await shippedV1([
      { tenantId: upper, name: 'Contoso', refunds: [{ id: 'a', date: '2026-01-02', amount: '1.00' }] },
      {
        tenantId: contoso,
        name: '',
        refunds: [
          { id: 'b', date: '2026-01-03', amount: '2.00', reservationId: '66666666-7777-4888-9999-AAAAAAAAAAAA' },
        ],
      },
    ]);
    const db = await openDb(name);
    expect(await listCustomers(db)).toEqual([{ tenantId: contoso, name: 'Contoso' }]);
    const refunds = await listRefunds(db, contoso);
    expect(refunds.map((r) => [r.id, r.tenantId, r.reservationId])).toEqual([
      ['a', contoso, undefined],
      ['b', contoso, '66666666-7777-4888-9999-aaaaaaaaaaaa'],
    ]);
    db.close();
  });

  it('lower-cases the tenant IDs of a version 2 database and creates the book stores', async () => {
    const name = `v2-${++n}`;
    const raw = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('reservations', { keyPath: 'key' });
        db.createObjectStore('customers', { keyPath: 'tenantId' });
        db.createObjectStore('settings', { keyPath: 'id' });
        db.createObjectStore('refunds', { keyPath: 'id' }).createIndex('tenantId', 'tenantId');
      },
    });
    await raw.put('customers', { tenantId: fabrikam.toUpperCase(), name: 'Fabrikam' });
    await raw.put('refunds', { id: 'x', tenantId: fabrikam.toUpperCase(), date: '2026-02-02', amount: '5.00' });
    raw.close();
    const db = await openDb(name);
    expect(await listCustomers(db)).toEqual([{ tenantId: fabrikam, name: 'Fabrikam' }]);
    expect((await listRefunds(db, fabrikam)).map((r) => r.id)).toEqual(['x']);
    expect([...db.objectStoreNames]).toEqual(
      expect.arrayContaining(['book', 'corrections', 'meta', 'staging', 'undo']),
    );
    db.close();
  });
});
