import { capStatus, type ErrorCode, normalizeGuid, todayUtc } from '@refund-desk/core';
import { run } from '../check';
import { readLedgerCsv } from '../ledger-csv';
import { checkCustomer, checkRefund } from '../messages';
import type { Customer, ImportReport, LedgerFile, RefundRecord } from '../shapes';
import { type Db, listCustomers, listRefunds, storedRefund } from './db';
import { plausibilityFlags, sameAmount } from './plausible';

// Import: every row is validated (shape here, money and date by core), problems are reported by row, and the merge
// never drops or overwrites what is already stored. A refund is known by its id: two entries with different ids are
// two refunds even when their date and amount match; a row without an id is the stored refund it equals, if any.
type Row = {
  row: number;
  customer?: Customer;
  refund?: Omit<RefundRecord, 'id'> & { id?: string };
  currency?: string;
  problem?: string;
};
type Problem = ImportReport['problems'][number];

/** Tenant and reservation IDs lower case (core's normalizeGuid); text that is no GUID stays as typed, to be refused. */
const guidOrText = (value: unknown): string => (typeof value === 'string' ? (normalizeGuid(value) ?? value) : '');

function fromJson(text: string, problems: Problem[]): Row[] {
  let data: Partial<LedgerFile>;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ row: 0, message: `not JSON: ${(error as Error).message}` });
    return [];
  }
  if (data?.format !== 'refund-desk-ledger') {
    problems.push({ row: 0, field: 'format', message: 'must be "refund-desk-ledger"' });
    return [];
  }
  const customers = Array.isArray(data.customers) ? data.customers : [];
  const refunds = Array.isArray(data.refunds) ? data.refunds : [];
  return [
    ...customers.map((customer, i) => ({
      row: i + 1,
      customer: { ...customer, tenantId: guidOrText(customer?.tenantId) },
    })),
    ...refunds.map((raw, i): Row => {
      const refund = { ...raw, tenantId: guidOrText(raw?.tenantId) } as Row['refund'] & { amount: unknown };
      if (raw?.reservationId !== undefined) refund.reservationId = guidOrText(raw.reservationId);
      // core's LedgerEntry form { amount, currency } is read too.
      const amount = raw?.amount as unknown;
      let currency: string | undefined;
      if (typeof amount === 'object' && amount !== null) {
        const money = amount as { amount?: unknown; currency?: unknown };
        refund.amount = typeof money.amount === 'string' ? money.amount : '';
        if (typeof money.currency === 'string') currency = money.currency.toUpperCase();
      }
      return { row: customers.length + i + 1, refund, ...(currency && { currency }) };
    }),
  ];
}

function fromCsv(text: string, problems: Problem[]): Row[] {
  const { rows, missing } = readLedgerCsv(text);
  if (missing.length) {
    problems.push({ row: 1, field: missing.join(', '), message: 'column missing from the header' });
    return [];
  }
  return rows.flatMap(({ row, cells, problem }): Row[] => {
    if (Object.values(cells).every((c) => c.trim() === '')) return [];
    if (problem) return [{ row, problem }];
    const tenantId = guidOrText(cells.tenantId);
    const out: Row = { row, customer: { tenantId, name: cells.customerName ?? '' } };
    if (cells.date || cells.amountUsd || cells.id) {
      const refund: Row['refund'] = { tenantId, date: cells.date ?? '', amount: (cells.amountUsd ?? '').trim() };
      if (cells.id) refund.id = cells.id;
      if (cells.reservationId) refund.reservationId = guidOrText(cells.reservationId);
      if (cells.note) refund.note = cells.note;
      out.refund = refund;
      if (cells.currency?.trim()) out.currency = cells.currency.trim().toUpperCase();
    }
    return [out];
  });
}

export function coreProblems(refund: RefundRecord): { field: string; message: string; code: ErrorCode }[] {
  const result = capStatus({
    date: refund.date,
    ledger: [{ date: refund.date, amount: { amount: refund.amount, currency: 'USD' } }],
  });
  if (result.ok) return [];
  const fields: Record<string, string> = {
    date: 'date',
    'ledger[0].date': 'date',
    'ledger[0].amount.amount': 'amount',
  };
  const seen = new Set<string>();
  return result.errors.flatMap((e) => {
    const field = fields[e.field ?? ''] ?? e.field ?? 'refund';
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: e.message, code: e.code }];
  });
}

