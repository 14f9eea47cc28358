import type { BookReservation, LedgerEntry } from '@refund-desk/core';
import type { BookStatus } from '../shapes';

// The records of the book's stores (db.ts), apart so that the schema file stays about versions.

/** One reservation of the book: `key` is "<tenant>/<reservation>", tenant 'unassigned' when no file named it. */
export interface BookRow {
  key: string;
  tenantId: string;
  reservationId: string;
  reservationOrderId: string;
  reservation: BookReservation;
}

/** The last import: its files and what it left missing. */
export interface BookMeta {
  id: 'book';
  importedAt: string;
  files: BookStatus['files'];
  needs: { tenantId?: string; reservationId: string; fields: BookStatus['needs'][number]['fields'] }[];
  /** Names the book gave its customers, for customers the ledger does not know yet. */
  names: Record<string, string>;
}

/** A part of an import waiting for its commit. */
export interface StagedChunk {
  importId: string;
  index: number;
  customers: { tenantId: string; name?: string; ledger: LedgerEntry[]; reservations: BookReservation[] }[];
}

/** What to put back when a token is used: each record as it was before (null: it did not exist). */
export interface UndoRow {
  token: string;
  createdAt: number;
  ops: { store: 'refunds' | 'customers' | 'corrections' | 'book'; key: string; before: unknown }[];
}
