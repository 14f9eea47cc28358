import { normalizeGuid } from '@refund-desk/core';
import type { Correction, Customer, RefundRecord, Settings } from '../shapes';
import { tenantOf } from './book-store';
import { type BookRow, type Db, settingsOf, sortedRefunds, tenantKey } from './db';

// What a lookup reads, in one read-only transaction (its gets run side by side), kept in memory until the next write.
// The worker may be stopped at any time, so the cache only saves reads: a miss reads the same records again, and
// every write (router.ts) empties it before and after it runs.

export interface LookupFacts {
  row: BookRow;
  correction: Correction | null;
  tenantId: string;
  settings: Settings;
  customer: Customer | null;
  refunds: RefundRecord[];
}

type Ids = { reservationOrderId?: string; reservationId?: string };

let generation = 0;
let cached = new WeakMap<Db, Map<string, LookupFacts | null>>();

/** Counts the writes and change broadcasts: an answer kept from an earlier count may be out of date. */
export function lookupGeneration(): number {
  return generation;
}

/** Forgets every cached lookup (every database): called around each write and on each change broadcast. */
export function forgetLookups(): void {
  generation++;
  cached = new WeakMap();
}

const keyOf = (ids: Ids) => `${tenantKey(ids.reservationOrderId ?? '')}/${tenantKey(ids.reservationId ?? '')}`;

/** The book's row for the ids (by reservation id, else the order's first), its correction, settings, customer, ledger. */
export async function readLookup(db: Db, ids: Ids): Promise<LookupFacts | null> {
  const key = keyOf(ids);
  const known = cached.get(db)?.get(key);
  if (known !== undefined) return known;
  const started = generation;
  const facts = await readOnce(db, ids);
  // A write that ran while this read was open may have changed what it saw: keep it only when none did.
  if (started === generation) {
    const map = cached.get(db) ?? new Map<string, LookupFacts | null>();
    cached.set(db, map);
    map.set(key, facts);
  }
  return facts;
}

async function readOnce(db: Db, ids: Ids): Promise<LookupFacts | null> {
  const tx = db.transaction(['book', 'corrections', 'settings', 'customers', 'refunds'], 'readonly');
  const book = tx.objectStore('book');
  const reservationId = ids.reservationId && tenantKey(ids.reservationId);
  const [rows, byId, settingsRow] = await Promise.all([
    reservationId
      ? book.index('reservationId').getAll(reservationId)
      : book.index('reservationOrderId').getAll(tenantKey(ids.reservationOrderId ?? '')),
    reservationId ? tx.objectStore('corrections').get(reservationId) : undefined,
    tx.objectStore('settings').get('settings'),
  ]);
  const order = ids.reservationOrderId && normalizeGuid(ids.reservationOrderId);
  const row = rows.find((r) => !reservationId || r.reservationOrderId === order) ?? rows[0];
  if (!row) {
    await tx.done;
    return null;
  }
  const correction =
    (row.reservationId === reservationId ? byId : await tx.objectStore('corrections').get(row.reservationId)) ?? null;
  const tenantId = tenantOf(row, correction);
  const assigned = tenantId !== 'unassigned';
  const [customer, refunds] = await Promise.all([
    assigned ? tx.objectStore('customers').get(tenantId) : undefined,
    assigned ? tx.objectStore('refunds').index('tenantId').getAll(tenantId) : [],
  ]);
  await tx.done;
  return {
    row,
    correction,
    tenantId,
    settings: settingsOf(settingsRow),
    customer: customer ?? null,
    refunds: sortedRefunds(refunds),
  };
}
