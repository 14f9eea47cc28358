// The records the extension keeps. Reservation inputs are kept as the agent typed them; core validates them on use.
import { type ErrorCode, type PolicyId, requiredReservationFields, reservationFieldNames } from '@refund-desk/core';

// The form's fields: the reservation's fields named by core, less the IDs (from the URL) and `used` (a checkbox), plus
// the customer whose ledger applies and the quantity to return.
type TypedField = Exclude<(typeof reservationFieldNames)[number], 'reservationId' | 'reservationOrderId' | 'used'>;
const typedFields = reservationFieldNames.filter(
  (field): field is TypedField => field !== 'reservationId' && field !== 'reservationOrderId' && field !== 'used',
);
export const inputFields = [...typedFields, 'customer', 'returnQuantity'] as const;
export type InputField = (typeof inputFields)[number];
export type ReservationInputs = Record<InputField, string> & { used: boolean };

export function emptyInputs(): ReservationInputs {
  const blank = Object.fromEntries(inputFields.map((f) => [f, ''])) as Record<InputField, string>;
  return { ...blank, term: 'P1Y', billingPlan: 'Upfront', currency: 'USD', used: true };
}

/** A value read from the page for one form field, shown as read; it fills the field only when the agent says so. */
export interface Suggestion {
  field: InputField;
  value: string;
  read: string;
}

export interface Customer {
  tenantId: string;
  name: string;
}

export interface RefundRecord {
  id: string;
  tenantId: string;
  date: string;
  /** USD, as a decimal string */
  amount: string;
  reservationId?: string;
  note?: string;
}

export type LangSetting = 'auto' | 'en' | 'ko';
export type PolicySetting = 'auto' | PolicyId;

export interface Settings {
  language: LangSetting;
  policy: PolicySetting;
  whatIfFee: boolean;
  panelCollapsed: boolean;
}

export const defaultSettings: Settings = { language: 'auto', policy: 'auto', whatIfFee: false, panelCollapsed: false };

export interface LedgerFile {
  format: 'refund-desk-ledger';
  version: 1;
  customers: Customer[];
  refunds: RefundRecord[];
}

export interface ImportReport {
  addedRefunds: number;
  addedCustomers: number;
  unchanged: number;
  /** `code` is set when core found the problem, so the page can show core's sentence in the agent's language. */
  problems: { row: number; field?: string; message: string; code?: ErrorCode }[];
  /** Rows that look wrong (over the limit, in the future, not USD): kept only when the import is confirmed. */
  held: { row: number; refund: RefundRecord; flags: PlausibilityFlag[] }[];
}

/** Session-storage key of the reservation last opened in the portal, for the support-request checklist. */
export const lastReservationKey = 'last-reservation';
/** Session-storage key of the ticked checklist items of one reservation. */
export const checklistKey = (reservationKey: string) => `checklist:${reservationKey}`;

// ---- The book (imported facts, the agent's corrections) and the ledger's replies: what the background answers. ----
// Figures are formatted by the background (core runs there); content scripts only show them.

/** A fact the agent may type once for a reservation of the book, kept apart from imported facts. */
export const correctableFacts = [...requiredReservationFields, 'usdPerUnit', 'customer'] as const;
export type CorrectableFact = (typeof correctableFacts)[number];

/** The agent's corrections of one reservation: typed values (core validates them on use) and when each was typed. */
export interface Correction {
  reservationId: string;
  reservationOrderId: string;
  facts: Partial<Record<CorrectableFact, string>>;
  /** Per fact: "corrected by the agent on 2026-12-01". */
  origin: Partial<Record<CorrectableFact, string>>;
}

/** One fact of a reservation as shown: core's name for it, its value, and where it came from. */
export interface BookFact {
  /** The contract path, e.g. "reservation.price.amount". */
  path: string;
  label: string;
  value: string;
  origin: string;
  corrected: boolean;
}

