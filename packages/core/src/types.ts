// The public shapes of docs/contract.md. Names and fields here are fixed by the contract.
import type { StepKey } from './messages/en.js';
import type { PolicyId } from './parameters.js';
import type { RuleId } from './rules.js';

export type { PolicyId, RuleId, StepKey };

export type Money = { amount: string; currency: string };
export type IsoDate = string;
export type Term = 'P1Y' | 'P3Y' | 'P5Y';
export type BillingPlan = 'Upfront' | 'Monthly';
export type Locale = 'en' | 'ko';

export type ProductKey =
  | 'virtual-machines'
  | 'dedicated-host'
  | 'app-service'
  | 'azure-vmware-solution'
  | 'sql-database'
  | 'sql-managed-instance'
  | 'sql-elastic-pool'
  | 'cosmos-db'
  | 'blob-storage'
  | 'managed-disks'
  | 'red-hat-plan'
  | 'suse-linux-plan'
  | 'databricks-prepurchase'
  | 'savings-plan-compute';

export type InputErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_DATE'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_QUANTITY'
  | 'INVALID_ID'
  | 'UNKNOWN_PRODUCT'
  | 'UNKNOWN_POLICY'
  | 'CURRENCY_MISMATCH'
  | 'FX_RATE_REQUIRED'
  | 'CANCEL_BEFORE_PURCHASE'
  | 'RESERVATION_EXPIRED';

export type PolicyErrorCode =
  | 'REFUND_LIMIT_EXCEEDED'
  | 'NOT_REFUNDABLE'
  | 'NOT_EXCHANGEABLE'
  | 'EXCHANGE_INSUFFICIENT_COMMITMENT'
  | 'EXCHANGE_DIFFERENT_FAMILY'
  | 'EXCHANGE_NOT_ALLOWED';

export type ErrorCode = InputErrorCode | PolicyErrorCode;

/** `field` is a JSON path such as "reservation.price.amount" or "returns[0].quantity". */
export interface Problem {
  code: ErrorCode;
  field?: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

export interface Reservation {
  reservationId?: string;
  reservationOrderId?: string;
  product: ProductKey;
  term: Term;
  billingPlan: BillingPlan;
  start: IsoDate;
  quantity: number;
  price: Money;
  currentPrice?: Money;
  usdPerUnit?: string;
  used?: boolean;
  /** Units the order was bought with, when some were returned earlier (R-monthly.5); ≥ quantity. */
  originalQuantity?: number;
}

export interface LedgerEntry {
  date: IsoDate;
  amount: Money;
  reservationId?: string;
  note?: string;
}

export interface RefundRequest {
  date: IsoDate;
  reservation: Reservation;
  quantity?: number;
  ledger?: LedgerEntry[];
  policy?: PolicyId | 'auto';
  fee?: 'policy' | 'charge';
}

export interface PolicyRef {
  id: PolicyId;
  title: string;
  inForceFrom: IsoDate;
  source: string;
}

/**
 * The contract's `{ rule: string; key: string; params }`, narrowed: `rule` is a rule id of the index and `key` a
 * message of both catalogs, so a step citing an unknown rule or a missing message fails the typecheck. Same JSON.
 */
/** Read-only: results may share a step (the policy's, the window's) when it says the same (policies.ts, refund.ts). */
export interface Step {
  readonly rule: RuleId;
  readonly key: StepKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A step as read back from JSON (explain() accepts any, and shows unknown ones by rule and key). */
export interface StepLike {
  rule: string;
  key: string;
  params: Record<string, string | number>;
}

export interface BillingInformation {
  billingPlan: BillingPlan;
  completedTransactions: number;
  totalTransactions: number;
  billingCurrencyTotalPaidAmount: Money;
  billingCurrencyProratedAmount: Money;
  billingCurrencyRemainingCommitmentAmount: Money;
}

export interface RefundEstimate {
  policy: PolicyRef;
  allowed: boolean;
  quantity: number;
  termDays: number;
  elapsedDays: number;
  remainingDays: number;
  priceBasis: 'purchase' | 'current';
  fullCredit: boolean;
  billingRefundAmount: Money;
  earlyTerminationFee: Money;
  billingInformation: BillingInformation;
  pricingRefundAmount: Money;
  policyResult: {
    capUse: Money;
    consumedRefundsTotal: Money;
    maxRefundLimit: Money;
    remainingAfter: Money;
    maxQuantityNow: number;
    fitsOn: IsoDate | null;
    errors: Problem[];
    /** Refused, yet it would fit if only the refund paid now counted (R-cap.2). */
    refusedByFuturePayments: boolean;
  };
  steps: Step[];
}

export interface ExchangeReturn {
  reservation: Reservation;
  quantity?: number;
}

export interface ExchangePurchase {
  product: ProductKey;
  term: Term;
  billingPlan: BillingPlan;
  price: Money;
}

export interface ExchangeRequest {
  date: IsoDate;
  returns: ExchangeReturn[];
  purchases: ExchangePurchase[];
  policy?: PolicyId | 'auto';
}

export interface ExchangeEstimate {
  policy: PolicyRef;
  allowed: boolean;
  refundsTotal: Money;
  purchasesTotal: Money;
  netPayable: Money;
  reservationsToExchange: {
    reservationId?: string;
    quantity: number;
    billingRefundAmount: Money;
    billingInformation: BillingInformation;
  }[];
  /** Trade-in sizing (R-exchange.7); null unless every return is of the compute family. */
  minimumSavingsPlanHourly: { P1Y: Money; P3Y: Money } | null;
  policyResult: { errors: Problem[] };
  steps: Step[];
}

export interface CapRequest {
  date: IsoDate;
  ledger: LedgerEntry[];
}

export interface CapStatus {
  consumedRefundsTotal: Money;
  maxRefundLimit: Money;
  remaining: Money;
  refills: { date: IsoDate; amount: Money }[];
}

export interface ChecklistRequest {
  action: 'refund' | 'exchange';
  reservation?: Partial<Reservation>;
  customer?: string;
  estimate?: RefundEstimate | ExchangeEstimate;
  locale?: Locale;
  /** The request date for the description; default the estimate's date. The clock is never read. */
  date?: IsoDate;
}

export interface ChecklistItem {
  id: string;
  title: string;
  detail: string;
  value?: string;
}

export interface Checklist {
  items: ChecklistItem[];
  description: string;
}

export interface PortalIds {
  reservationOrderId: string;
  reservationId?: string;
  tenant?: string;
}
