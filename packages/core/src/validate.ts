// Untrusted JSON → typed requests. Every problem is collected with its field path; nothing throws.
import { type Day, formatDate, parseDate } from './dates.js';
import { isGuid } from './guid.js';
import { type Amount, type Fraction, isCurrency, parseAmount, parseRate } from './money.js';
import { type Policy, policyById, policyInForce } from './policies.js';
import { type Product, productByKey } from './products.js';
import type { BillingPlan, ErrorCode, Problem, Term } from './types.js';

const TERM_YEARS: Record<Term, number> = { P1Y: 1, P3Y: 3, P5Y: 5 };
const MAX_QUANTITY = 1_000_000;

/** Collects problems while a request is read. */
export class Problems {
  readonly list: Problem[] = [];
  add(code: ErrorCode, field: string | undefined, message: string): undefined {
    this.list.push(field === undefined ? { code, message } : { code, field, message });
    return undefined;
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
}

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object' || typeof value === 'function') return 'an object';
  return `${typeof value} ${plainText(value).slice(0, 40)}`;
}

/** Text of a JSON scalar, '' for anything else: String() on an untrusted object can throw ({"toString": 0}). */
export function plainText(value: unknown): string {
  const kind = typeof value;
  return kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'bigint' ? String(value) : '';
}

export function readObject(value: unknown, path: string, problems: Problems): Json | undefined {
  if (isRecord(value)) return value;
  return problems.add(
    'INVALID_INPUT',
    path || undefined,
    `${path || 'the request'} must be an object, not ${describe(value)}`,
  );
}

export function readDate(value: unknown, path: string, problems: Problems): Day | undefined {
  if (typeof value !== 'string') {
    return problems.add('INVALID_DATE', path, `${path} must be a date such as "2025-01-07", not ${describe(value)}`);
  }
  const day = parseDate(value);
  return typeof day === 'string' ? problems.add('INVALID_DATE', path, `${path}: ${day}`) : day;
}

export function readCurrency(value: unknown, path: string, problems: Problems): string | undefined {
  if (typeof value === 'string' && isCurrency(value)) return value;
  return problems.add(
    'INVALID_CURRENCY',
    path,
    `${path} must be an ISO 4217 code such as "USD", not ${describe(value)}`,
  );
}

/** Reads { amount, currency }; `positive` refuses zero, negatives are always refused. */
export function readMoney(
  value: unknown,
  path: string,
  problems: Problems,
  options: { positive: boolean },
): Amount | undefined {
  const money = readObject(value, path, problems);
  if (!money) return undefined;
  const currency = readCurrency(money.currency, join(path, 'currency'), problems);
  const amountPath = join(path, 'amount');
  if (typeof money.amount !== 'string') {
    return problems.add(
      'INVALID_AMOUNT',
      amountPath,
      `${amountPath} must be a decimal string such as "3650.00", not ${describe(money.amount)}`,
    );
  }
  if (!currency) return undefined;
  const amount = parseAmount(money.amount, currency);
  if (typeof amount === 'string') return problems.add('INVALID_AMOUNT', amountPath, `${amountPath}: ${amount}`);
  if (amount.minor < 0n || (options.positive && amount.minor === 0n)) {
    const least = options.positive ? 'greater than zero' : 'zero or more';
    return problems.add('INVALID_AMOUNT', amountPath, `${amountPath} must be ${least}, not "${money.amount}"`);
  }
  return amount;
}

export function readQuantity(value: unknown, path: string, problems: Problems): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_QUANTITY) return value;
  return problems.add(
    'INVALID_QUANTITY',
    path,
    `${path} must be a whole number from 1 to ${MAX_QUANTITY}, not ${describe(value)}`,
  );
}

function readOptionalId(value: unknown, path: string, problems: Problems): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isGuid(value)) return value.toLowerCase();
  return problems.add('INVALID_ID', path, `${path} must be a GUID such as "1b0a2f6e-…", not ${describe(value)}`);
}

export function readProduct(value: unknown, path: string, problems: Problems): Product | undefined {
  const product = typeof value === 'string' ? productByKey(value) : undefined;
  return product ?? problems.add('UNKNOWN_PRODUCT', path, `${path}: no product ${describe(value)} in the catalog`);
}

