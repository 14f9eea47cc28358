// planRefunds against the rule book (R-plan) over generated books. The oracles here are deliberately naive and share
// nothing with the planner but the public estimateRefund: days are visited one by one, the limit is counted by summing
// the entries, the term's end is read off an estimate.
import {
  type Book,
  type BookReservation,
  estimateRefund,
  type LedgerEntry,
  planRefunds,
  type RefundPlan,
} from '@refund-desk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountText, dayOf, isoDay } from '../support/arbitraries.js';

const LIMIT = 5_000_000n;
const WINDOW = 365;
const TENANT = '5d6c7b8a-1f2e-4d3c-9b4a-0a1b2c3d4e5f';
const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const cents = (amount: string) => BigInt(amount.replace('.', ''));
const usd = (minor: bigint) => ({ amount: amountText(minor, 2), currency: 'USD' });

const currencies = [
  { code: 'USD', digits: 2, rate: undefined },
  { code: 'USD', digits: 2, rate: undefined },
  { code: 'EUR', digits: 2, rate: '1.08' },
  { code: 'JPY', digits: 0, rate: '0.0067' },
] as const;

interface Case {
  date: string;
  until?: string;
  book: Book;
  /** Passed alike to planRefunds, the oracles and the replay. */
  options: { policy?: 'csp-2018-10' | 'azure-2020-02'; fee?: 'charge' };
}

/** A customer whose candidates are worth about the limit or more, with refunds in the window that drop out later. */
function books(maxUnits: number, maxReservations: number): fc.Arbitrary<Case> {
  const reservation = fc.record({
    product: fc.constantFrom('virtual-machines', 'sql-database', 'cosmos-db', 'virtual-machines', 'red-hat-plan'),
    term: fc.constantFrom('P1Y', 'P1Y', 'P3Y'),
    billingPlan: fc.constantFrom('Upfront', 'Upfront', 'Monthly'),
    daysLeft: fc.integer({ min: 10, max: 220 }),
    startsLater: fc.integer({ min: 0, max: 12 }), // 0–9: already started; 10–12: starts within a month
    quantity: fc.integer({ min: 1, max: maxUnits }),
    unitUsd: fc.integer({ min: 8_000, max: 150_000 }),
    currency: fc.constantFrom(...currencies),
    cents: fc.integer({ min: 0, max: 99 }),
    used: fc.constantFrom(undefined, undefined, false, true),
  });
  return fc
    .record({
      date: fc.integer({ min: dayOf('2026-01-01'), max: dayOf('2027-12-31') }),
      reservations: fc.array(reservation, { minLength: 1, maxLength: maxReservations }),
      ledger: fc.array(
        fc.record({ ago: fc.integer({ min: -30, max: 364 }), usd: fc.integer({ min: 500, max: 30_000 }) }),
        { maxLength: 4 },
      ),
      horizon: fc.option(fc.integer({ min: 5, max: 300 }), { nil: undefined }),
      policy: fc.constantFrom(undefined, undefined, 'csp-2018-10', 'azure-2020-02'),
      fee: fc.constantFrom(undefined, undefined, 'charge'),
    })
    .filter(({ reservations }) => reservations.reduce((n, r) => n + r.quantity, 0) <= maxUnits)
    .map(({ date, reservations, ledger, horizon, policy, fee }) => {
      const held: BookReservation[] = reservations.map((r, i) => {
        const years = r.term === 'P1Y' ? 1 : 3;
        const start =
          r.startsLater >= 10 ? date + (r.startsLater - 9) * 9 : date + r.daysLeft - Math.round(years * 365.25);
        const perUnit = BigInt(r.unitUsd) * 100n + BigInt(r.cents);
        // The price is in the billing currency: USD ÷ rate, in that currency's minor units.
        const minor =
          r.currency.rate === undefined
            ? perUnit * BigInt(r.quantity)
            : (perUnit * BigInt(r.quantity) * 10_000n * 10n ** BigInt(r.currency.digits)) /
              (100n * BigInt(Math.round(Number(r.currency.rate) * 10_000)));
        return {
          reservationId: guid(i + 1),
          reservationOrderId: guid(i + 101),
          product: r.product as BookReservation['product'],
          term: r.term as BookReservation['term'],
          billingPlan: r.billingPlan as BookReservation['billingPlan'],
          start: isoDay(start),
          quantity: r.quantity,
          price: { amount: amountText(minor, r.currency.digits), currency: r.currency.code },
          ...(r.currency.rate && { usdPerUnit: r.currency.rate }),
          ...(r.used !== undefined && { used: r.used }),
          origin: {},
        };
      });
      const entries: LedgerEntry[] = ledger.map((e) => ({
        date: isoDay(date - e.ago),
        amount: usd(BigInt(e.usd) * 100n),
      }));
      return {
        date: isoDay(date),
        ...(horizon !== undefined && { until: isoDay(date + horizon) }),
        book: { refundDeskBook: 1, customers: [{ tenantId: TENANT, ledger: entries, reservations: held }] },
        options: { ...(policy && { policy }), ...(fee && { fee }) },
      } satisfies Case;
    });
}

