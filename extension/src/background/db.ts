import { normalizeGuid } from '@refund-desk/core';
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import {
  type Correction,
  type Customer,
  defaultSettings,
  type RefundRecord,
  type ReservationInputs,
  type Settings,
} from '../shapes';
import type { BookMeta, BookRow, StagedChunk, UndoRow } from './db-rows';

export type { BookMeta, BookRow, StagedChunk, UndoRow } from './db-rows';

// IndexedDB lives in the background only. Each schema version has one upgrade function; opening an old database runs
// every function after its version, in order, so any earlier version reaches the current one.
export const dbName = 'refund-desk';
export const currentVersion = 3;

export interface ReservationRow {
  key: string;
  inputs: ReservationInputs;
  updatedAt: string;
}

/** Version 1 kept each customer's refunds inside the customer record. */
export interface CustomerRowV1 extends Customer {
  refunds?: Omit<RefundRecord, 'tenantId'>[];
}

export interface Schema extends DBSchema {
  reservations: { key: string; value: ReservationRow };
  customers: { key: string; value: Customer };
  settings: { key: string; value: Settings & { id: 'settings' } };
  /** The ledger: one record per refund. */
  refunds: { key: string; value: RefundRecord; indexes: { tenantId: string } };
  /** The book's reservations as imported (core's BookReservation), one per customer and reservation. */
  book: {
    key: string;
    value: BookRow;
    indexes: { tenantId: string; reservationId: string; reservationOrderId: string };
  };
  /** The agent's corrections, per reservation, kept apart from imported facts. */
  corrections: { key: string; value: Correction };
  /** The last import's files and needs. */
  meta: { key: string; value: BookMeta };
  /** Chunks of an import in progress; the book changes only when the import commits. */
  staging: { key: [string, number]; value: StagedChunk };
  /** What an undo token puts back. */
  undo: { key: string; value: UndoRow };
}

type UpgradeTx = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;
type Upgrade = (db: IDBPDatabase<Schema>, tx: UpgradeTx) => Promise<void> | void;

/** A tenant ID as every store keeps it: lower case (core's normalizeGuid); anything else unchanged. */
export const tenantKey = (id: string): string => normalizeGuid(id) ?? id;

/** An id for a refund moved next to another with the same id: still at most 64 characters of [\w-]. */
function freeId(id: string, tenantId: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  const base = `${id.slice(0, 20)}-${tenantId}`.slice(0, 60);
  const attempt = async (i: number): Promise<string> => {
    const candidate = i === 0 ? base : `${base}-${i}`;
    return (await taken(candidate)) ? attempt(i + 1) : candidate;
  };
  return attempt(0);
}

export const upgrades: Record<number, Upgrade> = {
  1(db) {
    db.createObjectStore('reservations', { keyPath: 'key' });
    db.createObjectStore('customers', { keyPath: 'tenantId' });
    db.createObjectStore('settings', { keyPath: 'id' });
  },
  // v2: one record per refund, so two tabs adding refunds to the same customer never rewrite each other's record.
  // Refund ids were unique per customer only: a second customer's refund with a taken id gets a new id, never
  // overwrites the first (issue 9).
  async 2(db, tx) {
    const refunds = db.createObjectStore('refunds', { keyPath: 'id' });
    refunds.createIndex('tenantId', 'tenantId');
    const customers = tx.objectStore('customers');
    const store = tx.objectStore('refunds');
    for (let cursor = await customers.openCursor(); cursor; cursor = await cursor.continue()) {
      const { refunds: embedded = [], ...customer } = cursor.value as CustomerRowV1;
      for (const refund of embedded) {
        const taken = async (id: string) => (await store.get(id)) !== undefined;
        const id = (await taken(refund.id)) ? await freeId(refund.id, customer.tenantId, taken) : refund.id;
        await store.put({ ...refund, id, tenantId: customer.tenantId });
      }
      await cursor.update(customer);
    }
  },
  // v3: tenant and reservation IDs lower case everywhere (a customer stored twice in two cases becomes one, its name
  // kept), and the book: imported reservations, the agent's corrections, the last import, staging and undo.
  async 3(db, tx) {
    const customers = tx.objectStore('customers');
    const all = await customers.getAll();
    await customers.clear();
    const joined = new Map<string, Customer>();
    for (const c of all) {
      const tenantId = tenantKey(c.tenantId);
      const known = joined.get(tenantId);
      joined.set(tenantId, { tenantId, name: known?.name || c.name || '' });
    }
    for (const c of joined.values()) await customers.put(c);
    const refunds = tx.objectStore('refunds');
    for (let cursor = await refunds.openCursor(); cursor; cursor = await cursor.continue()) {
      const r = cursor.value;
      const tenantId = tenantKey(r.tenantId);
      const reservationId = r.reservationId && tenantKey(r.reservationId);
      if (tenantId !== r.tenantId || reservationId !== r.reservationId)
        await cursor.update({ ...r, tenantId, ...(reservationId && { reservationId }) });
    }
    const book = db.createObjectStore('book', { keyPath: 'key' });
    book.createIndex('tenantId', 'tenantId');
    book.createIndex('reservationId', 'reservationId');
    book.createIndex('reservationOrderId', 'reservationOrderId');
    db.createObjectStore('corrections', { keyPath: 'reservationId' });
    db.createObjectStore('meta', { keyPath: 'id' });
    db.createObjectStore('staging', { keyPath: ['importId', 'index'] });
    db.createObjectStore('undo', { keyPath: 'token' });
  },
};

