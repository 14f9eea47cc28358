import {
  type Book,
  type BookReservation,
  type CapStatus,
  capStatus,
  describeProblem,
  estimateRefund,
  formatMoney,
  type LedgerEntry,
  type Locale,
  ledgerEntryFromEstimate,
  normalizeGuid,
  notHeldProblem,
  planRefunds,
  type RefundEstimate,
  type Result,
  todayUtc,
  type ValuedReservation,
  valueBook,
} from '@refund-desk/core';
import type { Message } from '../messages';
import type { BookCustomerView, BookLookup, RefundRecord, ReservationInputs, Settings } from '../shapes';
import { estimate as estimateInputs } from '../ui/estimate';
import { findRows, getCorrection, rowsOfTenant, tenantOf } from './book-store';
import { corrected, estimateView, factsOf, headroomView, ledgerOf, missingOf } from './book-view';
import { type Db, getCustomer, getSettings, listRefunds } from './db';
import { lookupGeneration, readLookup } from './lookup-read';
import { planView } from './plan-view';

// Answers about the book, computed here with core (valueBook, planRefunds, estimateRefund, capStatus) on the stored
// book, the agent's corrections and the customer's ledger: a page never sends figures, it is told them.
type Of<T extends Message['type']> = Extract<Message, { type: T }>;

const feeOf = (settings: Settings) => (settings.whatIfFee ? 'charge' : 'policy');

/** The toolbar badge for a reservation: the refund paid now, short ("1.2K"); "!" when refused; "" when not in the book. */
export async function badgeText(db: Db, ids: Of<'book/lookup'>['ids'], date: string): Promise<string> {
  const [row] = await findRows(db, ids);
  if (!row) return '';
  if (notHeldProblem(row.reservation.status)) return '?';
  const correction = await getCorrection(db, row.reservationId);
  const tenantId = tenantOf(row, correction);
  const settings = await getSettings(db);
  const refunds = tenantId === 'unassigned' ? [] : await listRefunds(db, tenantId);
  const result = estimateRefund({
    date,
    reservation: corrected(row.reservation, correction),
    ledger: ledgerOf(refunds),
    policy: settings.policy,
    fee: feeOf(settings),
  });
  if (!result.ok) return '?';
  if (!result.value.allowed) return '!';
  // Display only: Intl formats the decimal string as written (no arithmetic on it).
  const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  return compact.format(result.value.billingRefundAmount.amount as unknown as number).slice(0, 4);
}

export async function answerLookup(db: Db, m: Of<'book/lookup'>): Promise<BookLookup | null> {
  const facts = await readLookup(db, m.ids);
  if (!facts) return null;
  const { row, correction, tenantId, settings, customer, refunds } = facts;
  const reservation = corrected(row.reservation, correction);
  const assigned = tenantId !== 'unassigned';
  const missing = missingOf(reservation, tenantId, m.lang);
  const valued = valueOne(reservation, tenantId, ledgerOf(refunds), missing.length, m.date, settings);
  return {
    reservationId: row.reservationId,
    reservationOrderId: row.reservationOrderId,
    ...(reservation.displayName && { displayName: reservation.displayName }),
    facts: factsOf(reservation, correction, m.lang),
    customer: assigned ? { tenantId, name: customer?.name ?? '' } : null,
    correction,
    missing,
    estimate: estimateView(valued.estimate, m.date, m.lang),
    suggested: {
      quantity: valued.suggestedReturn,
      estimate: valued.suggestedEstimate ? estimateView(valued.suggestedEstimate, m.date, m.lang) : null,
    },
    headroom: valued.cap && assigned ? headroomView(valued.cap, m.lang) : null,
  };
}

/** At most this many answers for a tab's idle-time 'book/nearby' (each about 3 KB, each an estimate here). */
export const NEARBY_LIMIT = 50;

/**
 * The answers a tab keeps at hand so that a reservation page shows its estimate in the navigation's own frame: the
 * whole book when it is small, else the reservations of the customer carried to the tab, else none (then each page
 * asks as it opens). The page asks the book again as it opens, and that answer replaces this one.
 */