/** One figure: core's label for its contract path, Azure's field name, the value formatted by core. */
export interface FigureView {
  path: string;
  label: string;
  azure: string | null;
  value: string;
  testId: string;
}

/** An estimate as the panels show it (core's estimateRefund with the customer's ledger, formatted). */
export interface EstimateView {
  ok: boolean;
  allowed: boolean;
  quantity: number;
  figures: FigureView[];
  /** core's problems in words: why it is refused, or which facts are missing. */
  reasons: string[];
  /** Set when it is refused only because the canceled future payments count (R-cap.2): the portal may accept it. */
  portalMayAccept: string | null;
  /** What 'refund/record' would keep for this estimate (core's ledgerEntryFromEstimate), or null when not allowed. */
  record: { date: string; amount: string; note: string } | null;
}

export interface HeadroomView {
  remaining: string;
  max: string;
  refills: { date: string; amount: string }[];
}

export type NeededFactName = 'price' | 'billingPlan' | 'start' | 'usdPerUnit' | 'customer' | 'product';

export interface BookLookup {
  reservationId: string;
  reservationOrderId: string;
  displayName?: string;
  /** Every fact known, imported or corrected, with its origin. */
  facts: BookFact[];
  customer: Customer | null;
  correction: Correction | null;
  /** Facts still missing for an estimate, named in words. */
  missing: { fact: NeededFactName; label: string }[];
  estimate: EstimateView;
  /** R-advise.1 (core's valueBook): how many units to return, 0 when none, and that return's estimate. */
  suggested: { quantity: number; estimate: EstimateView | null };
  headroom: HeadroomView | null;
}

export interface BookCustomerView {
  customer: Customer;
  headroom: HeadroomView | null;
  reservations: {
    reservationId: string;
    reservationOrderId: string;
    displayName?: string;
    estimate: EstimateView;
    suggestedReturn: number;
  }[];
  totals: { refundNow: string; capUse: string } | null;
  /** core's planRefunds for this customer: the next refunds, in date order. */
  plan: {
    recovered: string;
    /** One per reservation and day (core's sameDayRefunds): its units, in `refunds` separate refunds. */
    actions: {
      quantity: number;
      refunds: number;
      capUse: string;
      /** The line as the banner shows it, in the agent's language. */
      text: string;
    }[];
    unplaced: { reservationId: string; quantity: number; reason: string }[];
  } | null;
  problems: string[];
}

/** Why an entry looks wrong before it is kept; the agent confirms to keep it anyway. */
export type PlausibilityCode = 'OVER_LIMIT' | 'FUTURE_DATE' | 'NOT_USD';
export interface PlausibilityFlag {
  code: PlausibilityCode;
  message: string;
}

/** A ledger write: saved (with a token that undoes it), or held back until the agent confirms the flags. */
export type SaveReply =
  | { saved: true; refund: RefundRecord; undo: string }
  | { saved: false; flags: PlausibilityFlag[] };

/** What the book holds now, and what its last import left missing (less what the agent has filled since). */
export interface BookStatus {
  customers: number;
  reservations: number;
  importedAt: string | null;
  files: { name: string; format: string; rows: number; used: number; skipped: number }[];
  needs: {
    tenantId?: string;
    reservationId: string;
    reservationOrderId?: string;
    displayName?: string;
    fields: NeededFactName[];
  }[];
}

/** The database as the background sees it: a blocked or failed database is reported, never waited on forever. */
export type DbState = { state: 'ready'; version: number } | { state: 'blocked' | 'failed'; message: string };

/** What changed, broadcast through storage.local under `changeKey` so every tab and page updates without reload. */
export type ChangeKind = 'ledger' | 'customers' | 'book' | 'corrections' | 'settings' | 'inputs' | 'context';
export interface ChangeNotice {
  seq: number;
  what: ChangeKind[];
  tenantIds: string[];
}
export const changeKey = 'refund-desk:change';
