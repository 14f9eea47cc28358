// What the worker does, kept free of the worker itself so it can be tested on Node: the files are decoded and imported
// into one book (importBook), the facts typed on the page are merged into it, every customer is valued (valueBook)
// and planned (planRefunds) one customer at a time so that progress can be shown, and the page receives words.
import {
  type Book,
  type BookImport,
  type BookReservation,
  type BookValue,
  billingPlanLabel,
  bookFormatLabel,
  type CustomerPlan,
  decodeText,
  describeProblem,
  describeRowProblem,
  figureLabel,
  formatMoney,
  importBook,
  type Locale,
  type Money,
  type Problem,
  planRefunds,
  problemSentence,
  productByKey,
  type RowProblem,
  reservationFromFields,
  termLabel,
  todayUtc,
  type ValuedReservation,
  valueBook,
} from '@refund-desk/core';
import { formatIsoDate } from '../lib/format.js';
import { centsOf, fromCents } from './cents.js';
import { addDays } from './days.js';
import { fill } from './fill.js';
import { planCsv } from './plan-csv.js';
import {
  type ActionRow,
  type CustomerDetail,
  type CustomerSummary,
  type FileView,
  NEEDS_PAGE,
  type NeedView,
  type Overview,
  PROBLEMS_PAGE,
  type ProblemView,
  type ReservationRow,
  ROWS_PAGE,
  type Stage,
  type TimelineView,
  type TypedFacts,
  type UnplacedRow,
} from './protocol.js';
import { type Chrome, chrome, type FillableFact, fillableFacts } from './strings.js';
import { headroom } from './timeline.js';

/** The name of the facts typed on the page, as a file of the import: the origin every typed fact carries. */
export const TYPED_ON_PAGE = 'typed on the portfolio page';
const UNASSIGNED = 'unassigned';

export type Progress = (stage: Stage, done: number, total: number) => void;
type ValuedCustomer = BookValue['customers'][number];

const emptyBook = (): Book => ({ refundDeskBook: 1, customers: [] });
const keyOf = (tenantId: string, reservationId: string) => `${tenantId}|${reservationId}`;

export class PortfolioSession {
  private locale: Locale = 'en';
  private date = todayUtc();
  /** The book from the files alone; typed facts are merged into a copy of it, so they stay editable. */
  private base: Book = emptyBook();
  private book: Book = emptyBook();
  private files: FileView[] = [];
  private problems: RowProblem[] = [];
  /** Problems the page words itself (a file that is not text). */
  private ownProblems: { file: string; text: string }[] = [];
  private baseNeeds: BookImport['needs'] = [];
  private needsNow: BookImport['needs'] = [];
  private typed = new Map<string, { facts: TypedFacts; on: string }>();
  private typedReport: { view: FileView; problems: RowProblem[] } | null = null;
  private values = new Map<string, ValuedCustomer>();
  private problemViews = new Map<string, ProblemView[]>();
  private plans = new Map<string, CustomerPlan>();
  private error: string | undefined;

  private get t(): Chrome {
    return chrome[this.locale];
  }

  /** Adds files to the book (the first call starts it) and values and plans it again. */
  addFiles(files: { name: string; bytes: Uint8Array }[], date: string, locale: Locale, progress: Progress): Overview {
    this.locale = locale === 'ko' ? 'ko' : 'en';
    this.date = date;
    const texts: { name: string; text: string; encoding: string }[] = [];
    files.forEach((file, i) => {
      progress('read', i, files.length);
      // Core's decoding: UTF-8 with or without a byte order mark, UTF-16 with one; a bad byte is refused, not replaced.
      const decoded = decodeText(file.bytes);
      if (decoded.ok) texts.push({ name: file.name, text: decoded.text, encoding: decoded.encoding });
      else {
        this.files.push(
          this.fileView({ name: file.name, format: 'unknown', rows: 0, used: 0, skipped: 0 }, decoded.encoding),
        );
        this.ownProblems.push({ file: file.name, text: `${this.t.notText} (${decoded.message})` });
      }
    });
    progress('read', files.length, files.length);
    if (texts.length > 0) {
      progress('import', 0, 1);
      const imported = importBook(
        texts.map(({ name, text }) => ({ name, text })),
        this.base.customers.length > 0 ? { book: this.base } : undefined,
      );
      if (imported.ok) {
        this.base = imported.value.book;
        this.baseNeeds = imported.value.needs;
        this.problems.push(...imported.value.problems);
        imported.value.files.forEach((summary, i) => {
          this.files.push(this.fileView(summary, texts[i]?.encoding ?? ''));
        });
      } else {
        this.error = imported.errors.map((problem) => describeProblem(problem, this.locale)).join(' ');
      }
    }
    return this.recompute(progress);
  }

