// A book from untrusted JSON (docs/portfolio.md) → what valueBook and planRefunds estimate. Only the book's shape is
// judged here; a reservation's facts are judged by estimateRefund itself, so a bad fact shows on that reservation's
// estimate and never stops the rest of the book.

import { normalizeGuid } from '../guid.js';
import type { LedgerEntry, Problem } from '../types.js';
import { freezeLedger, isRecord, join, type ParsedLedgerEntry, type Problems, readLedger } from '../validate.js';
import { notHeldProblem } from './held.js';

/** The reservation fields estimateRefund reads; everything else in a book reservation is the book's own. */
const RESERVATION_KEYS = [
  'reservationId',
  'reservationOrderId',
  'product',
  'term',
  'billingPlan',
  'start',
  'quantity',
  'price',
  'currentPrice',
  'usdPerUnit',
  'used',
  'originalQuantity',
] as const;

/** The facts an estimate cannot do without, in words for the message, with the code estimateRefund would give. */
const REQUIRED_FACTS = [
  { key: 'product', words: 'product', code: 'UNKNOWN_PRODUCT' },
  { key: 'term', words: 'term', code: 'INVALID_INPUT' },
  { key: 'billingPlan', words: 'billing plan', code: 'INVALID_INPUT' },
  { key: 'start', words: 'benefit start date', code: 'INVALID_DATE' },
  { key: 'quantity', words: 'quantity', code: 'INVALID_QUANTITY' },
  { key: 'price', words: 'price', code: 'INVALID_AMOUNT' },
] as const;

export interface BookEntry {
  /** Position in the customer's reservations (book order). */
  index: number;
  reservationId: string;
  reservationOrderId: string;
  displayName?: string;
  /** The reservation as estimateRefund takes it: only its own fields, as the book holds them. */
  reservation: Record<string, unknown>;
  /** R-book.3: required facts the book does not hold, each as a problem naming the fact. */
  missing: Problem[];
  /** R-book.12: why the reservation cannot be refunded at all by its status (cancelled, expired, …), or null. */
  notHeld: Problem | null;
  utilization: unknown;
}

export interface BookEntryCustomer {
  tenantId: string;
  name?: string;
  /** A clean, frozen copy of the ledger: estimateRefund reads a frozen ledger once for all the customer's estimates. */
  ledger: readonly LedgerEntry[];
  /** The same entries as day numbers and USD cents, in the same order. */
  parsedLedger: readonly ParsedLedgerEntry[];
  reservations: BookEntry[];
}

function missingFacts(raw: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const fact of REQUIRED_FACTS) {
    if (raw[fact.key] !== undefined && raw[fact.key] !== null) continue;
    problems.push({
      code: fact.code,
      field: `reservation.${fact.key}`,
      message: `${fact.words} is missing: no file in the book gave this reservation's ${fact.words} (R-book.3)`,
    });
  }
  return problems;
}

function readEntry(value: unknown, index: number, path: string, problems: Problems): BookEntry | undefined {
  if (!isRecord(value)) return problems.add('INVALID_INPUT', path, `${path} must be a reservation object`);
  const { reservationId, reservationOrderId, displayName } = value;
  if (typeof reservationId !== 'string') {
    problems.add(
      'INVALID_ID',
      join(path, 'reservationId'),
      `${join(path, 'reservationId')} must be the reservation ID`,
    );
  }
  if (typeof reservationOrderId !== 'string') {
    const at = join(path, 'reservationOrderId');
    problems.add('INVALID_ID', at, `${at} must be the reservation order ID`);
  }
  if (typeof reservationId !== 'string' || typeof reservationOrderId !== 'string') return undefined;
  const reservation: Record<string, unknown> = {};
  for (const key of RESERVATION_KEYS) {
    if (value[key] !== undefined && value[key] !== null) reservation[key] = value[key];
  }
  const entry: BookEntry = {
    index,
    reservationId,
    reservationOrderId,
    reservation,
    missing: missingFacts(value),
    notHeld: notHeldProblem(value.status),
    utilization: value.utilization,
  };
  if (typeof displayName === 'string') entry.displayName = displayName;
  return entry;
}

