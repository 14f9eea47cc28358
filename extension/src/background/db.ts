import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { type Customer, defaultSettings, type RefundRecord, type ReservationInputs, type Settings } from '../shapes';

// IndexedDB lives in the background only. Each schema version has one upgrade function; opening an old database runs
// every function after its version, in order, so any earlier version reaches the current one.
export const dbName = 'refund-desk';
export const currentVersion = 2;

export interface ReservationRow {
  key: string;
  inputs: ReservationInputs;
  updatedAt: string;
}

/** Version 1 kept each customer's refunds inside the customer record. */
export interface CustomerRowV1 extends Customer {
  refunds?: Omit<RefundRecord, 'tenantId'>[];
}

interface Schema extends DBSchema {
  reservations: { key: string; value: ReservationRow };
  customers: { key: string; value: Customer };
  settings: { key: string; value: Settings & { id: 'settings' } };
  refunds: { key: string; value: RefundRecord; indexes: { tenantId: string } };
}

type UpgradeTx = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;
type Upgrade = (db: IDBPDatabase<Schema>, tx: UpgradeTx) => Promise<void> | void;

export const upgrades: Record<number, Upgrade> = {
  1(db) {
    db.createObjectStore('reservations', { keyPath: 'key' });
    db.createObjectStore('customers', { keyPath: 'tenantId' });
    db.createObjectStore('settings', { keyPath: 'id' });
  },
  // v2: one record per refund, so two tabs adding refunds to the same customer never rewrite each other's record.
  async 2(db, tx) {
    const refunds = db.createObjectStore('refunds', { keyPath: 'id' });
    refunds.createIndex('tenantId', 'tenantId');
    const customers = tx.objectStore('customers');
    for (let cursor = await customers.openCursor(); cursor; cursor = await cursor.continue()) {
      const { refunds: embedded = [], ...customer } = cursor.value as CustomerRowV1;
      for (const refund of embedded) await tx.objectStore('refunds').put({ ...refund, tenantId: customer.tenantId });
      await cursor.update(customer);
    }
  },
};

export type Db = IDBPDatabase<Schema>;

export function openDb(name = dbName, version = currentVersion): Promise<Db> {
  return openDB<Schema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) await upgrades[v]!(db, tx);
    },
  });
}

export async function getInputs(db: Db, key: string): Promise<ReservationInputs | null> {
  return (await db.get('reservations', key))?.inputs ?? null;
}

export async function putInputs(db: Db, key: string, inputs: ReservationInputs): Promise<void> {
  await db.put('reservations', { key, inputs, updatedAt: new Date().toISOString() });
}

export async function listInputs(db: Db): Promise<ReservationRow[]> {
  return db.getAll('reservations');
}

export async function getSettings(db: Db): Promise<Settings> {
  const row = await db.get('settings', 'settings');
  if (!row) return { ...defaultSettings };
  const { id: _id, ...settings } = row;
  return { ...defaultSettings, ...settings };
}

export async function putSettings(db: Db, settings: Settings): Promise<void> {
  await db.put('settings', { ...settings, id: 'settings' });
}

/** Changes one setting inside one transaction, so concurrent changes of other settings are kept. */
export async function patchSettings(db: Db, patch: Partial<Settings>): Promise<void> {
  const tx = db.transaction('settings', 'readwrite');
  const row = await tx.store.get('settings');
  await tx.store.put({ ...defaultSettings, ...row, ...patch, id: 'settings' });
  await tx.done;
}

export async function listCustomers(db: Db): Promise<Customer[]> {
  return db.getAll('customers');
}

export async function getCustomer(db: Db, tenantId: string): Promise<Customer | null> {
  return (await db.get('customers', tenantId)) ?? null;
}

export async function putCustomer(db: Db, customer: Customer): Promise<void> {
  await db.put('customers', customer);
}

/** Deletes a customer and its refunds together. */
export async function deleteCustomer(db: Db, tenantId: string): Promise<void> {
  const tx = db.transaction(['customers', 'refunds'], 'readwrite');
  await tx.objectStore('customers').delete(tenantId);
  const refunds = tx.objectStore('refunds').index('tenantId');
  for (let cursor = await refunds.openCursor(tenantId); cursor; cursor = await cursor.continue()) await cursor.delete();
  await tx.done;
}

export async function listRefunds(db: Db, tenantId?: string): Promise<RefundRecord[]> {
  const rows = tenantId ? await db.getAllFromIndex('refunds', 'tenantId', tenantId) : await db.getAll('refunds');
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Saves a refund; a customer not seen before is created (without a name) in the same transaction. */
export async function putRefund(db: Db, refund: RefundRecord): Promise<void> {
  const tx = db.transaction(['customers', 'refunds'], 'readwrite');
  const customers = tx.objectStore('customers');
  if (!(await customers.get(refund.tenantId))) await customers.put({ tenantId: refund.tenantId, name: '' });
  await tx.objectStore('refunds').put(refund);
  await tx.done;
}

export async function deleteRefund(db: Db, id: string): Promise<void> {
  await db.delete('refunds', id);
}