  /** The facts typed for reservations (an empty value removes what was typed), then the book valued again. */
  fill(facts: TypedFacts[], progress: Progress): Overview {
    for (const entry of facts) {
      const key = keyOf(entry.tenantId, entry.reservationId);
      const values = fillableInputs.map((name) => entry[name]?.trim() ?? '');
      if (values.every((value) => value === '')) this.typed.delete(key);
      else this.typed.set(key, { facts: entry, on: todayUtc() });
    }
    return this.recompute(progress);
  }

  setDate(date: string, progress: Progress): Overview {
    this.date = date;
    return this.recompute(progress);
  }

  /** The plan as CSV (the command's columns) and the book as JSON, for the page's downloads. */
  exportPlanCsv(): { name: string; type: string; text: string } {
    const plans = this.book.customers.flatMap((customer) => this.plans.get(customer.tenantId) ?? []);
    const orders = this.reservationIndex();
    const text = planCsv(plans, (tenantId, id) => orders.get(keyOf(tenantId, id))?.reservationOrderId ?? '');
    return { name: `refund-plan-${this.date}.csv`, type: 'text/csv;charset=utf-8', text };
  }

  exportBookJson(): { name: string; type: string; text: string } {
    return {
      name: `refund-desk-book-${this.date}.json`,
      type: 'application/json',
      text: `${JSON.stringify(this.book, null, 2)}\n`,
    };
  }

  // ---- Working it out ----

  private recompute(progress: Progress): Overview {
    this.book = this.withTyped();
    this.values.clear();
    this.plans.clear();
    const customers = this.book.customers;
    const one = (index: number): Book => ({ refundDeskBook: 1, customers: [customers[index]!] });
    if (this.error === undefined) {
      for (let i = 0; i < customers.length; i++) {
        progress('value', i, customers.length);
        const valued = valueBook({ date: this.date, book: one(i) });
        if (!valued.ok) {
          this.error = valued.errors.map((problem) => describeProblem(problem, this.locale)).join(' ');
          break;
        }
        const customer = valued.value.customers[0];
        if (customer) this.values.set(customer.tenantId, customer);
      }
    }
    if (this.error === undefined) {
      for (let i = 0; i < customers.length; i++) {
        progress('plan', i, customers.length);
        const planned = planRefunds({ date: this.date, book: one(i) });
        if (!planned.ok) {
          this.error = planned.errors.map((problem) => describeProblem(problem, this.locale)).join(' ');
          break;
        }
        const customer = planned.value.customers[0];
        if (customer) this.plans.set(customer.tenantId, customer);
      }
      progress('plan', customers.length, customers.length);
    }
    const overview = this.overview();
    // A date core could not read is said once; the next request starts clean.
    this.error = undefined;
    return overview;
  }

  /**
   * The base book with the typed facts merged by core (importBook reads them as a book of their own), each typed fact
   * with its origin. Only facts the book lacks are sent: a fact a file gave is never replaced from the page.
   */
  private withTyped(): Book {
    this.needsNow = this.baseNeeds;
    this.typedReport = null;
    if (this.typed.size === 0) return this.base;
    const index = this.indexOf(this.base);
    const customers = new Map<string, BookReservation[]>();
    for (const { facts, on } of this.typed.values()) {
      const found = index.get(keyOf(facts.tenantId, facts.reservationId));
      if (!found) continue;
      const given = reservationFromFields({
        price: facts.price,
        currency: facts.currency,
        billingPlan: facts.billingPlan,
        start: facts.start,
        usdPerUnit: facts.usdPerUnit,
      }) as unknown as Record<string, unknown>;
      const patch: Record<string, unknown> = {};
      const origin: Record<string, string> = {};
      for (const key of fillableFacts) {
        if (given[key] === undefined || found[key] !== undefined) continue;
        patch[key] = given[key];
        origin[key] = `${TYPED_ON_PAGE} on ${on}`;
      }
      if (Object.keys(patch).length === 0) continue;
      const list = customers.get(facts.tenantId) ?? [];
      list.push({ reservationId: found.reservationId, reservationOrderId: found.reservationOrderId, ...patch, origin });
      customers.set(facts.tenantId, list);
    }
    if (customers.size === 0) return this.base;
    const typedBook = {
      refundDeskBook: 1,
      customers: [...customers].map(([tenantId, reservations]) => ({ tenantId, ledger: [], reservations })),
    };
    const merged = importBook([{ name: TYPED_ON_PAGE, text: JSON.stringify(typedBook) }], { book: this.base });
    if (!merged.ok) return this.base;
    this.needsNow = merged.value.needs;
    const summary = merged.value.files[0];
    if (summary) {
      const view = { ...this.fileView(summary, ''), name: this.t.typedFile };
      this.typedReport = { view, problems: merged.value.problems };
    }
    return merged.value.book;
  }

