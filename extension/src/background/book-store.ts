import type { Book, BookCustomer, BookReservation, LedgerEntry } from '@refund-desk/core';
import type { BookStatus, Correction, Customer, RefundRecord } from '../shapes';
import { type BookMeta, type BookRow, type Db, type StagedChunk, tenantKey } from './db';
import type { UndoOp } from './undo';

// The book in IndexedDB: imported reservations (as core's importBook made them), the agent's corrections apart, and
// an import written in chunks to a staging store, then swapped in by one transaction: a reload in the middle of an
// import leaves the stored book as it was.

export const bookKey = (tenantId: string, reservationId: string) =>
  `${tenantKey(tenantId)}/${tenantKey(reservationId)}`;

function rowOf(tenantId: string, reservation: BookReservation): BookRow {
  const reservationId = tenantKey(reservation.reservationId);
  const reservationOrderId = tenantKey(reservation.reservationOrderId);
  return {
    key: bookKey(tenantId, reservationId),
    tenantId: tenantKey(tenantId),
    reservationId,
    reservationOrderId,
    reservation: { ...reservation, reservationId, reservationOrderId },
  };
}

/** A stable id for a ledger entry the book seeded (a Cancel row): importing the same file again adds nothing. */
export function seededId(tenantId: string, entry: LedgerEntry): string {
  // The note's first clause names the invoice line ("Seeded from invoice G…, reservation order …"); the file and row
  // after it are left out, so the same line in another copy of the file (";"-separated, renamed) is the same refund.
  const line = (entry.note ?? '').split(':')[0];
  const text = [tenantId, entry.date, entry.amount.amount, entry.amount.currency, entry.reservationId ?? '', line].join(
    '|',
  );
  // FNV-1a, twice with different offsets: an id, not a secret.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return `seed-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

export async function beginImport(db: Db): Promise<void> {
  // An import left half-done by a reload is dropped: only one import runs at a time.
  await db.clear('staging');
}

export async function stageChunk(db: Db, chunk: StagedChunk): Promise<void> {
  await db.put('staging', chunk);
}

/** Swaps the staged book in, in one transaction, and seeds the ledger with the book's entries (Cancel rows). */
export async function commitImport(
  db: Db,
  importId: string,
  chunks: number,
  meta: Omit<BookMeta, 'id' | 'names'>,
): Promise<{ addedRefunds: number; tenants: string[] }> {
  const tx = db.transaction(['staging', 'book', 'customers', 'refunds', 'meta'], 'readwrite');
  const staged = await tx
    .objectStore('staging')
    .getAll(IDBKeyRange.bound([importId, 0], [importId, Number.MAX_SAFE_INTEGER]));
  if (staged.length !== chunks) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error(`the import arrived in ${staged.length} of ${chunks} parts; the book is unchanged, import again`);
  }
  const book = tx.objectStore('book');
  const customers = tx.objectStore('customers');
  const refunds = tx.objectStore('refunds');
  await book.clear();
  const names: Record<string, string> = {};
  let addedRefunds = 0;
  const tenants = new Set<string>();
  const writes: Promise<unknown>[] = [];
  for (const chunk of staged)
    for (const customer of chunk.customers) {
      const tenantId = tenantKey(customer.tenantId);
      tenants.add(tenantId);
      if (customer.name) names[tenantId] = customer.name;
      // Queued without waiting for each one: the transaction runs them in order, and one await below sees them all.
      for (const reservation of customer.reservations) writes.push(book.put(rowOf(tenantId, reservation)));
      if (tenantId === 'unassigned') continue;
      const known = await customers.get(tenantId);
      if (!known || (!known.name && customer.name))
        await customers.put({ tenantId, name: customer.name ?? known?.name ?? '' });
      for (const entry of customer.ledger) {
        const id = seededId(tenantId, entry);
        if (await refunds.get(id)) continue;
        const refund: RefundRecord = {
          id,
          tenantId,
          date: entry.date,
          amount: entry.amount.amount,
          ...(entry.reservationId && { reservationId: tenantKey(entry.reservationId) }),
          ...(entry.note && { note: entry.note.slice(0, 500) }),
        };
        await refunds.put(refund);
        addedRefunds++;
      }
    }
  await Promise.all(writes);
  await tx.objectStore('meta').put({ id: 'book', ...meta, names });
  await tx.objectStore('staging').clear();
  await tx.done;
  return { addedRefunds, tenants: [...tenants] };
}