export type Db = IDBPDatabase<Schema>;

export interface OpenCallbacks {
  /** Another connection (an older background, another window's) holds an older version open. */
  blocked?(): void;
  /** This connection stands in the way of a newer version: it is closed so the newer one can open. */
  blocking?(): void;
  /** The browser closed the connection (storage cleared, disk error). */
  terminated?(): void;
}

export function openDb(name = dbName, version = currentVersion, callbacks: OpenCallbacks = {}): Promise<Db> {
  return openDB<Schema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) await upgrades[v]!(db, tx);
    },
    blocked: () => callbacks.blocked?.(),
    blocking: () => callbacks.blocking?.(),
    terminated: () => callbacks.terminated?.(),
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
  return settingsOf(await db.get('settings', 'settings'));
}

/** The stored settings row with the defaults for what it does not hold. */
export function settingsOf(row: (Settings & { id: 'settings' }) | undefined): Settings {
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
  return (await db.get('customers', tenantKey(tenantId))) ?? null;
}

export async function putCustomer(db: Db, customer: Customer): Promise<void> {
  await db.put('customers', { ...customer, tenantId: tenantKey(customer.tenantId) });
}

/** Deletes a customer and its refunds together. */
export async function deleteCustomer(db: Db, tenantId: string): Promise<void> {
  const tx = db.transaction(['customers', 'refunds'], 'readwrite');
  const key = tenantKey(tenantId);
  await tx.objectStore('customers').delete(key);
  const refunds = tx.objectStore('refunds').index('tenantId');
  for (let cursor = await refunds.openCursor(key); cursor; cursor = await cursor.continue()) await cursor.delete();
  await tx.done;
}

export async function listRefunds(db: Db, tenantId?: string): Promise<RefundRecord[]> {
  const rows = tenantId
    ? await db.getAllFromIndex('refunds', 'tenantId', tenantKey(tenantId))
    : await db.getAll('refunds');
  return sortedRefunds(rows);
}

/** Refunds in ledger order: by date, then id. */
export const sortedRefunds = (rows: RefundRecord[]): RefundRecord[] =>
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

/** The refund as stored: tenant and reservation IDs lower case. */
export function storedRefund(refund: RefundRecord): RefundRecord {
  return {
    ...refund,
    tenantId: tenantKey(refund.tenantId),
    ...(refund.reservationId && { reservationId: tenantKey(refund.reservationId) }),
  };
}

/** Saves a refund; a customer not seen before is created (without a name) in the same transaction. */
export async function putRefund(db: Db, refund: RefundRecord): Promise<void> {
  const row = storedRefund(refund);
  const tx = db.transaction(['customers', 'refunds'], 'readwrite');
  const customers = tx.objectStore('customers');
  if (!(await customers.get(row.tenantId))) await customers.put({ tenantId: row.tenantId, name: '' });
  await tx.objectStore('refunds').put(row);
  await tx.done;
}

export async function deleteRefund(db: Db, id: string): Promise<void> {
  await db.delete('refunds', id);
}