  // ---- Words for the page ----

  private overview(): Overview {
    const t = this.t;
    const byFile = new Map<string, ProblemView[]>();
    const add = (file: string, view: ProblemView) => {
      const list = byFile.get(file) ?? [];
      list.push(view);
      byFile.set(file, list);
    };
    for (const own of this.ownProblems)
      add(own.file, { row: 0, where: t.wholeFile, code: 'UNREADABLE', text: own.text });
    for (const problem of [...this.problems, ...(this.typedReport?.problems ?? [])]) {
      add(problem.file, this.problemView(problem));
    }
    for (const list of byFile.values()) list.sort((a, b) => a.row - b.row);
    this.problemViews = byFile;

    const customers: CustomerSummary[] = this.book.customers.map((customer) => {
      const valued = this.values.get(customer.tenantId);
      const plan = this.plans.get(customer.tenantId);
      return {
        tenantId: customer.tenantId,
        name: this.customerName(customer.tenantId, customer.name),
        reservations: customer.reservations.length,
        remaining: valued ? this.money(valued.cap.remaining) : '',
        refundNow: valued ? this.money(valued.totals.refundNowUsd) : '',
        recovered: plan ? this.money(plan.recovered) : '',
        actions: plan?.actions.length ?? 0,
        unplaced: plan?.unplaced.reduce((sum, group) => sum + group.quantity, 0) ?? 0,
      };
    });
    let recoveredCents = 0n;
    for (const plan of this.plans.values()) recoveredCents += centsOf(plan.recovered.amount);
    const files = this.typedReport ? [...this.files, this.typedReport.view] : this.files;
    return {
      date: this.date,
      files,
      problems: [...byFile].map(([file, items]) => ({
        file,
        items: items.slice(0, PROBLEMS_PAGE),
        total: items.length,
      })),
      needs: this.needs(0, NEEDS_PAGE),
      needsTotal: this.baseNeeds.length,
      customers,
      totals: {
        customers: customers.length,
        reservations: customers.reduce((sum, c) => sum + c.reservations, 0),
        recovered: this.money({ amount: fromCents(recoveredCents), currency: 'USD' }),
        actions: customers.reduce((sum, c) => sum + c.actions, 0),
      },
      ...(this.error !== undefined && { error: this.error }),
    };
  }

  /** A file's problems, `count` from `from`, in the words of the last overview. */
  problemsOf(file: string, from: number, count: number): ProblemView[] {
    return this.problemViews.get(file)?.slice(from, from + count) ?? [];
  }

  /** What the files left missing, `count` reservations from `from`, with what was typed and what core says of it. */
  needs(from: number, count: number): NeedView[] {
    const slice = this.baseNeeds.slice(from, from + count);
    if (slice.length === 0) return [];
    const index = this.reservationIndex();
    const now = new Map(this.needsNow.map((need) => [keyOf(need.tenantId ?? UNASSIGNED, need.reservationId), need]));
    const namesBy = new Map(this.book.customers.map((c) => [c.tenantId, c.name]));
    return slice.map((need) => {
      const tenantId = need.tenantId ?? UNASSIGNED;
      const key = keyOf(tenantId, need.reservationId);
      const typed = this.typed.get(key)?.facts ?? { tenantId, reservationId: need.reservationId };
      const valued = this.typed.has(key)
        ? this.values.get(tenantId)?.reservations.find((r) => r.reservationId === need.reservationId)
        : undefined;
      const problems = valued && !valued.estimate.ok ? valued.estimate.errors.map((p) => this.describe(p)) : [];
      return {
        tenantId,
        customer: this.customerName(tenantId, namesBy.get(tenantId)),
        reservationId: need.reservationId,
        name: index.get(key)?.displayName ?? need.reservationId,
        fields: need.fields,
        remaining: now.get(key)?.fields ?? [],
        fillable: need.fields.filter((field): field is FillableFact => fillableFacts.includes(field as FillableFact)),
        typed,
        problems,
      };
    });
  }

