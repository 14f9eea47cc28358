// The plan CSV on a real plan of the book fixtures (core's importBook and planRefunds), with a customer whose name a
// spreadsheet would run as a formula.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBook, planRefunds } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { planColumns, planCsv } from './plan-csv.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'book');
const text = (name: string) => readFileSync(join(fixtures, name), 'utf8').replace(/^\uFEFF/, '');

describe('planCsv', () => {
  const imported = importBook([
    { name: 'portal-reservations.csv', text: text('portal-reservations.csv') },
    { name: 'reconciliation.csv', text: text('reconciliation.csv') },
  ]);
  if (!imported.ok) throw new Error('fixtures do not import');
  // Every unit a candidate: the fixtures then give planned refunds and groups not placed for several reasons.
  const plan = planRefunds({ date: '2026-03-01', book: imported.value.book, candidates: 'all' });
  if (!plan.ok) throw new Error('fixtures do not plan');
  const customers = plan.value.customers.map((c, i) => (i === 0 ? { ...c, name: '=HYPERLINK("x")' } : c));
  const first = plan.value.customers[0]!;
  const lines = planCsv(customers, () => 'order').split('\n');

  it("starts with a byte order mark and the command's columns", () => {
    expect(lines[0]).toBe(`\uFEFF${planColumns.join(',')}`);
  });

  it('writes every planned refund with its figures as plain numbers, in core’s order', () => {
    const actions = plan.value.customers.flatMap((c) => c.actions.map((a) => ({ tenant: c.tenantId, a })));
    const rows = lines.slice(1, 1 + actions.length).map((line) => line.split(','));
    rows.forEach((cells, i) => {
      const { tenant, a } = actions[i]!;
      expect([cells[0], cells[2], cells[3], cells[5], cells[7], cells[8], cells[9]]).toEqual([
        tenant,
        a.date,
        a.reservationId,
        String(a.quantity),
        a.billingRefundAmount.amount,
        a.capUse.amount,
        a.remainingAfter.amount,
      ]);
    });
  });

  it('neutralises a name that would run as a formula', () => {
    const named = lines.filter((line) => line.startsWith(first.tenantId));
    expect(named.length).toBe(first.actions.length + first.unplaced.length);
    expect(named.length).toBeGreaterThan(0);
    for (const line of named) expect(line).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('ends with one row per group of units not placed: no date, the reason in errors', () => {
    const groups = plan.value.customers.flatMap((c) => c.unplaced);
    expect(new Set(groups.map((g) => g.reason)).size).toBeGreaterThan(1);
    const rows = lines.filter((line) => line !== '').slice(-groups.length);
    rows.forEach((line, i) => {
      const cells = line.split(',');
      expect(cells[2]).toBe('');
      expect(cells[4]).toBe('order');
      expect(cells.at(-1)).toBe(groups[i]!.reason);
    });
  });
});
