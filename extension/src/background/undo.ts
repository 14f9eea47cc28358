import type { Db, UndoRow } from './db';

// Undo: a change saves, in its own transaction, each record it touches as it was; the token puts them back. Tokens
// are random (a page cannot guess another's) and kept for a day.
const keepMs = 24 * 60 * 60 * 1000;

export type UndoOp = UndoRow['ops'][number];
type Stores = UndoOp['store'];

/** The transaction's stores a change needs, plus the undo store. */
export const withUndo = <S extends Stores>(...stores: S[]) => [...stores, 'undo' as const];

export async function applyUndo(db: Db, token: string, now = Date.now()): Promise<string[]> {
  const tx = db.transaction(['refunds', 'customers', 'corrections', 'book', 'undo'], 'readwrite');
  const row = await tx.objectStore('undo').get(token);
  if (!row || now - row.createdAt > keepMs) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error('This change can no longer be undone.');
  }
  // Put back in reverse order, so a record touched twice ends as it first was.
  for (const op of [...row.ops].reverse()) {
    const store = tx.objectStore(op.store);
    if (op.before === null) await store.delete(op.key);
    else await store.put(op.before as never);
  }
  await tx.objectStore('undo').delete(token);
  // Old tokens go: the store stays small.
  for (let cursor = await tx.objectStore('undo').openCursor(); cursor; cursor = await cursor.continue())
    if (now - cursor.value.createdAt > keepMs) await cursor.delete();
  await tx.done;
  const tenants = row.ops.flatMap((op) => {
    const before = op.before as { tenantId?: string } | null;
    return before?.tenantId ? [before.tenantId] : [];
  });
  return [...new Set(tenants)];
}