/** The stored book, imported facts only and ledgers empty (the ledger travels apart), for an import to merge into. */
export async function exportBook(db: Db): Promise<Book> {
  const rows = await db.getAll('book');
  const meta = await db.get('meta', 'book');
  const names = new Map((await db.getAll('customers')).map((c) => [c.tenantId, c.name]));
  const byTenant = new Map<string, BookCustomer>();
  for (const row of rows) {
    let customer = byTenant.get(row.tenantId);
    if (!customer) {
      const name = names.get(row.tenantId) || meta?.names[row.tenantId];
      customer = { tenantId: row.tenantId, ...(name && { name }), ledger: [], reservations: [] };
      byTenant.set(row.tenantId, customer);
    }
    customer.reservations.push(row.reservation);
  }
  return { refundDeskBook: 1, customers: [...byTenant.values()] };
}

/** The book's rows for a reservation (by its id, else every reservation of the order). */
export async function findRows(
  db: Db,
  ids: { reservationOrderId: string; reservationId?: string },
): Promise<BookRow[]> {
  if (ids.reservationId) return db.getAllFromIndex('book', 'reservationId', tenantKey(ids.reservationId));
  return db.getAllFromIndex('book', 'reservationOrderId', tenantKey(ids.reservationOrderId));
}

export async function getCorrection(db: Db, reservationId: string): Promise<Correction | null> {
  return (await db.get('corrections', tenantKey(reservationId))) ?? null;
}

/** The customer a reservation belongs to: the agent's correction first, else the book's. */
export const tenantOf = (row: BookRow, correction: Correction | null): string =>
  tenantKey(correction?.facts.customer?.trim() || row.tenantId);

/** Every row of a customer, with the corrections: the book's rows and those the agent moved to this customer. */
export async function rowsOfTenant(
  db: Db,
  tenantId: string,
): Promise<{ row: BookRow; correction: Correction | null }[]> {
  const key = tenantKey(tenantId);
  const corrections = new Map((await db.getAll('corrections')).map((c) => [c.reservationId, c]));
  const own = await db.getAllFromIndex('book', 'tenantId', key);
  const moved: BookRow[] = [];
  for (const c of corrections.values())
    if (c.facts.customer && tenantKey(c.facts.customer) === key)
      moved.push(...(await db.getAllFromIndex('book', 'reservationId', c.reservationId)));
  const seen = new Set<string>();
  return [...own, ...moved].flatMap((row) => {
    const correction = corrections.get(row.reservationId) ?? null;
    if (seen.has(row.key) || tenantOf(row, correction) !== key) return [];
    seen.add(row.key);
    return [{ row, correction }];
  });
}

/** Saves typed facts ('' removes one) with "corrected by the agent on DATE"; returns what undo puts back. */
export async function putCorrection(
  db: Db,
  ids: { reservationOrderId: string; reservationId: string },
  facts: Correction['facts'],
  today: string,
  token: string,
): Promise<Correction> {
  const reservationId = tenantKey(ids.reservationId);
  const tx = db.transaction(['corrections', 'undo'], 'readwrite');
  const before = (await tx.objectStore('corrections').get(reservationId)) ?? null;
  const next: Correction = {
    reservationId,
    reservationOrderId: tenantKey(ids.reservationOrderId),
    facts: { ...before?.facts },
    origin: { ...before?.origin },
  };
  for (const [fact, raw] of Object.entries(facts) as [keyof Correction['facts'], string][]) {
    const value = fact === 'customer' ? tenantKey(raw.trim()) : raw.trim();
    if (value === '') {
      delete next.facts[fact];
      delete next.origin[fact];
    } else {
      next.facts[fact] = value;
      next.origin[fact] = `corrected by the agent on ${today}`;
    }
  }
  const ops: UndoOp[] = [{ store: 'corrections', key: reservationId, before }];
  await tx.objectStore('corrections').put(next);
  await tx.objectStore('undo').put({ token, createdAt: Date.now(), ops });
  await tx.done;
  return next;
}

/**
 * What the book holds, without reading its reservations (a large book's rows take a long pause to read): counts from
 * the store and its tenant index, and only the rows the needs name.
 */
