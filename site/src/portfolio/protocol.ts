// The messages between the page and its worker. The worker holds the book and core's answers; the page receives only
// what it shows, already in words, and asks for a customer's details when they are opened.
import type { Locale } from '@refund-desk/core';
import type { FillableFact } from './strings.js';

/** What the page receives at once: a page of missing facts, a window of a customer's reservations. */
export const NEEDS_PAGE = 10;
export const ROWS_PAGE = 50;
export const PROBLEMS_PAGE = 50;

/** The long lists of a customer, sent a window at a time. */
export type RowList = 'reservations' | 'unplaced';

export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
}

/** What a person typed for one reservation (text as typed; core judges it). */
export interface TypedFacts {
  tenantId: string;
  reservationId: string;
  price?: string;
  currency?: string;
  billingPlan?: string;
  start?: string;
  usdPerUnit?: string;
}

export type ToWorker =
  | { kind: 'import'; id: number; files: FileBytes[]; date: string; locale: Locale }
  | { kind: 'fill'; id: number; facts: TypedFacts[] }
  | { kind: 'date'; id: number; date: string }
  | { kind: 'customer'; id: number; tenantId: string }
  | { kind: 'rows'; id: number; tenantId: string; list: RowList; from: number; count: number }
  | { kind: 'needs'; id: number; from: number; count: number }
  | { kind: 'problems'; id: number; file: string; from: number; count: number }
  | { kind: 'export'; id: number; what: 'plan-csv' | 'book-json' };

export type Stage = 'read' | 'import' | 'value' | 'plan';

export type FromWorker =
  | { kind: 'progress'; id: number; stage: Stage; done: number; total: number }
  | { kind: 'overview'; id: number; overview: Overview }
  | { kind: 'customer'; id: number; detail: CustomerDetail | null }
  | { kind: 'rows'; id: number; tenantId: string; list: 'reservations'; from: number; rows: ReservationRow[] }
  | { kind: 'rows'; id: number; tenantId: string; list: 'unplaced'; from: number; rows: UnplacedRow[] }
  | { kind: 'needs'; id: number; from: number; needs: NeedView[] }
  | { kind: 'problems'; id: number; file: string; from: number; items: ProblemView[] }
  | { kind: 'export'; id: number; name: string; type: string; text: string }
  | { kind: 'failed'; id: number; message: string };

export interface FileView {
  name: string;
  format: string;
  formatText: string;
  encoding: string;
  rows: number;
  used: number;
  skipped: number;
}

export interface ProblemView {
  row: number;
  /** "Row 7" or "The file". */
  where: string;
  /** The column or field the problem names, as the file names it. */
  field?: string;
  code: string;
  /** The sentence in the page's language. */
  text: string;
  /** The import's own detail when the sentence leaves it out (Korean pages). */
  detail?: string;
}

export interface NeedView {
  tenantId: string;
  customer: string;
  reservationId: string;
  name: string;
  /** What the files left missing. */
  fields: string[];
  /** What is missing after the typed facts were added. */
  remaining: string[];
  fillable: FillableFact[];
  typed: TypedFacts;
  /** Core's problems with this reservation's estimate after typing, as sentences. */
  problems: string[];
}

export interface CustomerSummary {
  tenantId: string;
  name: string;
  reservations: number;
  remaining: string;
  refundNow: string;
  recovered: string;
  actions: number;
  unplaced: number;
}

export interface Overview {
  date: string;
  files: FileView[];
  /** Per file, its first problems (the page asks for more): a damaged file may have one on every row. */
  problems: { file: string; items: ProblemView[]; total: number }[];
  /** The first page of what is missing (the page asks for others): a book may lack facts for every reservation. */
  needs: NeedView[];
  needsTotal: number;
  customers: CustomerSummary[];
  totals: { customers: number; reservations: number; recovered: string; actions: number };
  /** Set when core refused the whole request (a date it cannot read). */
  error?: string;
}

export interface ReservationRow {
  reservationId: string;
  reservationOrderId: string;
  name: string;
  product: string;
  units: number;
  outcome: 'allowed' | 'refused' | 'none';
  refundNow: string;
  capUse: string;
  reasons: string[];
  suggested: number;
  suggestedRefund: string;
  suggestedCapUse: string;
}

export interface ActionRow {
  date: string;
  dateText: string;
  reservationId: string;
  name: string;
  quantity: number;
  refund: string;
  capUse: string;
  remainingAfter: string;
}

export interface UnplacedRow {
  reservationId: string;
  name: string;
  quantity: number;
  reason: string;
  exchange: string;
}

export interface TimelineView {
  from: string;
  days: number;
  limitCents: string;
  limit: string;
  steps: { date: string; start: boolean; dateText: string; remainingCents: string; remaining: string; event: string }[];
  lowest: string;
  /** Dates along the axis, as short month names. */
  ticks: { date: string; text: string }[];
}

export interface CustomerDetail {
  tenantId: string;
  name: string;
  remaining: string;
  /** The first rows; the page asks for more as they are shown. */
  reservations: ReservationRow[];
  reservationsTotal: number;
  actions: ActionRow[];
  /** The first groups of units not placed (one per reservation lacking facts, so as many as the reservations). */
  unplaced: UnplacedRow[];
  unplacedTotal: number;
  timeline: TimelineView | null;
}
