// The public shapes of the book, the advisor and the refund plan (docs/portfolio.md). Names and fields are fixed there.
import type {
  CapStatus,
  ErrorCode,
  IsoDate,
  LedgerEntry,
  Money,
  PolicyId,
  RefundEstimate,
  Reservation,
  Result,
} from '../types.js';

export type BookFormat =
  | 'portal-reservations-csv'
  | 'partner-center-reconciliation-csv'
  | 'azure-reservations-json'
  | 'refund-desk-book-json';

export type NeededFact = 'price' | 'billingPlan' | 'start' | 'usdPerUnit' | 'customer' | 'product';

export interface BookFile {
  name: string;
  text: string;
}

export interface RowProblem {
  file: string;
  /** 1 = the first data row (0 for the file as a whole). */
  row: number;
  field?: string;
  code: ErrorCode | 'CONFLICT' | 'UNREADABLE_ROW';
  message: string;
}

export interface BookReservation extends Partial<Reservation> {
  reservationId: string;
  reservationOrderId: string;
  displayName?: string;
  sku?: string;
  region?: string;
  status?: string;
  expiry?: IsoDate;
  /** Percentages as decimal strings. */
  utilization?: { days1?: string; days7?: string; days30?: string };
  /** Per fact: where it came from, e.g. { price: "recon-2026-10.csv row 14 (Subtotal, New)" }. */
  origin: Record<string, string>;
}

export interface BookCustomer {
  /** A lower-case GUID; 'unassigned' when no file named the customer. */
  tenantId: string;
  name?: string;
  ledger: LedgerEntry[];
  reservations: BookReservation[];
}

export interface Book {
  refundDeskBook: 1;
  customers: BookCustomer[];
}

export interface BookImport {
  book: Book;
  files: { name: string; format: BookFormat | 'unknown'; rows: number; used: number; skipped: number }[];
  problems: RowProblem[];
  needs: { tenantId?: string; reservationId: string; fields: NeededFact[] }[];
}

export interface ValueBookRequest {
  date: IsoDate;
  book: Book;
  policy?: PolicyId | 'auto';
  fee?: 'policy' | 'charge';
}

export interface ValuedReservation {
  reservationId: string;
  reservationOrderId: string;
  displayName?: string;
  /** All units, on `date`, with the customer's ledger. */
  estimate: Result<RefundEstimate>;
  /** R-advise.1; 0 when none. */
  suggestedReturn: number;
  suggestedEstimate?: Result<RefundEstimate>;
}

export interface BookValue {
  customers: {
    tenantId: string;
    name?: string;
    cap: CapStatus;
    reservations: ValuedReservation[];
    totals: { refundNowUsd: Money; capUseUsd: Money };
  }[];
}

export type PlanCandidates = 'suggested' | 'all' | { reservationId: string; quantity: number }[];

export interface PlanRequest {
  date: IsoDate;
  book: Book;
  /** One customer; default all. */
  tenantId?: string;
  /** Default 'suggested'. */
  candidates?: PlanCandidates;
  /** Horizon; default each reservation's term end. */
  until?: IsoDate;
  policy?: PolicyId | 'auto';
  fee?: 'policy' | 'charge';
}

export interface PlanAction {
  date: IsoDate;
  reservationId: string;
  reservationOrderId: string;
  quantity: number;
  billingRefundAmount: Money;
  capUse: Money;
  remainingAfter: Money;
}

export type UnplacedReason = ErrorCode | 'NOT_BEFORE_TERM_END' | 'NOT_BEFORE_HORIZON' | 'MISSING_FACTS';

export interface UnplacedUnits {
  reservationId: string;
  quantity: number;
  reason: UnplacedReason;
  exchange: { possible: boolean; minimumSavingsPlanHourly: { P1Y: Money; P3Y: Money } | null };
}

export interface CustomerPlan {
  tenantId: string;
  name?: string;
  recovered: Money;
  /** In date order. */
  actions: PlanAction[];
  unplaced: UnplacedUnits[];
}

export interface RefundPlan {
  date: IsoDate;
  /** USD, Σ capUse. */
  recovered: Money;
  customers: CustomerPlan[];
}