/** The facts estimateRefund takes, as the book holds them. */
function facts(held: BookReservation): Record<string, unknown> {
  const { origin: _origin, ...rest } = held;
  return rest;
}

interface OracleUnit {
  index: number;
  first: number;
  last: number;
  end: number;
  value(day: number): bigint;
}

/** Each reservation's days and what one unit counts each day, from the public estimateRefund (no ledger). */
function oracleUnits(c: Case): OracleUnit[] {
  const date = dayOf(c.date);
  const until = c.until === undefined ? Number.POSITIVE_INFINITY : dayOf(c.until);
  const units: OracleUnit[] = [];
  c.book.customers[0]!.reservations.forEach((held, index) => {
    const first = Math.max(date, dayOf(held.start!));
    const probe = estimateRefund({ date: isoDay(first), reservation: facts(held), quantity: 1, ...c.options });
    if (!probe.ok || probe.value.policyResult.errors.some((e) => e.code === 'NOT_REFUNDABLE')) return;
    const end = first + probe.value.remainingDays;
    const memo = new Map<number, bigint>();
    const value = (day: number) => {
      let known = memo.get(day);
      if (known === undefined) {
        const result = estimateRefund({ date: isoDay(day), reservation: facts(held), quantity: 1, ...c.options });
        known = result.ok ? cents(result.value.policyResult.capUse.amount) : LIMIT + 1n;
        memo.set(day, known);
      }
      return known;
    };
    for (let unit = 0; unit < held.quantity!; unit++) {
      units.push({ index, first, last: Math.min(end - 1, until), end, value });
    }
  });
  return units;
}

interface Entry {
  day: number;
  cents: bigint;
}

function ledgerOf(c: Case): Entry[] {
  return c.book.customers[0]!.ledger.map((e) => ({ day: dayOf(e.date), cents: cents(e.amount.amount) }));
}

/** The earliest day from `from` on which one unit fits, visiting every day; null if none. */
function scan(unit: OracleUnit, from: number, entries: Entry[]): { day: number; cents: bigint } | null {
  for (let day = Math.max(from, unit.first); day <= unit.last; day++) {
    let counted = 0n;
    for (const e of entries) if (day - e.day >= 0 && day - e.day < WINDOW) counted += e.cents;
    const value = unit.value(day);
    if (counted + value <= LIMIT) return { day, cents: value };
  }
  return null;
}

/** The baseline of docs/portfolio.md: units by term end (book order among equals), each on its earliest fitting day. */
function baseline(c: Case): bigint {
  const units = oracleUnits(c).sort((a, b) => a.end - b.end || a.index - b.index);
  const entries = ledgerOf(c);
  let previous = dayOf(c.date);
  let total = 0n;
  for (const unit of units) {
    const fit = scan(unit, previous, entries);
    if (!fit) continue;
    entries.push({ day: fit.day, cents: fit.cents });
    previous = fit.day;
    total += fit.cents;
  }
  return total;
}

/** The best such schedule over every order and subset of the units. */
function exhaustive(c: Case): bigint {
  const units = oracleUnits(c);
  const entries = ledgerOf(c);
  const used = units.map(() => false);
  let best = 0n;
  const visit = (previous: number, total: bigint) => {
    if (total > best) best = total;
    const tried = new Set<number>();
    units.forEach((unit, i) => {
      if (used[i] || tried.has(unit.index)) return; // units of one reservation are alike: try one of them
      tried.add(unit.index);
      const fit = scan(unit, previous, entries);
      if (!fit) return;
      used[i] = true;
      entries.push({ day: fit.day, cents: fit.cents });
      visit(fit.day, total + fit.cents);
      entries.pop();
      used[i] = false;
    });
  };
  visit(dayOf(c.date), 0n);
  return best;
}