// Every open tab asks for its answers at hand again after each change: the tabs of one customer share one working out.
const nearbyKept = new WeakMap<Db, { generation: number; key: string; answers: Promise<BookLookup[]> }>();

export async function answerNearby(
  db: Db,
  tenantId: string | null,
  date: string,
  lang: Locale,
  limit = NEARBY_LIMIT,
): Promise<BookLookup[]> {
  const key = `${tenantId}|${date}|${lang}|${limit}`;
  const generation = lookupGeneration();
  const kept = nearbyKept.get(db);
  if (kept && kept.generation === generation && kept.key === key) return kept.answers;
  const answers = nearbyAnswers(db, tenantId, date, lang, limit);
  nearbyKept.set(db, { generation, key, answers });
  // A failed working out is not kept.
  answers.catch(() => {
    if (nearbyKept.get(db)?.answers === answers) nearbyKept.delete(db);
  });
  return answers;
}

async function nearbyAnswers(
  db: Db,
  tenantId: string | null,
  date: string,
  lang: Locale,
  limit: number,
): Promise<BookLookup[]> {
  const rows =
    (await db.count('book')) <= limit
      ? await db.getAll('book')
      : tenantId
        ? (await rowsOfTenant(db, tenantId)).slice(0, limit).map(({ row }) => row)
        : [];
  const answers: BookLookup[] = [];
  for (const { reservationOrderId, reservationId } of rows) {
    const answer = await answerLookup(db, {
      type: 'book/lookup',
      ids: { reservationOrderId, reservationId },
      date,
      lang,
    });
    if (answer) answers.push(answer);
  }
  return answers;
}

type Valued = Pick<ValuedReservation, 'estimate' | 'suggestedReturn' | 'suggestedEstimate'> & {
  cap: CapStatus | null;
};

/**
 * The one reservation asked: core's estimateRefund with the customer's ledger and capStatus for the headroom. A
 * reservation with a fact missing (core's valueBook names it in words), with utilization (valueBook advises a return,
 * R-advise.1) or no longer held (R-book.12) is valued by valueBook, as a book of one.
 */
function valueOne(
  reservation: BookReservation,
  tenantId: string,
  ledger: LedgerEntry[],
  missing: number,
  date: string,
  settings: Settings,
): Valued {
  const assigned = tenantId !== 'unassigned';
  // A reservation no longer held (R-book.12) is said so by valueBook, like any other reason not to estimate.
  const plain = (assigned ? missing : missing - 1) === 0 && reservation.utilization === undefined;
  if (plain && !notHeldProblem(reservation.status)) {
    const cap = capStatus({ date, ledger });
    const estimate = estimateRefund({ date, reservation, ledger, policy: settings.policy, fee: feeOf(settings) });
    return { estimate, suggestedReturn: 0, cap: cap.ok ? cap.value : null };
  }
  const book: Book = { refundDeskBook: 1, customers: [{ tenantId, ledger, reservations: [reservation] }] };
  const valued = valueBook({ date, book, policy: settings.policy, fee: feeOf(settings) });
  const one = valued.ok ? valued.value.customers[0] : undefined;
  const entry = one?.reservations[0];
  if (!entry) return { estimate: { ok: false, errors: valued.ok ? [] : valued.errors }, suggestedReturn: 0, cap: null };
  return { ...entry, cap: one.cap };
}