/** A copy of a ledger that readLedger accepted: plain strings only, frozen so estimateRefund reads it once. */
function cleanLedger(raw: unknown[]): readonly LedgerEntry[] {
  const entries = raw.map((item) => {
    const entry = item as { date: string; amount: { amount: string; currency: string }; reservationId?: string };
    const copy: LedgerEntry = {
      date: entry.date,
      amount: { amount: entry.amount.amount, currency: entry.amount.currency },
    };
    if (typeof entry.reservationId === 'string') copy.reservationId = entry.reservationId;
    return copy;
  });
  return freezeLedger(entries);
}

function readCustomer(value: unknown, path: string, problems: Problems): BookEntryCustomer | undefined {
  if (!isRecord(value)) return problems.add('INVALID_INPUT', path, `${path} must be a customer object`);
  const before = problems.list.length;
  const tenantId = value.tenantId;
  if (typeof tenantId !== 'string' || tenantId === '') {
    problems.add('INVALID_INPUT', join(path, 'tenantId'), `${join(path, 'tenantId')} must be the customer's tenant ID`);
  }
  if (value.name !== undefined && typeof value.name !== 'string') {
    problems.add('INVALID_INPUT', join(path, 'name'), `${join(path, 'name')} must be text`);
  }
  // A customer without a ledger has made no refunds the book knows of.
  const ledgerRaw = value.ledger ?? [];
  const parsedLedger = readLedger(ledgerRaw, join(path, 'ledger'), problems);
  const reservations: BookEntry[] = [];
  if (!Array.isArray(value.reservations)) {
    const at = join(path, 'reservations');
    problems.add('INVALID_INPUT', at, `${at} must be a list of reservations`);
  } else {
    value.reservations.forEach((item, index) => {
      const entry = readEntry(item, index, join(join(path, 'reservations'), index), problems);
      if (entry) reservations.push(entry);
    });
  }
  if (problems.list.length > before || typeof tenantId !== 'string') return undefined;
  const customer: BookEntryCustomer = {
    tenantId,
    ledger: cleanLedger(ledgerRaw as unknown[]),
    parsedLedger,
    reservations,
  };
  if (typeof value.name === 'string') customer.name = value.name;
  return customer;
}

/**
 * A customer listed twice would get two refund limits, and a reservation listed twice its units planned twice
 * (R-cap.1, R-plan.1): each must appear once. IDs are compared as GUIDs (letter case aside).
 */
function checkOnce(customers: readonly BookEntryCustomer[], path: string, problems: Problems): void {
  const tenants = new Map<string, number>();
  const reservations = new Map<string, string>();
  customers.forEach((customer, c) => {
    const tenant = normalizeGuid(customer.tenantId) ?? customer.tenantId;
    const first = tenants.get(tenant);
    const at = join(join(path, c), 'tenantId');
    if (first !== undefined) {
      problems.add(
        'INVALID_INPUT',
        at,
        `${at}: customer ${tenant} is listed twice (${join(path, first)} too); a customer has one refund limit, so the book lists it once (importing the book joins them)`,
      );
    } else tenants.set(tenant, c);
    for (const entry of customer.reservations) {
      const id = normalizeGuid(entry.reservationId) ?? entry.reservationId;
      const where = join(join(join(path, c), 'reservations'), entry.index);
      const seen = reservations.get(id);
      if (seen !== undefined) {
        problems.add(
          'INVALID_INPUT',
          join(where, 'reservationId'),
          `${join(where, 'reservationId')}: reservation ${id} is listed twice (${seen} too), so its units would be counted twice; the book lists it once (importing the book joins them)`,
        );
      } else reservations.set(id, where);
    }
  });
}

/** Reads a book's shape at `path` ("book"); every problem is added with its field path. */
export function readBook(value: unknown, path: string, problems: Problems): BookEntryCustomer[] | undefined {
  if (!isRecord(value)) return problems.add('INVALID_INPUT', path, `${path} must be a book object`);
  if (value.refundDeskBook !== 1) {
    const at = join(path, 'refundDeskBook');
    problems.add('INVALID_INPUT', at, `${at} must be 1 (the book format's version)`);
  }
  if (!Array.isArray(value.customers)) {
    const at = join(path, 'customers');
    return problems.add('INVALID_INPUT', at, `${at} must be a list of customers`);
  }
  const before = problems.list.length;
  const customers: BookEntryCustomer[] = [];
  value.customers.forEach((item, index) => {
    const customer = readCustomer(item, join(join(path, 'customers'), index), problems);
    if (customer) customers.push(customer);
  });
  if (problems.list.length === before) checkOnce(customers, join(path, 'customers'), problems);
  return problems.list.length > before ? undefined : customers;
}
