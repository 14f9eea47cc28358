// Joined facts → the book (portfolio.md's shapes). Merged into a book, nothing of it is lost or overwritten: its
// customers, their ledgers and every field of its reservations stay; files only add what the book does not hold.
import type { LedgerEntry } from '../types.js';
import type { Draft, Join } from './join.js';
import type { Fact, FactKey, SeededRefund } from './provenance.js';
import type { Book, BookCustomer, BookReservation } from './types.js';

export const UNASSIGNED = 'unassigned';

/** The reservation fields that are facts, and where each one goes in a BookReservation. */
export const FACT_FIELDS: readonly FactKey[] = [
  'product',
  'term',
  'billingPlan',
  'start',
  'quantity',
  'price',
  'usdPerUnit',
  'originalQuantity',
  'displayName',
  'sku',
  'region',
  'status',
  'expiry',
];
const UTILIZATION: readonly [FactKey, 'days1' | 'days7' | 'days30'][] = [
  ['utilization.days1', 'days1'],
  ['utilization.days7', 'days7'],
  ['utilization.days30', 'days30'],
];

/** A book's reservation as facts of rank `book` (R-book.2: they win), its other fields kept as they are. */
export function addBookReservation(
  join: Join,
  customer: BookCustomer,
  reservation: BookReservation,
  file: string,
  row: number,
) {
  const { reservationId, reservationOrderId, origin = {}, utilization, ...rest } = reservation;
  const draft = join.draft(reservationId, reservationOrderId, reservationId === reservationOrderId);
  const fields = rest as Record<string, unknown>;
  // The book's price is for the units it holds (contract: price is the lifetime total for `quantity` units).
  const units = typeof fields.quantity === 'number' ? fields.quantity : undefined;
  const fact = (key: FactKey, value: unknown): Fact => ({
    value,
    origin: origin[key] ?? '',
    source: 'book',
    file,
    row,
    ...(key === 'price' && units !== undefined && { units }),
  });
  for (const key of FACT_FIELDS) {
    if (fields[key] !== undefined) join.add(draft, key, fact(key, fields[key]));
  }
  for (const [key, field] of UTILIZATION) {
    if (utilization?.[field] !== undefined) join.add(draft, key, fact(key, utilization[field]));
  }
  if (customer.tenantId !== UNASSIGNED) join.add(draft, 'customer', fact('customer', customer.tenantId));
  if (customer.name !== undefined) join.add(draft, 'customerName', fact('customerName', customer.name));
  const kept: Record<string, unknown> = { origin };
  for (const [key, value] of Object.entries(fields)) if (!FACT_FIELDS.includes(key as FactKey)) kept[key] = value;
  if (utilization) kept.utilization = utilization;
  draft.kept = { ...kept, ...draft.kept, origin: { ...origin, ...((draft.kept.origin as object) ?? {}) } };
}

function toReservation(draft: Draft): BookReservation {
  const {
    origin: keptOrigin,
    utilization: keptUtilization,
    ...kept
  } = draft.kept as {
    origin?: Record<string, string>;
    utilization?: Record<string, string>;
  };
  const reservation: Record<string, unknown> = {
    reservationId: draft.reservationId,
    reservationOrderId: draft.reservationOrderId,
    ...kept,
  };
  const origin: Record<string, string> = { ...(keptOrigin ?? {}) };
  const note = (key: string, fact: Fact) => {
    if (fact.origin !== '') origin[key] = fact.origin;
  };
  for (const key of FACT_FIELDS) {
    const fact = draft.facts.get(key);
    if (!fact) continue;
    reservation[key] = fact.value;
    note(key, fact);
  }
  const utilization: Record<string, string> = { ...(keptUtilization ?? {}) };
  for (const [key, field] of UTILIZATION) {
    const fact = draft.facts.get(key);
    if (!fact) continue;
    utilization[field] = fact.value as string;
    note(key, fact);
  }
  if (Object.keys(utilization).length > 0) reservation.utilization = utilization;
  const customer = draft.facts.get('customer');
  if (customer) note('customer', customer);
  if (draft.placeholder && !origin.reservationId) {
    origin.reservationId =
      'no file named the reservation: its order ID stands in until the portal export or the API JSON is imported';
  }
  reservation.origin = origin;
  return reservation as unknown as BookReservation;
}

/** Same refund: same day, same USD amount, same invoice and order (the note's "Seeded from …:" part). */
function seededKey(entry: LedgerEntry): string | undefined {
  const source = /^Seeded from (.+?): /.exec(entry.note ?? '')?.[1];
  return source === undefined ? undefined : `${entry.date}|${entry.amount?.amount}|${source}`;
}

/** How many entries of a ledger were seeded from each invoice line's key. */
function countKeys(ledger: readonly LedgerEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of ledger) {
    const key = seededKey(entry);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The book: the base books' customers first, in their order, then customers new in these files. */
/** `refunds`: the refunds each file seeds, one list per file. */
export function buildBook(join: Join, bases: readonly Book[], refunds: readonly (readonly SeededRefund[])[]): Book {
  const customers = new Map<string, BookCustomer>();
  const customerOf = (tenantId: string): BookCustomer => {
    let customer = customers.get(tenantId);
    if (!customer) {
      customer = { tenantId, ledger: [], reservations: [] };
      customers.set(tenantId, customer);
    }
    return customer;
  };
  for (const base of bases) {
    for (const customer of base.customers) {
      const into = customerOf(customer.tenantId);
      const { tenantId: _t, ledger, reservations: _r, ...rest } = customer;
      Object.assign(into, { ...rest, ...into, ledger: into.ledger });
      for (const entry of ledger) if (!into.ledger.includes(entry)) into.ledger.push(entry);
    }
  }
  for (const draft of join.drafts.values()) {
    const tenant = draft.facts.get('customer')?.value as string | undefined;
    const customer = customerOf(tenant ?? UNASSIGNED);
    const name = draft.facts.get('customerName')?.value as string | undefined;
    if (customer.name === undefined && name !== undefined && tenant !== undefined) customer.name = name;
    customer.reservations.push(toReservation(draft));
  }
  // Counted per file, not just seen: two equal credits in one file (one unit given back twice on one day) are two
  // refunds, while the same credit in another file (the same invoice downloaded twice) or in the ledger already is the
  // same refund. Each key keeps as many entries as the ledger or any one file holds.
  const seededCounts = new Map<BookCustomer, Map<string, number>>();
  for (const fileRefunds of refunds) {
    const inFile = new Map<string, number>();
    for (const refund of fileRefunds) {
      const draft = join.onlyReservationOf(refund.reservationOrderId);
      const tenant =
        refund.tenantId ?? (join.anyOf(refund.reservationOrderId)?.facts.get('customer')?.value as string | undefined);
      const customer = customerOf(tenant ?? UNASSIGNED);
      let counts = seededCounts.get(customer);
      if (!counts) {
        counts = countKeys(customer.ledger);
        seededCounts.set(customer, counts);
      }
      const nth = (inFile.get(refund.key) ?? 0) + 1;
      inFile.set(refund.key, nth);
      if (nth <= (counts.get(refund.key) ?? 0)) continue;
      counts.set(refund.key, nth);
      customer.ledger.push(draft ? { ...refund.entry, reservationId: draft.reservationId } : refund.entry);
    }
  }
  // An 'unassigned' customer left empty (its reservations found their customer) holds nothing to keep.
  const kept = [...customers.values()].filter(
    (c) => c.tenantId !== UNASSIGNED || c.reservations.length > 0 || c.ledger.length > 0 || Object.keys(c).length > 3,
  );
  return { refundDeskBook: 1, customers: kept };
}
