// Untrusted JSON → typed requests. Every problem is collected with its field path; nothing throws.
import { addMonths, type Day, formatDate, parseDate, plainDay } from './dates.js';
import { isGuid } from './guid.js';
import {
  type Amount,
  currencyDigits,
  digitsOf,
  EXACT_INTEGERS,
  type Fraction,
  isCurrency,
  parseAmountIn,
  parseRate,
  plainMinorUnits,
  smallMinorRead,
  textReadFor,
} from './money.js';
import { type Policy, policies, policyById, policyInForce } from './policies.js';
import { type Product, products } from './products.js';
import type { BillingPlan, ErrorCode, Problem, Term } from './types.js';

const TERM_YEARS: Record<Term, number> = { P1Y: 1, P3Y: 3, P5Y: 5 };
const MAX_QUANTITY = 1_000_000;
/** R-cap.3: a ledger counts USD, whose minor digits are read once. */
const USD_DIGITS = currencyDigits('USD');
const POSITIVE = { positive: true } as const;
const NOT_NEGATIVE = { positive: false } as const;

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
  // A number as it is ("not 0"); anything else with its kind ("the value true").
  if (typeof value === 'number') return plainText(value).slice(0, 40);
  return `the value ${plainText(value).slice(0, 40)}`;
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
  // The field paths are joined only when a problem names them.
  const code = money.currency;
  const digits = typeof code === 'string' ? digitsOf(code) : undefined;
  const currency = digits !== undefined ? (code as string) : readCurrency(code, join(path, 'currency'), problems);
  const text = money.amount;
  if (typeof text !== 'string') {
    const amountPath = join(path, 'amount');
    return problems.add(
      'INVALID_AMOUNT',
      amountPath,
      `${amountPath} must be a decimal string such as "3650.00", not ${describe(text)}`,
    );
  }
  if (!currency || digits === undefined) return undefined;
  const amount = parseAmountIn(text, currency, digits);
  if (typeof amount === 'string') {
    const amountPath = join(path, 'amount');
    return problems.add('INVALID_AMOUNT', amountPath, `${amountPath}: ${amount}`);
  }
  if (amount.minor < 0n || (options.positive && amount.minor === 0n)) {
    const amountPath = join(path, 'amount');
    const least = options.positive ? 'greater than zero' : 'zero or more';
    return problems.add('INVALID_AMOUNT', amountPath, `${amountPath} must be ${least}, not "${text}"`);
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

// The catalog by key, built on first use: a lookup per request instead of a scan of the list.
let productIndex: Map<string, Product> | undefined;

function productOf(key: string): Product | undefined {
  if (!productIndex) {
    productIndex = new Map();
    for (const product of products) if (!productIndex.has(product.key)) productIndex.set(product.key, product);
  }
  return productIndex.get(key);
}

export function readProduct(value: unknown, path: string, problems: Problems): Product | undefined {
  const product = typeof value === 'string' ? productOf(value) : undefined;
  return product ?? problems.add('UNKNOWN_PRODUCT', path, `${path}: no product ${describe(value)} in the catalog`);
}

// The readers of a few fixed words return the word as written here, not the request's copy: a word of the source
// is one shared string, so later comparisons and lookups by it are the cheap ones.
export function readTerm(value: unknown, path: string, problems: Problems): Term | undefined {
  if (value === 'P1Y') return 'P1Y';
  if (value === 'P3Y') return 'P3Y';
  if (value === 'P5Y') return 'P5Y';
  return problems.add('INVALID_INPUT', path, `${path} must be "P1Y", "P3Y" or "P5Y", not ${describe(value)}`);
}

export function readPlan(value: unknown, path: string, problems: Problems): BillingPlan | undefined {
  if (value === 'Upfront') return 'Upfront';
  if (value === 'Monthly') return 'Monthly';
  return problems.add('INVALID_INPUT', path, `${path} must be "Upfront" or "Monthly", not ${describe(value)}`);
}

export function termYears(term: Term): number {
  return term === 'P1Y' ? 1 : term === 'P3Y' ? 3 : TERM_YEARS[term];
}

/** R-time.3: the days a term runs, start included and end excluded. */
export interface TermSpan {
  readonly start: Day;
  readonly end: Day;
  readonly termDays: number;
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
  /** R-time.3: the term's days, worked out once when the reservation is read. */
  span: TermSpan;
  /** The price as given when that is already its contract text (amountString), so results need not build it again. */
  priceText?: string | undefined;
  /** price.minor and currentPrice.minor as exact integer numbers when below 10^15; NaN otherwise (small-refund.ts). */
  priceSmall: number;
  currentPriceSmall: number;
  /** usdRate as exact integer numbers when both parts are below 2^53; undefined otherwise or without a rate. */
  usdRateSmall: { readonly num: number; readonly den: number } | undefined;
}

/** The field paths of a reservation at `path`, joined once per path instead of once per request. */
interface ReservationPaths {
  reservationId: string;
  reservationOrderId: string;
  product: string;
  term: string;
  billingPlan: string;
  start: string;
  quantity: string;
  price: string;
  currentPrice: string;
  currentPriceCurrency: string;
  usdPerUnit: string;
  used: string;
  originalQuantity: string;
}

const reservationPathCache = new Map<string, ReservationPaths>();
let lastPaths: ReservationPaths | undefined;
let lastPath = '';

function reservationPaths(path: string): ReservationPaths {
  if (path === lastPath && lastPaths) return lastPaths;
  let paths = reservationPathCache.get(path);
  if (paths) {
    lastPath = path;
    lastPaths = paths;
    return paths;
  }
  const at = (key: string) => join(path, key);
  paths = {
    reservationId: at('reservationId'),
    reservationOrderId: at('reservationOrderId'),
    product: at('product'),
    term: at('term'),
    billingPlan: at('billingPlan'),
    start: at('start'),
    quantity: at('quantity'),
    price: at('price'),
    currentPrice: at('currentPrice'),
    currentPriceCurrency: at('currentPrice.currency'),
    usdPerUnit: at('usdPerUnit'),
    used: at('used'),
    originalQuantity: at('originalQuantity'),
  };
  // Paths are few ('reservation', 'returns[0].reservation', …); a bounded cache keeps odd callers from growing it.
  if (reservationPathCache.size < 256) reservationPathCache.set(path, paths);
  return paths;
}

/** R-time.3: the term ends on the same month and day 1, 3 or 5 years later, clamped to the month's end. */
function termSpanOf(start: Day, term: Term): TermSpan {
  const end = addMonths(start, 12 * termYears(term));
  return { start, end, termDays: end - start };
}

/** Whether `value` and everything inside it is frozen: then it can never change, and what is read from it can be kept. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key);
    // A getter may answer differently each time, frozen or not: such an object is read afresh every time.
    if (!property || !('value' in property) || !isDeepFrozen(property.value)) return false;
  }
  return true;
}

// A deep-frozen reservation cannot change, so it is read once (like a frozen ledger): a planner or a batch that asks
// about one reservation on many days or quantities does not validate it again each time.
const frozenReservations = new WeakMap<
  object,
  { path: string; parsed: ParsedReservation | undefined; problems: Problem[] }
>();

export function readReservation(value: unknown, path: string, problems: Problems): ParsedReservation | undefined {
  if (typeof value === 'object' && value !== null && Object.isFrozen(value)) {
    const cached = frozenReservations.get(value);
    if (cached && cached.path === path) {
      for (const problem of cached.problems) problems.list.push(problem);
      return cached.parsed;
    }
    if (isDeepFrozen(value)) {
      const own = new Problems();
      const parsed = readReservationFields(value, path, own);
      frozenReservations.set(value, { path, parsed, problems: own.list });
      for (const problem of own.list) problems.list.push(problem);
      return parsed;
    }
  }
  return readReservationFields(value, path, problems);
}

function readReservationFields(value: unknown, path: string, problems: Problems): ParsedReservation | undefined {
  const raw = readObject(value, path, problems);
  if (!raw) return undefined;
  const at = reservationPaths(path);
  const reservationId = readOptionalId(raw.reservationId, at.reservationId, problems);
  const reservationOrderId = readOptionalId(raw.reservationOrderId, at.reservationOrderId, problems);
  const product = readProduct(raw.product, at.product, problems);
  const term = readTerm(raw.term, at.term, problems);
  const billingPlan = readPlan(raw.billingPlan, at.billingPlan, problems);
  const start = readDate(raw.start, at.start, problems);
  const quantity = readQuantity(raw.quantity, at.quantity, problems);
  const price = readMoney(raw.price, at.price, problems, POSITIVE);
  const priceText = price && textReadFor(price);
  const priceSmall = price ? smallMinorRead(price) : Number.NaN;
  const currentPrice =
    raw.currentPrice === undefined ? undefined : readMoney(raw.currentPrice, at.currentPrice, problems, POSITIVE);
  const currentPriceSmall = currentPrice ? smallMinorRead(currentPrice) : Number.NaN;
  if (price && currentPrice && price.currency !== currentPrice.currency) {
    problems.add(
      'CURRENCY_MISMATCH',
      at.currentPriceCurrency,
      `${at.currentPriceCurrency} must be ${price.currency}, the currency of the price`,
    );
  }
  let usdRate: Fraction | undefined;
  if (raw.usdPerUnit !== undefined) {
    const rate = typeof raw.usdPerUnit === 'string' ? parseRate(raw.usdPerUnit) : 'it must be a decimal string';
    if (typeof rate === 'string') problems.add('INVALID_AMOUNT', at.usdPerUnit, `${at.usdPerUnit}: ${rate}`);
    else usdRate = rate;
  }
  if (raw.used !== undefined && typeof raw.used !== 'boolean') {
    problems.add('INVALID_INPUT', at.used, `${at.used} must be true or false, not ${describe(raw.used)}`);
  }
  const originalQuantity =
    raw.originalQuantity === undefined ? quantity : readQuantity(raw.originalQuantity, at.originalQuantity, problems);
  if (quantity && originalQuantity && originalQuantity < quantity) {
    problems.add(
      'INVALID_QUANTITY',
      at.originalQuantity,
      `${at.originalQuantity} is ${originalQuantity}, fewer than the ${quantity} units owned now`,
    );
  }
  if (!product || !term || !billingPlan || start === undefined || !quantity || !price || !originalQuantity) {
    return undefined;
  }
  const sameCurrency = currentPrice !== undefined && currentPrice.currency === price.currency;
  // Every field is present (undefined when absent), so that every parsed reservation has one shape.
  return {
    reservationId,
    reservationOrderId,
    product,
    term,
    billingPlan,
    start,
    quantity,
    price,
    currentPrice: sameCurrency ? currentPrice : undefined,
    usdRate,
    used: raw.used !== false,
    originalQuantity,
    span: termSpanOf(start, term),
    priceText,
    priceSmall,
    currentPriceSmall: sameCurrency ? currentPriceSmall : Number.NaN,
    usdRateSmall: usdRate && smallFraction(usdRate),
  };
}

const EXACT_BIG = BigInt(EXACT_INTEGERS);

/** A rate (not money) as exact integer numbers, when both its parts are below 2^53. */
function smallFraction(rate: Fraction): { num: number; den: number } | undefined {
  return rate.num < EXACT_BIG && rate.den < EXACT_BIG ? { num: Number(rate.num), den: Number(rate.den) } : undefined;
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

// R-policy.1 by day number: the policies' first days, read once. policyInForce compares ISO texts, which order like the
// days for years 0000–9999; outside those years the text comparison is kept as it is.
const FIRST_PLAIN_YEAR_DAY = -719_528; // 0000-01-01
const LAST_PLAIN_YEAR_DAY = 2_932_896; // 9999-12-31
let policyDays: { from: Day; policy: Policy }[] | undefined;

function policyInForceOn(date: Day): Policy {
  if (date < FIRST_PLAIN_YEAR_DAY || date > LAST_PLAIN_YEAR_DAY) return policyInForce(formatDate(date));
  policyDays ??= policies.map((policy) => ({ from: parseDate(policy.inForceFrom) as Day, policy }));
  let chosen = policyDays[0]!.policy;
  for (const entry of policyDays) if (entry.from <= date) chosen = entry.policy;
  return chosen;
}

/** R-policy.1: the policy in force on the date unless the caller names one. */
export function readPolicy(
  value: unknown,
  date: Day | undefined,
  path: string,
  problems: Problems,
): Policy | undefined {
  if (value === undefined || value === 'auto') return date === undefined ? undefined : policyInForceOn(date);
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
/** The readings of frozen ledgers: shared by every call, never changed, so what is derived from them can be kept. */
const sharedReadings = new WeakSet<readonly ParsedLedgerEntry[]>();

/** Deep-freezes a ledger so that every request using it shares one reading of it. Returns the same array. */
export function freezeLedger<T extends readonly unknown[]>(ledger: T): T {
  deepFreeze(ledger);
  return ledger;
}

/** Freezes `node` and everything inside it. */
export function deepFreeze<T>(node: T): T {
  if (typeof node !== 'object' || node === null || Object.isFrozen(node)) return node;
  Object.freeze(node);
  for (const child of Object.values(node)) deepFreeze(child);
  return node;
}

/** Whether `entries` is the shared reading of a frozen ledger (the same array for every call that passes it). */
export function isSharedLedger(entries: readonly ParsedLedgerEntry[]): boolean {
  return sharedReadings.has(entries);
}

export function readLedger(value: unknown, path: string, problems: Problems): ParsedLedgerEntry[] {
  if (Array.isArray(value) && Object.isFrozen(value)) {
    let cached = frozenLedgers.get(value);
    if ((!cached || cached.path !== path) && isDeepFrozen(value)) {
      const own = new Problems();
      cached = { path, entries: readLedgerEntries(value, path, own), problems: own.list };
      sharedReadings.add(cached.entries);
      frozenLedgers.set(value, cached);
    }
    if (cached && cached.path === path) {
      for (const problem of cached.problems) problems.list.push(problem);
      return cached.entries;
    }
  }
  return readLedgerEntries(value, path, problems);
}

/** A ledger entry that is plainly valid, read without building its field paths; undefined sends it to the full check. */
function plainEntry(item: unknown): ParsedLedgerEntry | undefined {
  if (!isRecord(item)) return undefined;
  const { date, amount, reservationId, note } = item;
  if (typeof date !== 'string' || !isRecord(amount) || amount.currency !== 'USD' || typeof amount.amount !== 'string') {
    return undefined;
  }
  if (reservationId !== undefined && !(typeof reservationId === 'string' && isGuid(reservationId))) return undefined;
  if (note !== undefined && typeof note !== 'string') return undefined;
  // The lean readers: a ledger may hold thousands of entries, each read for its day and cents only.
  const day = plainDay(date);
  if (day === undefined) return undefined;
  const cents = plainMinorUnits(amount.amount, USD_DIGITS);
  if (cents === undefined || cents < 0n) return undefined;
  return { date: day, usdCents: cents };
}

/** The reading of an absent ledger, shared: frozen, so nothing can add to it. */
const NO_ENTRIES: ParsedLedgerEntry[] = Object.freeze([]) as unknown as ParsedLedgerEntry[];

function readLedgerEntries(value: unknown, path: string, problems: Problems): ParsedLedgerEntry[] {
  if (value === undefined) return NO_ENTRIES;
  if (!Array.isArray(value)) {
    problems.add('INVALID_INPUT', path, `${path} must be an array of earlier refunds`);
    return [];
  }
  const entries: ParsedLedgerEntry[] = [];
  value.forEach((item, index) => {
    const plain = plainEntry(item);
    if (plain) {
      entries.push(plain);
      return;
    }
    const at = join(path, index);
    const entry = readObject(item, at, problems);
    if (!entry) return;
    const date = readDate(entry.date, join(at, 'date'), problems);
    const amount = readMoney(entry.amount, join(at, 'amount'), problems, NOT_NEGATIVE);
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