  /** A customer's reservation rows, `count` from `from` (the page shows a window of them at a time). */
  rows(tenantId: string, from: number, count: number): ReservationRow[] {
    const customer = this.book.customers.find((c) => c.tenantId === tenantId);
    const valued = this.values.get(tenantId)?.reservations.slice(from, from + count) ?? [];
    if (!customer || valued.length === 0) return [];
    const byId = new Map(customer.reservations.map((r) => [r.reservationId, r]));
    return valued.map((v) => this.reservationRow(v, byId.get(v.reservationId)));
  }

  /** A customer's groups of units not placed in the plan, `count` from `from`, with the reason and the exchange. */
  unplaced(tenantId: string, from: number, count: number): UnplacedRow[] {
    const t = this.t;
    const groups = this.plans.get(tenantId)?.unplaced.slice(from, from + count) ?? [];
    const customer = this.book.customers.find((c) => c.tenantId === tenantId);
    if (!customer || groups.length === 0) return [];
    const names = new Map(customer.reservations.map((r) => [r.reservationId, r.displayName]));
    return groups.map((group) => ({
      reservationId: group.reservationId,
      name: names.get(group.reservationId) ?? group.reservationId,
      quantity: group.quantity,
      reason: Object.hasOwn(t.reasons, group.reason)
        ? t.reasons[group.reason as keyof Chrome['reasons']]
        : problemSentence(group.reason, this.locale),
      exchange: this.exchangeText(group.exchange),
    }));
  }

  /** One customer's first reservations, plan and limit chart, in words. Null for a customer the book does not hold. */
  customer(tenantId: string, rows = ROWS_PAGE): CustomerDetail | null {
    const customer = this.book.customers.find((c) => c.tenantId === tenantId);
    if (!customer) return null;
    const t = this.t;
    const valued = this.values.get(tenantId);
    const plan = this.plans.get(tenantId);
    const byId = new Map(customer.reservations.map((r) => [r.reservationId, r]));
    const nameOf = (id: string) => byId.get(id)?.displayName ?? id;
    const reservations = this.rows(tenantId, 0, rows);
    const actions: ActionRow[] = (plan?.actions ?? []).map((action) => ({
      date: action.date,
      dateText: formatIsoDate(action.date, this.locale),
      reservationId: action.reservationId,
      name: nameOf(action.reservationId),
      quantity: action.quantity,
      refund: this.money(action.billingRefundAmount),
      capUse: this.money(action.capUse),
      remainingAfter: this.money(action.remainingAfter),
    }));
    const unplaced = this.unplaced(tenantId, 0, rows);
    let timeline: TimelineView | null = null;
    const steps = headroom(customer.ledger, plan?.actions ?? [], this.date);
    if (steps) {
      const refundsOn = new Map<string, string[]>();
      for (const action of actions) refundsOn.set(action.date, [...(refundsOn.get(action.date) ?? []), action.name]);
      let lowest = steps.steps[0];
      for (const step of steps.steps)
        if (lowest && BigInt(step.remainingCents) < BigInt(lowest.remainingCents)) lowest = step;
      timeline = {
        from: steps.from,
        days: steps.days,
        limitCents: steps.limitCents,
        limit: this.money(steps.limit),
        lowest: lowest ? this.money(lowest.remaining) : '',
        ticks: [0, 91, 183, 274, 365].map((days) => {
          const date = addDays(steps.from, days);
          return { date, text: monthText(date, this.locale) };
        }),
        steps: steps.steps.map((step) => {
          const names = step.start ? undefined : refundsOn.get(step.date);
          const events = step.start ? [t.chartStart] : names ? [fill(t.chartRefund, { name: names.join(', ') })] : [];
          // A step on a day with planned refunds names them; any other step is earlier refunds leaving the window.
          if (events.length === 0) events.push(t.chartRefill);
          return {
            date: step.date,
            start: step.start,
            dateText: formatIsoDate(step.date, this.locale),
            remainingCents: step.remainingCents,
            remaining: this.money(step.remaining),
            event: events.join('; '),
          };
        }),
      };
    }
    return {
      tenantId,
      name: this.customerName(tenantId, customer.name),
      remaining: valued ? this.money(valued.cap.remaining) : '',
      reservations,
      reservationsTotal: valued?.reservations.length ?? 0,
      actions,
      unplaced,
      unplacedTotal: plan?.unplaced.length ?? 0,
      timeline,
    };
  }

