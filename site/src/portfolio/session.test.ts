// The worker's work on the team's fixtures (tests/fixtures/book), with the real core: no part of it is stubbed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capStatus, formatMoney, importBook, planRefunds, todayUtc } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { planColumns } from './plan-csv.js';
import { NEEDS_PAGE } from './protocol.js';
import { PortfolioSession, TYPED_ON_PAGE } from './session.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'book');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) });
const text = (name: string) => readFileSync(join(fixtures, name), 'utf8').replace(/^\uFEFF/, '');
const DATE = '2026-03-01';
const quiet = () => {};

describe('PortfolioSession', () => {
  it('imports the portal export and the reconciliation file: formats, rows, problems by row, the plan', () => {
    const session = new PortfolioSession();
    const overview = session.addFiles([file('portal-reservations.csv'), file('reconciliation.csv')], DATE, 'en', quiet);
    const expected = importBook([
      { name: 'portal-reservations.csv', text: text('portal-reservations.csv') },
      { name: 'reconciliation.csv', text: text('reconciliation.csv') },
    ]);
    if (!expected.ok) throw new Error('fixtures do not import');
    expect(overview.files.map((f) => [f.name, f.format, f.rows, f.used, f.skipped])).toEqual(
      expected.value.files.map((f) => [f.name, f.format, f.rows, f.used, f.skipped]),
    );
    expect(overview.files.every((f) => f.encoding === 'UTF-8')).toBe(true);
    const shown = overview.problems.flatMap((group) => group.items.map((p) => [group.file, p.row, p.field]));
    expect(shown.sort()).toEqual(expected.value.problems.map((p) => [p.file, p.row, p.field]).sort());
    for (const group of overview.problems) {
      for (const problem of group.items) {
        expect(problem.where).toBe(problem.row === 0 ? 'The file' : `Row ${problem.row}`);
        // The sentence names the field (the file's own column name) in words, never a JSON path.
        if (problem.field) expect(problem.text.startsWith(problem.field)).toBe(true);
      }
    }
    expect(overview.needs.map((n) => [n.reservationId, n.fields])).toEqual(
      expected.value.needs.map((n) => [n.reservationId, n.fields]),
    );

    const plan = planRefunds({ date: DATE, book: expected.value.book });
    if (!plan.ok) throw new Error('fixtures do not plan');
    expect(overview.customers.map((c) => c.tenantId)).toEqual(plan.value.customers.map((c) => c.tenantId));
    const actions = plan.value.customers.reduce((sum, c) => sum + c.actions.length, 0);
    expect(actions).toBeGreaterThan(0);
    expect(overview.totals.actions).toBe(actions);
    expect(overview.totals.recovered).toBe(formatMoney(plan.value.recovered, 'en'));

    const csv = session.exportPlanCsv().text;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    const unplaced = plan.value.customers.reduce((sum, c) => sum + c.unplaced.length, 0);
    expect(lines[0]).toBe(planColumns.join(','));
    expect(lines.length).toBe(1 + actions + unplaced);
    const book = JSON.parse(session.exportBookJson().text);
    expect(book).toEqual(JSON.parse(JSON.stringify(expected.value.book)));
  });

  it("gives a customer's reservations, plan and a limit chart that is capStatus on each of its days", () => {
    const session = new PortfolioSession();
    const overview = session.addFiles([file('portal-reservations.csv'), file('reconciliation.csv')], DATE, 'en', quiet);
    // Woodgrove's plan refunds on the first day itself: the chart starts with the limit left before it.
    const planned = overview.customers.find((c) => c.name.includes('Woodgrove'))!;
    expect(planned.actions).toBeGreaterThan(0);
    const detail = session.customer(planned.tenantId)!;
    expect(detail.reservations.length).toBe(planned.reservations);
    expect(detail.actions.length).toBe(planned.actions);
    const timeline = detail.timeline!;
    expect(timeline.steps[0]!.date).toBe(DATE);
    expect(timeline.steps[0]!.remaining).toBe(planned.remaining);
    for (const action of detail.actions) expect(timeline.steps.some((s) => s.date === action.date)).toBe(true);
    const book = JSON.parse(session.exportBookJson().text);
    const customer = book.customers.find((c: { tenantId: string }) => c.tenantId === planned.tenantId);
    const plan = planRefunds({ date: DATE, book, tenantId: planned.tenantId });
    if (!plan.ok) throw new Error('no plan');
    const ledger = [
      ...customer.ledger,
      ...plan.value.customers[0]!.actions.map((a) => ({ date: a.date, amount: a.capUse })),
    ];
    // Between steps the limit left does not change; on each step it is what capStatus says.
    expect(timeline.steps[0]!.start).toBe(true);
    expect(timeline.steps.filter((s) => s.start)).toHaveLength(1);
    for (const [i, step] of timeline.steps.entries()) {
      const on = capStatus({ date: step.date, ledger: step.start ? customer.ledger : ledger });
      if (!on.ok) throw new Error('capStatus refused');
      const cents = on.value.remaining.amount.replace('.', '').replace(/^0+(?=\d)/, '');
      expect(step.remainingCents).toBe(cents);
      const next = timeline.steps[i + 1];
      if (next && !step.start) {
        const before = capStatus({ date: addOneDayBefore(next.date), ledger });
        if (!before.ok) throw new Error('capStatus refused');
        expect(before.value.remaining.amount).toBe(on.value.remaining.amount);
      }
    }
    expect(session.customer('00000000-0000-0000-0000-000000000000')).toBeNull();
  });

  it('merges typed facts into the book with their origin, keeps what a file gave, and lets them be changed', () => {
    const session = new PortfolioSession();
    const first = session.addFiles([file('portal-reservations.csv')], DATE, 'en', quiet);
    const need = first.needs.find((n) => n.fields.includes('price') && n.fields.includes('billingPlan'))!;
    expect(need.fillable).toEqual(expect.arrayContaining(['price', 'billingPlan']));
    const typed = {
      tenantId: need.tenantId,
      reservationId: need.reservationId,
      price: '1200.00',
      currency: 'usd',
      billingPlan: 'Upfront',
      start: '1999-01-01',
    };
    const after = session.fill([typed], quiet);
    const now = after.needs.find((n) => n.reservationId === need.reservationId)!;
    expect(now.fields).toEqual(need.fields);
    expect(now.remaining).not.toContain('price');
    expect(now.remaining).not.toContain('billingPlan');
    expect(now.typed.price).toBe('1200.00');
    expect(after.files.at(-1)?.name).toBe('Typed on this page');
    expect(after.files.at(-1)?.format).toBe('refund-desk-book-json');
    const reservationOf = (json: string) =>
      JSON.parse(json)
        .customers.flatMap((c: { reservations: unknown[] }) => c.reservations)
        .find((r: { reservationId: string }) => r.reservationId === need.reservationId);
    const saved = reservationOf(session.exportBookJson().text);
    expect(saved.price).toEqual({ amount: '1200.00', currency: 'USD' });
    expect(saved.billingPlan).toBe('Upfront');
    expect(saved.origin.price).toBe(`${TYPED_ON_PAGE} on ${todayUtc()}`);
    // The export gave a start (its purchase date): the typed one does not replace it.
    expect(saved.start).not.toBe('1999-01-01');
    expect(saved.origin.start).toContain('portal-reservations.csv');

    const changed = session.fill([{ ...typed, price: '1300.00' }], quiet);
    expect(reservationOf(session.exportBookJson().text).price.amount).toBe('1300.00');
    const cleared = session.fill([{ tenantId: typed.tenantId, reservationId: typed.reservationId }], quiet);
    expect(cleared.needs.find((n) => n.reservationId === need.reservationId)!.remaining).toEqual(need.fields);
    expect(changed.files.length).toBe(cleared.files.length + 1);
  });

  it("sends what is missing a page at a time, and a customer's reservations a window at a time", () => {
    const session = new PortfolioSession();
    const overview = session.addFiles([file('portal-reservations.csv')], DATE, 'en', quiet);
    const all = session.needs(0, overview.needsTotal);
    expect(overview.needsTotal).toBeGreaterThan(NEEDS_PAGE);
    expect(overview.needs).toEqual(all.slice(0, NEEDS_PAGE));
    expect(session.needs(NEEDS_PAGE, NEEDS_PAGE)).toEqual(all.slice(NEEDS_PAGE, 2 * NEEDS_PAGE));
    expect(session.needs(overview.needsTotal, NEEDS_PAGE)).toEqual([]);
    const customer = overview.customers.find((c) => c.reservations > 2)!;
    const detail = session.customer(customer.tenantId, 2)!;
    expect(detail.reservations).toHaveLength(2);
    expect(detail.reservationsTotal).toBe(customer.reservations);
    const rest = session.rows(customer.tenantId, 2, 100);
    expect([...detail.reservations, ...rest].map((r) => r.reservationId)).toEqual(
      session.customer(customer.tenantId, 100)!.reservations.map((r) => r.reservationId),
    );
    expect(rest).toHaveLength(customer.reservations - 2);
    // The portal export alone names no price: units suggested for return cannot be placed, listed a window at a time.
    const withUnplaced = overview.customers.find((c) => c.unplaced > 0)!;
    const unplaced = session.unplaced(withUnplaced.tenantId, 0, 100);
    expect(unplaced.length).toBeGreaterThan(0);
    expect(session.customer(withUnplaced.tenantId, 100)!.unplacedTotal).toBe(unplaced.length);
    expect(session.unplaced(withUnplaced.tenantId, 1, 100)).toEqual(unplaced.slice(1));
    expect(unplaced.map((group) => group.reason)).toContain('Facts are missing (see What is missing)');
  });

  it("sends a file's problems a page at a time, by row", () => {
    const portal = text('portal-reservations.csv').split(/\r?\n/);
    const bad = portal[1]!.replace(/^([^,]*),[^,]*,/, '$1,not-a-guid,');
    const damaged = [portal[0], ...Array.from({ length: 120 }, () => bad)].join('\n');
    const session = new PortfolioSession();
    const overview = session.addFiles(
      [{ name: 'damaged.csv', bytes: new TextEncoder().encode(damaged) }],
      DATE,
      'en',
      quiet,
    );
    const group = overview.problems.find((g) => g.file === 'damaged.csv')!;
    expect(group.total).toBe(120);
    expect(group.items).toHaveLength(50);
    const rest = session.problemsOf('damaged.csv', 50, 100);
    expect(rest).toHaveLength(70);
    expect([...group.items, ...rest].map((p) => p.row)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('says what core finds wrong with a typed value, in words', () => {
    const session = new PortfolioSession();
    const first = session.addFiles([file('portal-reservations.csv')], DATE, 'en', quiet);
    const need = first.needs.find((n) => n.fields.includes('price'))!;
    const after = session.fill(
      [
        {
          tenantId: need.tenantId,
          reservationId: need.reservationId,
          price: '0',
          currency: 'USD',
          billingPlan: 'Upfront',
        },
      ],
      quiet,
    );
    const problems = after.needs.find((n) => n.reservationId === need.reservationId)!.problems;
    expect(problems.some((p) => p.startsWith('Purchase price'))).toBe(true);
  });

  it('reads UTF-16 and semicolon files like the UTF-8 ones, and names a file that is not text', () => {
    const session = new PortfolioSession();
    const overview = session.addFiles(
      [file('portal-reservations-utf16le.csv'), { name: 'latin1.csv', bytes: new Uint8Array([0x43, 0xe9, 0x0a]) }],
      DATE,
      'en',
      quiet,
    );
    expect(overview.files.map((f) => [f.name, f.format, f.encoding])).toEqual([
      ['latin1.csv', 'unknown', 'UTF-8'],
      ['portal-reservations-utf16le.csv', 'portal-reservations-csv', 'UTF-16LE'],
    ]);
    const latin = overview.problems.find((g) => g.file === 'latin1.csv')!;
    expect(latin.items[0]!.text).toMatch(/not UTF-8/);
    expect(overview.totals.reservations).toBeGreaterThan(0);
  });

  it('adds files to the same book: a second import merges, nothing is counted twice', () => {
    const session = new PortfolioSession();
    const one = session.addFiles([file('portal-reservations.csv')], DATE, 'en', quiet);
    const both = session.addFiles([file('reconciliation.csv')], DATE, 'en', quiet);
    expect(both.files.map((f) => f.name)).toEqual(['portal-reservations.csv', 'reconciliation.csv']);
    expect(both.totals.reservations).toBeGreaterThanOrEqual(one.totals.reservations);
    expect(both.needsTotal).toBeLessThan(one.needsTotal);
  });

  it('speaks Korean on the Korean page, keeping the file’s column and its detail', () => {
    const session = new PortfolioSession();
    const overview = session.addFiles([file('portal-reservations.csv')], DATE, 'ko', quiet);
    const problem = overview.problems.flatMap((g) => g.items).find((p) => p.code === 'INVALID_ID')!;
    expect(problem.where).toBe(`${problem.row}행`);
    expect(problem.text).toBe(`${problem.field}: ID는 GUID 형식으로 붙여 넣으세요.`);
    expect(problem.detail).toContain('GUID');
    expect(overview.files[0]!.formatText).toBe('Azure 포털 예약 목록 내보내기 (CSV)');
  });

  it('reports progress for every stage, ending complete', () => {
    const session = new PortfolioSession();
    const seen: string[] = [];
    session.addFiles([file('portal-reservations.csv'), file('reconciliation.csv')], DATE, 'en', (stage, done, total) =>
      seen.push(`${stage} ${done}/${total}`),
    );
    expect(seen[0]).toBe('read 0/2');
    expect(seen).toContain('import 0/1');
    expect(seen.some((s) => s.startsWith('value '))).toBe(true);
    expect(seen.at(-1)).toMatch(/^plan (\d+)\/\1$/);
  });
});

function addOneDayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
