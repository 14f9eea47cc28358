import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ledgerToCsv, parseCsv } from '../ledger-csv';
import { listCustomers, listRefunds, openDb, putCustomer, putRefund } from './db';
import { exportLedger, importLedger } from './ledger-import';

const tenant = '0f0e0d0c-0b0a-4908-8706-050403020100';
const other = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
let n = 0;
const idGen = () => {
  let i = 0;
  return () => `gen-${++i}`;
};

async function seeded() {
  const db = await openDb(`import-${++n}`);
  await putCustomer(db, { tenantId: tenant, name: 'Contoso' });
  await putRefund(db, { id: 'a', tenantId: tenant, date: '2026-01-02', amount: '100.00', note: 'first, "quoted"' });
  return db;
}

describe('ledger export and import', () => {
  it('round-trips through JSON and CSV into an empty profile', async () => {
    const source = await seeded();
    const ledger = await exportLedger(source);
    for (const [format, text] of [
      ['json', JSON.stringify(ledger)],
      ['csv', ledgerToCsv(ledger)],
    ] as const) {
      const target = await openDb(`import-${++n}`);
      const report = await importLedger(target, format, text, idGen());
      expect(report).toMatchObject({ addedRefunds: 1, addedCustomers: 1, problems: [] });
      expect(await listRefunds(target)).toEqual(ledger.refunds);
      expect(await listCustomers(target)).toEqual(ledger.customers);
    }
  });

  it('reports every bad row by number and field and imports the good ones', async () => {
    const db = await seeded();
    const csv = [
      'tenantId,customerName,id,date,amountUsd,reservationId,note',
      `${other},Fabrikam,,2026-02-30,10,,`,
      `${other},Fabrikam,,2026-02-03,ten,,`,
      `not-a-tenant,X,,2026-02-03,10,,`,
      `${other},Fabrikam,,2026-02-03,10.5,,ok`,
    ].join('\n');
    const report = await importLedger(db, 'csv', csv, idGen());
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 2, field: 'date' }),
      expect.objectContaining({ row: 3, field: 'amount' }),
      expect.objectContaining({ row: 4, field: 'tenantId' }),
    ]);
    expect(report.addedRefunds).toBe(1);
    expect((await listRefunds(db, other)).map((r) => r.amount)).toEqual(['10.5']);
  });

  it('merges without overwriting: same id with other content is kept as a new entry, duplicates are skipped', async () => {
    const db = await seeded();
    const ledger = {
      format: 'refund-desk-ledger',
      version: 1,
      customers: [{ tenantId: tenant, name: 'Contoso Ltd' }],
      refunds: [
        { id: 'a', tenantId: tenant, date: '2026-01-02', amount: '100.00', note: 'first, "quoted"' },
        { id: 'a', tenantId: tenant, date: '2026-01-05', amount: '999.00' },
      ],
    };
    const report = await importLedger(db, 'json', JSON.stringify(ledger), idGen());
    expect(report.addedRefunds).toBe(1);
    expect(report.unchanged).toBe(1);
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 1, field: 'name' }),
      expect.objectContaining({ row: 3, field: 'id', message: expect.stringContaining('gen-1') }),
    ]);
    const refunds = await listRefunds(db, tenant);
    expect(refunds.map((r) => [r.id, r.amount])).toEqual([
      ['a', '100.00'],
      ['gen-1', '999.00'],
    ]);
    expect(await listCustomers(db)).toEqual([{ tenantId: tenant, name: 'Contoso' }]);
  });

  it('refuses a file that is not a ledger', async () => {
    const db = await seeded();
    expect((await importLedger(db, 'json', '{"x":1}', idGen())).problems).toEqual([
      expect.objectContaining({ row: 0, field: 'format' }),
    ]);
    expect((await importLedger(db, 'csv', 'a,b\n1,2', idGen())).problems[0]).toMatchObject({ row: 1 });
  });

  it('parses RFC 4180 quoting', () => {
    expect(parseCsv('a,"b,""c"""\r\n"x\ny",z\n')).toEqual([
      ['a', 'b,"c"'],
      ['x\ny', 'z'],
    ]);
    expect(() => parseCsv('a,"b\n')).toThrow(/line 1/);
  });
});