export async function bookStatus(db: Db): Promise<BookStatus> {
  const tx = db.transaction(['meta', 'book', 'corrections'], 'readonly');
  const book = tx.objectStore('book');
  const [meta, reservations, corrections] = await Promise.all([
    tx.objectStore('meta').get('book'),
    book.count(),
    tx.objectStore('corrections').getAll(),
  ]);
  let customers = 0;
  const tenants = book.index('tenantId');
  for (let cursor = await tenants.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
    if (cursor.key !== 'unassigned') customers++;
  }
  const correctionOf = new Map(corrections.map((c) => [c.reservationId, c]));
  // A fact the agent filled is no longer missing (price with its currency, the customer by tenant).
  const filled = (c: Correction | undefined, field: string) => Boolean(c?.facts[field as keyof Correction['facts']]);
  const open = (meta?.needs ?? []).flatMap((need) => {
    const fields = need.fields.filter((f) => !filled(correctionOf.get(tenantKey(need.reservationId)), f));
    return fields.length ? [{ ...need, fields }] : [];
  });
  const byReservation = book.index('reservationId');
  const rows = await Promise.all(open.map((need) => byReservation.get(tenantKey(need.reservationId))));
  await tx.done;
  return {
    customers,
    reservations,
    importedAt: meta?.importedAt ?? null,
    files: meta?.files ?? [],
    needs: open.map((need, i) => {
      const row = rows[i];
      return {
        ...need,
        ...(row && { reservationOrderId: row.reservationOrderId }),
        ...(row?.reservation.displayName && { displayName: row.reservation.displayName }),
      };
    }),
  };
}

/** Deletes a customer with its refunds, its book rows and their corrections, in one transaction that undo reverses. */
export async function deleteCustomerUndoable(db: Db, tenantId: string, token: string): Promise<void> {
  const key = tenantKey(tenantId);
  const tx = db.transaction(['customers', 'refunds', 'book', 'corrections', 'undo'], 'readwrite');
  const ops: UndoOp[] = [];
  const customer = await tx.objectStore('customers').get(key);
  if (customer) ops.push({ store: 'customers', key, before: customer });
  await tx.objectStore('customers').delete(key);
  const refunds = tx.objectStore('refunds').index('tenantId');
  for (let cursor = await refunds.openCursor(key); cursor; cursor = await cursor.continue()) {
    ops.push({ store: 'refunds', key: cursor.value.id, before: cursor.value });
    await cursor.delete();
  }
  const book = tx.objectStore('book').index('tenantId');
  for (let cursor = await book.openCursor(key); cursor; cursor = await cursor.continue()) {
    ops.push({ store: 'book', key: cursor.value.key, before: cursor.value });
    const correction = await tx.objectStore('corrections').get(cursor.value.reservationId);
    if (correction) {
      ops.push({ store: 'corrections', key: correction.reservationId, before: correction });
      await tx.objectStore('corrections').delete(correction.reservationId);
    }
    await cursor.delete();
  }
  await tx.objectStore('undo').put({ token, createdAt: Date.now(), ops });
  await tx.done;
}

/** Saves a refund (a new customer is created, without a name) with what undo puts back. */
export async function putRefundUndoable(db: Db, refund: RefundRecord, token: string): Promise<void> {
  const tx = db.transaction(['customers', 'refunds', 'undo'], 'readwrite');
  const ops: UndoOp[] = [];
  const customers = tx.objectStore('customers');
  if (!(await customers.get(refund.tenantId))) {
    const blank: Customer = { tenantId: refund.tenantId, name: '' };
    ops.push({ store: 'customers', key: refund.tenantId, before: null });
    await customers.put(blank);
  }
  ops.push({ store: 'refunds', key: refund.id, before: (await tx.objectStore('refunds').get(refund.id)) ?? null });
  await tx.objectStore('refunds').put(refund);
  await tx.objectStore('undo').put({ token, createdAt: Date.now(), ops });
  await tx.done;
}

export async function deleteRefundUndoable(db: Db, id: string, token: string): Promise<string | null> {
  const tx = db.transaction(['refunds', 'undo'], 'readwrite');
  const before = (await tx.objectStore('refunds').get(id)) ?? null;
  await tx.objectStore('refunds').delete(id);
  await tx.objectStore('undo').put({ token, createdAt: Date.now(), ops: [{ store: 'refunds', key: id, before }] });
  await tx.done;
  return before?.tenantId ?? null;
}
