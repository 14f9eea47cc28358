import { capStatus, type ErrorCode } from '@refund-desk/core';
import { run } from '../check';
import { ledgerColumns, parseCsv } from '../ledger-csv';
import { checkCustomer, checkRefund } from '../messages';
import type { Customer, ImportReport, LedgerFile, RefundRecord } from '../shapes';
import { type Db, listCustomers, listRefunds } from './db';

// Import: every row is validated (shape here, money and date by core), problems are reported by row, and the merge
// never drops or overwrites what is already stored.
type Row = { row: number; customer?: Customer; refund?: Omit<RefundRecord, 'id'> & { id?: string } };
type Problem = ImportReport['problems'][number];

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
    ...customers.map((customer, i) => ({ row: i + 1, customer })),
    ...refunds.map((refund, i) => ({ row: customers.length + i + 1, refund })),
  ];
}

function fromCsv(text: string, problems: Problem[]): Row[] {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    problems.push({ row: 0, message: (error as Error).message });
    return [];
  }
  const header = table[0] ?? [];
  const missing = ledgerColumns.filter((c) => !header.includes(c));
  if (missing.length) {
    problems.push({ row: 1, field: missing.join(', '), message: 'column missing from the header' });
    return [];
  }
  const col = (cells: string[], name: (typeof ledgerColumns)[number]) => cells[header.indexOf(name)] ?? '';
  return table.slice(1).flatMap((cells, i): Row[] => {
    if (cells.every((c) => c.trim() === '')) return [];
    const tenantId = col(cells, 'tenantId').toLowerCase();
    const row: Row = { row: i + 2, customer: { tenantId, name: col(cells, 'customerName') } };
    if (col(cells, 'date') || col(cells, 'amountUsd') || col(cells, 'id')) {
      const refund: Row['refund'] = { tenantId, date: col(cells, 'date'), amount: col(cells, 'amountUsd') };
      if (col(cells, 'id')) refund.id = col(cells, 'id');
      if (col(cells, 'reservationId')) refund.reservationId = col(cells, 'reservationId').toLowerCase();
      if (col(cells, 'note')) refund.note = col(cells, 'note');
      row.refund = refund;
    }
    return [row];
  });
}

/** Core checks the date and the USD amount, exactly as it will when counting them. */
function coreProblems(refund: RefundRecord): { field: string; message: string; code: ErrorCode }[] {
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

const sameRefund = (a: RefundRecord, b: RefundRecord) =>
  a.tenantId === b.tenantId &&
  a.date === b.date &&
  Number(a.amount) === Number(b.amount) &&
  (a.reservationId ?? '') === (b.reservationId ?? '') &&
  (a.note ?? '') === (b.note ?? '');

export async function importLedger(
  db: Db,
  format: 'json' | 'csv',
  text: string,
  newId: () => string,
): Promise<ImportReport> {
  const problems: Problem[] = [];
  const rows = format === 'json' ? fromJson(text, problems) : fromCsv(text, problems);
  const report: ImportReport = { addedRefunds: 0, addedCustomers: 0, unchanged: 0, problems, held: [] };
  const customers = new Map((await listCustomers(db)).map((c) => [c.tenantId, c]));
  const refunds = await listRefunds(db);
  const byId = new Map(refunds.map((r) => [r.id, r]));
  const newCustomers: Customer[] = [];
  const newRefunds: RefundRecord[] = [];

  for (const { row, customer, refund } of rows) {
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
    const candidate = { ...refund, id: refund.id ?? newId() } as RefundRecord;
    const checked = run(checkRefund, candidate);
    const issues = checked.ok ? coreProblems(checked.value) : checked.issues;
    if (issues.length || !checked.ok) {
      for (const issue of issues) problems.push({ row, ...issue });
      continue;
    }
    const value = checked.value;
    if ([...byId.values()].some((r) => sameRefund(r, value))) {
      report.unchanged++;
      continue;
    }
    if (byId.has(value.id)) {
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
