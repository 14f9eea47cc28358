import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { emptyInputs } from '../shapes';
import {
  currentVersion,
  getSettings,
  listCustomers,
  listRefunds,
  openDb,
  patchSettings,
  putInputs,
  putRefund,
  upgrades,
} from './db';

let n = 0;
const fresh = () => `test-db-${++n}`;
const tenant = '0f0e0d0c-0b0a-4908-8706-050403020100';

describe('schema upgrades', () => {
  it('has one upgrade function per version', () => {
    expect(Object.keys(upgrades).map(Number)).toEqual(Array.from({ length: currentVersion }, (_, i) => i + 1));
  });

  it('moves version 1 data to the current schema without losing any', async () => {
    const name = fresh();
    // Version 1 exactly as it shipped: refunds embedded in the customer record.
    const v1 = await openDb(name, 1);
    await v1.put('customers', {
      tenantId: tenant,
      name: 'Contoso',
      refunds: [
        { id: 'a', date: '2026-01-02', amount: '100.00', note: 'first' },
        { id: 'b', date: '2026-02-03', amount: '250.50', reservationId: '66666666-7777-4888-9999-aaaaaaaaaaaa' },
      ],
    } as never);
    await v1.put('reservations', { key: 'k', inputs: { ...emptyInputs(), price: '10' }, updatedAt: 'x' });
    v1.close();

    const db = await openDb(name);
    expect(db.version).toBe(currentVersion);
    expect(await listCustomers(db)).toEqual([{ tenantId: tenant, name: 'Contoso' }]);
    expect(await listRefunds(db, tenant)).toEqual([
      { id: 'a', tenantId: tenant, date: '2026-01-02', amount: '100.00', note: 'first' },
      {
        id: 'b',
        tenantId: tenant,
        date: '2026-02-03',
        amount: '250.50',
        reservationId: '66666666-7777-4888-9999-aaaaaaaaaaaa',
      },
    ]);
    expect((await db.get('reservations', 'k'))?.inputs.price).toBe('10');
    db.close();
  });

  it('creates the current schema on a new profile', async () => {
    const db = await openDb(fresh());
    expect([...db.objectStoreNames].sort()).toEqual([
      'book',
      'corrections',
      'customers',
      'meta',
      'refunds',
      'reservations',
      'settings',
      'staging',
      'undo',
    ]);
    db.close();
  });
});

describe('two writers at once', () => {
  it('keeps every refund written by two connections concurrently', async () => {
    const name = fresh();
    const [tabA, tabB] = await Promise.all([openDb(name), openDb(name)]);
    const writes = Array.from({ length: 40 }, (_, i) =>
      putRefund(i % 2 ? tabA : tabB, { id: `r${i}`, tenantId: tenant, date: '2026-03-01', amount: `${i + 1}.00` }),
    );
    await Promise.all(writes);
    expect((await listRefunds(tabA, tenant)).map((r) => r.id).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `r${i}`).sort(),
    );
    expect(await listCustomers(tabB)).toEqual([{ tenantId: tenant, name: '' }]);
    tabA.close();
    tabB.close();
  });

  it('keeps both settings changed by two connections concurrently', async () => {
    const name = fresh();
    const [tabA, tabB] = await Promise.all([openDb(name), openDb(name)]);
    await Promise.all([patchSettings(tabA, { whatIfFee: true }), patchSettings(tabB, { panelCollapsed: true })]);
    expect(await getSettings(tabA)).toMatchObject({ whatIfFee: true, panelCollapsed: true });
    tabA.close();
    tabB.close();
  });

  it('keeps reservation inputs per reservation', async () => {
    const db = await openDb(fresh());
    await Promise.all([
      putInputs(db, 'one', { ...emptyInputs(), price: '1' }),
      putInputs(db, 'two', { ...emptyInputs(), price: '2' }),
    ]);
    const raw = await openDB(db.name);
    expect((await raw.getAll('reservations')).map((r) => r.inputs.price).sort()).toEqual(['1', '2']);
    raw.close();
    db.close();
  });
});