export function readTerm(value: unknown, path: string, problems: Problems): Term | undefined {
  if (value === 'P1Y' || value === 'P3Y' || value === 'P5Y') return value;
  return problems.add('INVALID_INPUT', path, `${path} must be "P1Y", "P3Y" or "P5Y", not ${describe(value)}`);
}

export function readPlan(value: unknown, path: string, problems: Problems): BillingPlan | undefined {
  if (value === 'Upfront' || value === 'Monthly') return value;
  return problems.add('INVALID_INPUT', path, `${path} must be "Upfront" or "Monthly", not ${describe(value)}`);
}

export function termYears(term: Term): number {
  return TERM_YEARS[term];
}

export interface ParsedReservation {
  reservationId?: string;
  reservationOrderId?: string;
  product: Product;
  term: Term;
  billingPlan: BillingPlan;
  start: Day;
  quantity: number;
  price: Amount;
  currentPrice?: Amount;
  usdRate?: Fraction;
  /** R-refund.2: unknown counts as used. */
  used: boolean;
  /** R-monthly.5: units the order was bought with (= quantity unless some were returned earlier). */
  originalQuantity: number;
}

export function readReservation(value: unknown, path: string, problems: Problems): ParsedReservation | undefined {
  const raw = readObject(value, path, problems);
  if (!raw) return undefined;
  const at = (key: string) => join(path, key);
  const reservationId = readOptionalId(raw.reservationId, at('reservationId'), problems);
  const reservationOrderId = readOptionalId(raw.reservationOrderId, at('reservationOrderId'), problems);
  const product = readProduct(raw.product, at('product'), problems);
  const term = readTerm(raw.term, at('term'), problems);
  const billingPlan = readPlan(raw.billingPlan, at('billingPlan'), problems);
  const start = readDate(raw.start, at('start'), problems);
  const quantity = readQuantity(raw.quantity, at('quantity'), problems);
  const price = readMoney(raw.price, at('price'), problems, { positive: true });
  const currentPrice =
    raw.currentPrice === undefined
      ? undefined
      : readMoney(raw.currentPrice, at('currentPrice'), problems, { positive: true });
  if (price && currentPrice && price.currency !== currentPrice.currency) {
    problems.add(
      'CURRENCY_MISMATCH',
      at('currentPrice.currency'),
      `${at('currentPrice.currency')} must be ${price.currency}, the currency of the price`,
    );
  }
  let usdRate: Fraction | undefined;
  if (raw.usdPerUnit !== undefined) {
    const rate = typeof raw.usdPerUnit === 'string' ? parseRate(raw.usdPerUnit) : 'it must be a decimal string';
    if (typeof rate === 'string') problems.add('INVALID_AMOUNT', at('usdPerUnit'), `${at('usdPerUnit')}: ${rate}`);
    else usdRate = rate;
  }
  if (raw.used !== undefined && typeof raw.used !== 'boolean') {
    problems.add('INVALID_INPUT', at('used'), `${at('used')} must be true or false, not ${describe(raw.used)}`);
  }
  const originalQuantity =
    raw.originalQuantity === undefined
      ? quantity
      : readQuantity(raw.originalQuantity, at('originalQuantity'), problems);
  if (quantity && originalQuantity && originalQuantity < quantity) {
    problems.add(
      'INVALID_QUANTITY',
      at('originalQuantity'),
      `${at('originalQuantity')} is ${originalQuantity}, fewer than the ${quantity} units owned now`,
    );
  }
  if (!product || !term || !billingPlan || start === undefined || !quantity || !price || !originalQuantity) {
    return undefined;
  }
  const parsed: ParsedReservation = {
    product,
    term,
    billingPlan,
    start,
    quantity,
    price,
    used: raw.used !== false,
    originalQuantity,
  };
  if (reservationId) parsed.reservationId = reservationId;
  if (reservationOrderId) parsed.reservationOrderId = reservationOrderId;
  if (currentPrice && currentPrice.currency === price.currency) parsed.currentPrice = currentPrice;
  if (usdRate) parsed.usdRate = usdRate;
  return parsed;
}

