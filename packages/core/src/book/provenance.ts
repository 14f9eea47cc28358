// Where each fact of the book came from (R-book.1), and which source wins when two disagree (R-book.2).
import type { LedgerEntry } from '../types.js';
import type { RowProblem } from './types.js';

/** The facts a reservation of the book can hold, each with its origin; `customer` is the tenant ID. */
export type FactKey =
  | 'product'
  | 'term'
  | 'billingPlan'
  | 'start'
  | 'quantity'
  | 'price'
  | 'usdPerUnit'
  | 'originalQuantity'
  | 'displayName'
  | 'sku'
  | 'region'
  | 'status'
  | 'expiry'
  | 'utilization.days1'
  | 'utilization.days7'
  | 'utilization.days30'
  | 'customer'
  | 'customerName';

export type SourceKind = 'book' | 'api' | 'portal' | 'reconciliation';

export interface Fact {
  value: unknown;
  origin: string;
  source: SourceKind;
  file: string;
  /** 1 = the first data row (or item); 0 for the book's own facts. */
  row: number;
  /** For a price: how many units it is the price of, when its row says (R-book.13). */
  units?: number;
}

/** The facts one row (or item) of one file gives about one reservation. */
export interface ReservationFacts {
  reservationOrderId: string;
  /** Absent in the reconciliation file, which names orders only. */
  reservationId?: string;
  facts: Partial<Record<FactKey, Fact>>;
}

/** A refund found on an invoice (a Cancel line), for the customer's ledger. */
export interface SeededRefund {
  tenantId?: string;
  reservationOrderId: string;
  entry: LedgerEntry;
  /** Same refund whatever the file's name: invoice, order, date and amount. */
  key: string;
}

/** What one reader made of one file. */
export interface FileReading {
  reservations: ReservationFacts[];
  refunds: SeededRefund[];
  problems: RowProblem[];
  rows: number;
  used: number;
  skipped: number;
}

/** "recon-2026-10.csv row 14 (Subtotal, New)": the file, the data row and the column, with a detail if any. */
export function originText(file: string, row: number, column: string, detail?: string): string {
  return `${file} row ${row} (${column}${detail ? `, ${detail}` : ''})`;
}

const PRICE_FACTS: ReadonlySet<FactKey> = new Set(['price', 'usdPerUnit', 'customer', 'customerName']);

/**
 * R-book.2: how much a source is trusted for a fact (higher wins). The book being merged into always wins (nothing
 * in it is overwritten). For the reservation's own facts: the API's JSON, then the portal export, then the
 * invoice; for prices, rates and the customer: the invoice first.
 */
export function authority(source: SourceKind, key: FactKey): number {
  if (source === 'book') return 100;
  if (PRICE_FACTS.has(key)) return source === 'reconciliation' ? 3 : source === 'api' ? 2 : 1;
  return source === 'api' ? 3 : source === 'portal' ? 2 : 1;
}