/** Same refund: same customer, day and reservation, the same amount exactly, the same note. */
const sameContent = (a: RefundRecord, b: RefundRecord) =>
  a.tenantId === b.tenantId &&
  a.date === b.date &&
  sameAmount(a.amount, b.amount) &&
  (a.reservationId ?? '') === (b.reservationId ?? '') &&
  (a.note ?? '') === (b.note ?? '');

export async function importLedger(
  db: Db,
  format: 'json' | 'csv',
  text: string,
  newId: () => string,
  options: { confirmed?: boolean; today?: string } = {},
): Promise<ImportReport> {
  const today = options.today ?? todayUtc();
  const problems: Problem[] = [];
  const rows = format === 'json' ? fromJson(text, problems) : fromCsv(text, problems);
  const report: ImportReport = { addedRefunds: 0, addedCustomers: 0, unchanged: 0, problems, held: [] };
  const customers = new Map((await listCustomers(db)).map((c) => [c.tenantId, c]));
  const refunds = await listRefunds(db);
  const byId = new Map(refunds.map((r) => [r.id, r]));
  const newCustomers: Customer[] = [];
  const newRefunds: RefundRecord[] = [];

  for (const { row, customer, refund, currency, problem } of rows) {
    if (problem) {
      problems.push({ row, message: `${problem}; the row is not used` });
      continue;
    }
    if (customer) {
      const checked = run(checkCustomer, customer);
      if (!checked.ok) {
        for (const issue of checked.issues) problems.push({ row, field: issue.field, message: issue.message });
        continue;
      }
      const known = customers.get(checked.value.tenantId);
      if (!known) {
        customers.set(checked.value.tenantId, checked.value);
        newCustomers.push(checked.value);
      } else if (known.name === '' && checked.value.name !== '') {
        known.name = checked.value.name;
        newCustomers.push(known);
      } else if (checked.value.name !== '' && known.name !== checked.value.name && !refund) {
        problems.push({
          row,
          field: 'name',
          message: `kept the stored name "${known.name}", not "${checked.value.name}"`,
        });
      } else if (!refund) report.unchanged++;
    }
    if (!refund) continue;
    const hadId = refund.id !== undefined && refund.id !== '';
    const candidate = { ...refund, id: hadId ? refund.id : newId() } as RefundRecord;
    const checked = run(checkRefund, candidate);
    const issues = checked.ok ? coreProblems(checked.value) : checked.issues;
    if (issues.length || !checked.ok) {
      for (const issue of issues) problems.push({ row, ...issue });
      continue;
    }
    const value = storedRefund(checked.value);
    const stored = byId.get(value.id);
    if (hadId ? stored && sameContent(stored, value) : [...byId.values()].some((r) => sameContent(r, value))) {
      report.unchanged++;
      continue;
    }
    const flags = plausibilityFlags(value, today, currency);
    if (flags.length && !options.confirmed) {
      report.held.push({ row, refund: value, flags });
      continue;
    }
    if (stored) {
      // Same id, different content: keep both and say so.
      const id = newId();
      problems.push({ row, field: 'id', message: `id ${value.id} already holds another refund; imported as ${id}` });
      value.id = id;
    }
    if (!customers.has(value.tenantId)) {
      const blank = { tenantId: value.tenantId, name: '' };
      customers.set(value.tenantId, blank);
      newCustomers.push(blank);
    }
    byId.set(value.id, value);
    newRefunds.push(value);
  }

  // One transaction: either the whole merge lands or nothing does.
  const tx = db.transaction(['customers', 'refunds'], 'readwrite');
  for (const c of newCustomers) await tx.objectStore('customers').put(c);
  for (const r of newRefunds) await tx.objectStore('refunds').add(r);
  await tx.done;
  report.addedCustomers = new Set(newCustomers.map((c) => c.tenantId)).size;
  report.addedRefunds = newRefunds.length;
  return report;
}

export async function exportLedger(db: Db): Promise<LedgerFile> {
  return {
    format: 'refund-desk-ledger',
    version: 1,
    customers: await listCustomers(db),
    refunds: await listRefunds(db),
  };
}