/** The units returned: default all, never more than owned. */
export function readReturnQuantity(
  value: unknown,
  path: string,
  owned: number | undefined,
  problems: Problems,
): number | undefined {
  if (value === undefined) return owned;
  const quantity = readQuantity(value, path, problems);
  if (quantity !== undefined && owned !== undefined && quantity > owned) {
    return problems.add('INVALID_QUANTITY', path, `${path} is ${quantity}, more than the ${owned} units owned`);
  }
  return quantity;
}

/** R-policy.1: the policy in force on the date unless the caller names one. */
export function readPolicy(
  value: unknown,
  date: Day | undefined,
  path: string,
  problems: Problems,
): Policy | undefined {
  if (value === undefined || value === 'auto') return date === undefined ? undefined : policyInForce(formatDate(date));
  const policy = typeof value === 'string' ? policyById(value) : undefined;
  return (
    policy ??
    problems.add('UNKNOWN_POLICY', path, `${path} must be "auto", "csp-2018-10", "azure-2020-02" or "azure-2027-02"`)
  );
}

export interface ParsedLedgerEntry {
  date: Day;
  usdCents: bigint;
}

// A frozen ledger cannot change, so it is read once: a batch that applies one ledger to a million rows stays linear.
const frozenLedgers = new WeakMap<
  readonly unknown[],
  { path: string; entries: ParsedLedgerEntry[]; problems: Problem[] }
>();

/** Deep-freezes a ledger so that every request using it shares one reading of it. Returns the same array. */
export function freezeLedger<T extends readonly unknown[]>(ledger: T): T {
  const freeze = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) return;
    Object.freeze(node);
    for (const child of Object.values(node)) freeze(child);
  };
  freeze(ledger);
  return ledger;
}

export function readLedger(value: unknown, path: string, problems: Problems): ParsedLedgerEntry[] {
  if (Array.isArray(value) && Object.isFrozen(value)) {
    let cached = frozenLedgers.get(value);
    if (!cached || cached.path !== path) {
      const own = new Problems();
      cached = { path, entries: readLedgerEntries(value, path, own), problems: own.list };
      frozenLedgers.set(value, cached);
    }
    problems.list.push(...cached.problems);
    return cached.entries;
  }
  return readLedgerEntries(value, path, problems);
}

function readLedgerEntries(value: unknown, path: string, problems: Problems): ParsedLedgerEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add('INVALID_INPUT', path, `${path} must be an array of earlier refunds`);
    return [];
  }
  const entries: ParsedLedgerEntry[] = [];
  value.forEach((item, index) => {
    const at = join(path, index);
    const entry = readObject(item, at, problems);
    if (!entry) return;
    const date = readDate(entry.date, join(at, 'date'), problems);
    const amount = readMoney(entry.amount, join(at, 'amount'), problems, { positive: false });
    readOptionalId(entry.reservationId, join(at, 'reservationId'), problems);
    if (entry.note !== undefined && typeof entry.note !== 'string') {
      problems.add('INVALID_INPUT', join(at, 'note'), `${join(at, 'note')} must be text`);
    }
    if (amount && amount.currency !== 'USD') {
      problems.add(
        'CURRENCY_MISMATCH',
        join(at, 'amount.currency'),
        `${join(at, 'amount.currency')} must be USD (R-cap.3)`,
      );
      return;
    }
    if (date !== undefined && amount) entries.push({ date, usdCents: amount.minor });
  });
  return entries;
}

/** R-time.4: the request date must fall inside the term of `what` (a reservation's path, for messages). */
export function checkInTerm(date: Day, start: Day, end: Day, what: string, problems: Problems): void {
  if (date < start) {
    problems.add(
      'CANCEL_BEFORE_PURCHASE',
      'date',
      `date ${formatDate(date)} is before ${what} starts on ${formatDate(start)}`,
    );
  } else if (date >= end) {
    problems.add(
      'RESERVATION_EXPIRED',
      'date',
      `date ${formatDate(date)} is on or after ${formatDate(end)}, when the term of ${what} ended`,
    );
  }
}