function plan(c: Case, candidates: 'all' | 'suggested' = 'all'): RefundPlan {
  const result = planRefunds({
    date: c.date,
    book: c.book,
    candidates,
    ...(c.until && { until: c.until }),
    ...c.options,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** R-plan.1: replays every action through estimateRefund with the ledger and the earlier actions. */
function expectReplays(c: Case, result: RefundPlan): void {
  const customer = c.book.customers[0]!;
  const planned = result.customers[0]!;
  const ledger: LedgerEntry[] = [...customer.ledger];
  const units = new Map<string, number>();
  let total = 0n;
  let previous = '';
  for (const action of planned.actions) {
    expect(action.date >= previous).toBe(true);
    previous = action.date;
    const held = customer.reservations.find((r) => r.reservationId === action.reservationId)!;
    expect(action.reservationOrderId).toBe(held.reservationOrderId);
    if (c.until) expect(action.date <= c.until).toBe(true);
    const estimate = estimateRefund({
      date: action.date,
      reservation: facts(held),
      quantity: action.quantity,
      ledger: [...ledger],
      ...c.options,
    });
    expect(estimate.ok).toBe(true);
    if (!estimate.ok) return;
    expect(estimate.value.allowed).toBe(true);
    expect(action.billingRefundAmount).toEqual(estimate.value.billingRefundAmount);
    expect(action.capUse).toEqual(estimate.value.policyResult.capUse);
    expect(action.remainingAfter).toEqual(estimate.value.policyResult.remainingAfter);
    expect(cents(action.remainingAfter.amount) >= 0n).toBe(true);
    ledger.push({ date: action.date, amount: action.capUse, reservationId: action.reservationId });
    units.set(action.reservationId, (units.get(action.reservationId) ?? 0) + action.quantity);
    total += cents(action.capUse.amount);
  }
  for (const [id, quantity] of units) {
    expect(quantity).toBeLessThanOrEqual(customer.reservations.find((r) => r.reservationId === id)!.quantity!);
  }
  // Placed + unplaced = the candidates, per reservation.
  for (const held of customer.reservations) {
    const unplaced = planned.unplaced
      .filter((u) => u.reservationId === held.reservationId)
      .reduce((n, u) => n + u.quantity, 0);
    expect((units.get(held.reservationId) ?? 0) + unplaced).toBe(held.quantity);
  }
  expect(cents(planned.recovered.amount)).toBe(total);
  expect(result.recovered).toEqual(planned.recovered);
}

describe('planRefunds (R-plan)', () => {
  it('replays exactly through estimateRefund, stays under the limit and never plans more units than owned', () => {
    fc.assert(
      fc.property(books(30, 6), (c) => {
        expectReplays(c, plan(c));
      }),
      { numRuns: 150 },
    );
  });

  it('recovers at least the baseline', () => {
    fc.assert(
      fc.property(books(30, 6), (c) => {
        expect(cents(plan(c).recovered.amount)).toBeGreaterThanOrEqual(baseline(c));
      }),
      { numRuns: 150 },
    );
  });

  it('recovers at least the best single-unit schedule over every order and subset when there are 8 units or fewer', () => {
    fc.assert(
      fc.property(books(8, 4), (c) => {
        const result = plan(c);
        expectReplays(c, result);
        expect(cents(result.recovered.amount)).toBeGreaterThanOrEqual(exhaustive(c));
      }),
      { numRuns: 200 },
    );
  });

  it('plans each customer on its own: the whole book gives each customer the plan it gets alone', () => {
    const utilization = fc.record({
      days7: fc.integer({ min: 0, max: 100 }),
      days30: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(books(12, 4), fc.array(utilization, { minLength: 4, maxLength: 4 })), {
          minLength: 2,
          maxLength: 3,
        }),
        (parts) => {
          const customers = parts.map(([c, use], i) => ({
            ...c.book.customers[0]!,
            tenantId: guid(900 + i),
            // Each customer's own reservations: a book lists a reservation once.
            reservations: c.book.customers[0]!.reservations.map((r, j) => ({
              ...r,
              reservationId: guid(5000 + i * 100 + j),
              utilization: { days7: String(use[j]!.days7), days30: `${use[j]!.days30}.5`.replace('100.5', '100') },
            })),
          }));
          const book: Book = { refundDeskBook: 1, customers };
          const whole = planRefunds({ date: parts[0]![0].date, book });
          if (!whole.ok) throw new Error(JSON.stringify(whole.errors));
          let total = 0n;
          customers.forEach((customer, i) => {
            const alone = planRefunds({ date: parts[0]![0].date, book, tenantId: customer.tenantId });
            if (!alone.ok) throw new Error(JSON.stringify(alone.errors));
            expect(alone.value.customers).toEqual([whole.value.customers[i]]);
            total += cents(whole.value.customers[i]!.recovered.amount);
          });
          expect(cents(whole.value.recovered.amount)).toBe(total);
        },
      ),
      { numRuns: 40 },
    );
  });
});