export async function answerCustomer(db: Db, m: Of<'book/customer'>): Promise<BookCustomerView> {
  const tenantId = normalizeGuid(m.tenantId) ?? m.tenantId;
  const settings = await getSettings(db);
  const rows = await rowsOfTenant(db, tenantId);
  const refunds = await listRefunds(db, tenantId);
  const stored = await getCustomer(db, tenantId);
  const book: Book = {
    refundDeskBook: 1,
    customers: [
      {
        tenantId,
        ...(stored?.name && { name: stored.name }),
        ledger: ledgerOf(refunds),
        reservations: rows.map(({ row, correction }) => corrected(row.reservation, correction)),
      },
    ],
  };
  const options = { date: m.date, book, policy: settings.policy, fee: feeOf(settings) };
  const valued = valueBook(options);
  const problems: string[] = [];
  if (!valued.ok) problems.push(...valued.errors.map((e) => describeProblem(e, m.lang)));
  const one = valued.ok ? valued.value.customers[0] : undefined;
  const names = new Map(book.customers[0]!.reservations.map((r) => [r.reservationId, r.displayName]));
  const plan = rows.length ? planRefunds({ ...options, tenantId }) : null;
  if (plan && !plan.ok) problems.push(...plan.errors.map((e) => describeProblem(e, m.lang)));
  const planned = plan?.ok ? plan.value.customers.find((c) => c.tenantId === tenantId) : undefined;
  const money = (x: { amount: string; currency: string }) => formatMoney(x, m.lang);
  const cap =
    one?.cap ??
    (() => {
      const status = capStatus({ date: m.date, ledger: ledgerOf(refunds) });
      return status.ok ? status.value : null;
    })();
  return {
    customer: { tenantId, name: stored?.name ?? '' },
    headroom: cap ? headroomView(cap, m.lang) : null,
    reservations: (one?.reservations ?? []).map((r) => ({
      reservationId: r.reservationId,
      reservationOrderId: r.reservationOrderId,
      ...(r.displayName && { displayName: r.displayName }),
      estimate: estimateView(r.estimate, m.date, m.lang),
      suggestedReturn: r.suggestedReturn,
    })),
    totals: one ? { refundNow: money(one.totals.refundNowUsd), capUse: money(one.totals.capUseUsd) } : null,
    plan: planned ? planView(planned, names, m.lang) : null,
    problems,
  };
}

/**
 * The ledger entry for a refund made as estimated (core's ledgerEntryFromEstimate: policyResult.capUse in USD), from
 * the typed inputs when given, else from the book. Refused unless core allows the refund.
 */
export async function recordOf(
  db: Db,
  m: Of<'refund/record'>,
  locale: Locale,
  required: string,
): Promise<Omit<RefundRecord, 'id'>> {
  const settings = await getSettings(db);
  let tenantId: string | undefined;
  let result: Result<RefundEstimate>;
  let reservationId = m.ids.reservationId?.toLowerCase();
  if (m.inputs) {
    tenantId = normalizeGuid(m.inputs.customer);
    if (!tenantId) throw new Error('Type the customer’s tenant ID first: the refund is recorded in their ledger.');
    const refunds = await listRefunds(db, tenantId);
    const inputs: ReservationInputs = m.quantity ? { ...m.inputs, returnQuantity: String(m.quantity) } : m.inputs;
    const typed = estimateInputs(inputs, m.ids, m.date, refunds, settings, locale, required);
    result = typed.ok ? { ok: true, value: typed.value.refund } : { ok: false, errors: [] };
    if (!typed.ok) throw new Error(typed.errors.map((e) => e.message).join('; '));
  } else {
    const [row] = await findRows(db, m.ids);
    if (!row) throw new Error('This reservation is not in the book: type its facts in the panel first.');
    const correction = await getCorrection(db, row.reservationId);
    tenantId = tenantOf(row, correction);
    if (tenantId === 'unassigned')
      throw new Error('The book does not say whose reservation this is: fill in the customer first.');
    reservationId = row.reservationId;
    const refunds = await listRefunds(db, tenantId);
    result = estimateRefund({
      date: m.date,
      reservation: corrected(row.reservation, correction),
      ledger: ledgerOf(refunds),
      ...(m.quantity && { quantity: m.quantity }),
      policy: settings.policy,
      fee: feeOf(settings),
    });
  }
  if (!result.ok) throw new Error(result.errors.map((e) => describeProblem(e, locale)).join('; '));
  if (!result.value.allowed)
    throw new Error(
      `Not recorded: the refund is not allowed (${result.value.policyResult.errors.map((e) => describeProblem(e, locale)).join('; ')}).`,
    );
  const entry = ledgerEntryFromEstimate(result.value, { date: m.date, ...(reservationId && { reservationId }) });
  // The caller gives it a new id: two refunds of one reservation on one day for the same amount are two refunds.
  return {
    tenantId,
    date: entry.date,
    amount: entry.amount.amount,
    ...(entry.reservationId && { reservationId: entry.reservationId }),
    ...(entry.note && { note: entry.note }),
  };
}

export const today = () => todayUtc();
