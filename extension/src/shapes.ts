// The records the extension keeps. Reservation inputs are kept as the agent typed them; core validates them on use.
import { type ErrorCode, type PolicyId, reservationFieldNames } from '@refund-desk/core';

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
}

/** Session-storage key of the reservation last opened in the portal, for the support-request checklist. */
export const lastReservationKey = 'last-reservation';
/** Session-storage key of the ticked checklist items of one reservation. */
export const checklistKey = (reservationKey: string) => `checklist:${reservationKey}`;