  private reservationRow(valued: ValuedReservation, reservation: BookReservation | undefined): ReservationRow {
    const locale = this.locale;
    const product = reservation?.product
      ? (productByKey(reservation.product)?.title[locale] ?? reservation.product)
      : '';
    const parts = [product, reservation?.term && termLabel(reservation.term, locale)];
    if (reservation?.billingPlan) parts.push(billingPlanLabel(reservation.billingPlan, locale));
    const row: ReservationRow = {
      reservationId: valued.reservationId,
      reservationOrderId: valued.reservationOrderId,
      name: valued.displayName ?? valued.reservationId,
      product: parts.filter(Boolean).join(' · '),
      units: typeof reservation?.quantity === 'number' ? reservation.quantity : 0,
      outcome: 'none',
      refundNow: '',
      capUse: '',
      reasons: [],
      suggested: valued.suggestedReturn,
      suggestedRefund: '',
      suggestedCapUse: '',
    };
    const estimate = valued.estimate;
    if (estimate.ok) {
      row.outcome = estimate.value.allowed ? 'allowed' : 'refused';
      row.refundNow = this.money(estimate.value.billingRefundAmount);
      row.capUse = this.money(estimate.value.policyResult.capUse);
      if (!estimate.value.allowed) row.reasons = estimate.value.policyResult.errors.map((p) => this.describe(p));
    } else row.reasons = estimate.errors.map((p) => this.describe(p));
    if (valued.suggestedEstimate?.ok) {
      row.suggestedRefund = this.money(valued.suggestedEstimate.value.billingRefundAmount);
      row.suggestedCapUse = this.money(valued.suggestedEstimate.value.policyResult.capUse);
    }
    return row;
  }

  private exchangeText(exchange: CustomerPlan['unplaced'][number]['exchange']): string {
    if (!exchange.possible) return this.t.exchangeNot;
    const sizing = exchange.minimumSavingsPlanHourly;
    if (!sizing) return this.t.exchangePossible;
    const size = (term: 'P1Y' | 'P3Y') =>
      `${figureLabel(`minimumSavingsPlanHourly.${term}`, this.locale, 'exchange')}: ${this.money(sizing[term])}`;
    return `${this.t.exchangePossible}. ${size('P1Y')}; ${size('P3Y')}`;
  }

  private problemView(problem: RowProblem): ProblemView {
    const t = this.t;
    const where = problem.row === 0 ? t.wholeFile : fill(t.row, { n: problem.row });
    const view: ProblemView = { row: problem.row, where, code: problem.code, text: '' };
    if (problem.field !== undefined) view.field = problem.field;
    view.text = describeRowProblem(problem, this.locale);
    // In Korean the sentence says what is wrong; the file's own words (the value found) are kept beside it.
    if (view.text !== problem.message) view.detail = problem.message;
    return view;
  }

  private describe(problem: Problem): string {
    return describeProblem(problem, this.locale);
  }

  private money(money: Money): string {
    return formatMoney(money, this.locale);
  }

  private customerName(tenantId: string, name: string | undefined): string {
    if (name) return name;
    return tenantId === UNASSIGNED ? this.t.unassigned : tenantId;
  }

  private fileView(summary: BookImport['files'][number], encoding: string): FileView {
    return {
      name: summary.name,
      format: summary.format,
      formatText: bookFormatLabel(summary.format, this.locale),
      encoding: encoding.toUpperCase(),
      rows: summary.rows,
      used: summary.used,
      skipped: summary.skipped,
    };
  }

  private reservationIndex(): Map<string, BookReservation> {
    return this.indexOf(this.book);
  }

  private indexOf(book: Book): Map<string, BookReservation> {
    const index = new Map<string, BookReservation>();
    for (const customer of book.customers) {
      for (const reservation of customer.reservations)
        index.set(keyOf(customer.tenantId, reservation.reservationId), reservation);
    }
    return index;
  }
}

const fillableInputs = ['price', 'currency', 'billingPlan', 'start', 'usdPerUnit'] as const;

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "Mar 2026", "2026년 3월": an axis label, in UTC. */
function monthText(iso: string, locale: Locale): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(Date.parse(`${iso}T00:00:00Z`));
}
