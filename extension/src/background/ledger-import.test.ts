import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ledgerToCsv, readLedgerCsv } from '../ledger-csv';
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
      const report = await importLedger(target, format, text, idGen(), { today: '2026-12-01' });
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

  it("reads RFC 4180 quoting with core's reader", () => {
    const { rows } = readLedgerCsv('tenantId,note\r\na,"b,""c"""\r\n"x\ny",z\n');
    expect(rows.map((r) => [r.row, r.cells.tenantId, r.cells.note])).toEqual([
      [2, 'a', 'b,"c"'],
      [3, 'x\ny', 'z'],
    ]);
  });

  it('keeps two refunds with different ids even when their day and amount match', async () => {
    const db = await seeded();
    const ledger = {
      format: 'refund-desk-ledger',
      version: 1,
      customers: [],
      refunds: [
        { id: 'b', tenantId: tenant, date: '2026-01-02', amount: '100.00', note: 'first, "quoted"' },
        { id: 'c', tenantId: tenant, date: '2026-01-02', amount: '100', note: 'first, "quoted"' },
      ],
    };
    const report = await importLedger(db, 'json', JSON.stringify(ledger), idGen(), { today: '2026-12-01' });
    expect(report).toMatchObject({ addedRefunds: 2, unchanged: 0, problems: [] });
    expect((await listRefunds(db, tenant)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('compares amounts exactly: the same id with "100" is unchanged, with "100.01" it is another refund', async () => {
    const db = await seeded();
    const row = (amount: string) => ({
      id: 'a',
      tenantId: tenant,
      date: '2026-01-02',
      amount,
      note: 'first, "quoted"',
    });
    const same = { format: 'refund-desk-ledger', version: 1, customers: [], refunds: [row('100')] };
    expect(await importLedger(db, 'json', JSON.stringify(same), idGen(), { today: '2026-12-01' })).toMatchObject({
      addedRefunds: 0,
      unchanged: 1,
    });
    const csv = `tenantId,customerName,id,date,amountUsd,reservationId,note\n${tenant},,a,2026-01-02,100.01,,"first, ""quoted"""\n`;
    const report = await importLedger(db, 'csv', csv, idGen(), { today: '2026-12-01' });
    expect(report.addedRefunds).toBe(1);
    expect(report.problems).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('lower-cases tenant and reservation IDs of a JSON ledger', async () => {
    const db = await openDb(`import-${++n}`);
    const ledger = {
      format: 'refund-desk-ledger',
      version: 1,
      customers: [{ tenantId: other.toUpperCase(), name: 'Fabrikam' }],
      refunds: [
        {
          id: 'x',
          tenantId: other.toUpperCase(),
          date: '2026-02-03',
          amount: '10.00',
          reservationId: '66666666-7777-4888-9999-AAAAAAAAAAAA',
        },
      ],
    };
    await importLedger(db, 'json', JSON.stringify(ledger), idGen(), { today: '2026-12-01' });
    expect(await listCustomers(db)).toEqual([{ tenantId: other, name: 'Fabrikam' }]);
    expect(await listRefunds(db, other)).toEqual([
      {
        id: 'x',
        tenantId: other,
        date: '2026-02-03',
        amount: '10.00',
        reservationId: '66666666-7777-4888-9999-aaaaaaaaaaaa',
      },
    ]);
  });

  it('reads a semicolon-separated ledger with decimal commas', async () => {
    const db = await openDb(`import-${++n}`);
    const csv = `sep=;\ntenantId;customerName;id;date;amountUsd;reservationId;note\n${other};Fabrikam;;2026-02-03;"1.234,50";;\n`;
    const report = await importLedger(db, 'csv', csv, idGen(), { today: '2026-12-01' });
    expect(report).toMatchObject({ addedRefunds: 1, problems: [] });
    expect((await listRefunds(db, other)).map((r) => r.amount)).toEqual(['1234.50']);
  });

  it('holds back implausible rows until the import is confirmed', async () => {
    const db = await openDb(`import-${++n}`);
    const ledger = {
      format: 'refund-desk-ledger',
      version: 1,
      customers: [],
      refunds: [
        { id: 'big', tenantId: other, date: '2026-02-03', amount: '50000.01' },
        { id: 'later', tenantId: other, date: '2027-01-01', amount: '10.00' },
        { id: 'eur', tenantId: other, date: '2026-02-03', amount: { amount: '10.00', currency: 'EUR' } },
        { id: 'fine', tenantId: other, date: '2026-02-03', amount: '10.00' },
      ],
    };
    const text = JSON.stringify(ledger);
    const first = await importLedger(db, 'json', text, idGen(), { today: '2026-12-01' });
    expect(first.addedRefunds).toBe(1);
    expect(first.held.map((h) => [h.refund.id, h.flags.map((f) => f.code)])).toEqual([
      ['big', ['OVER_LIMIT']],
      ['later', ['FUTURE_DATE']],
      ['eur', ['NOT_USD']],
    ]);
    const confirmed = await importLedger(db, 'json', text, idGen(), { today: '2026-12-01', confirmed: true });
    expect(confirmed).toMatchObject({ addedRefunds: 3, unchanged: 1, held: [] });
  });

  it('writes a CSV no spreadsheet runs as a formula', async () => {
    const db = await openDb(`import-${++n}`);
    await putCustomer(db, { tenantId: tenant, name: '=HYPERLINK("http://x","y")' });
    await putRefund(db, { id: 'a', tenantId: tenant, date: '2026-01-02', amount: '1.00', note: '+1' });
    const csv = ledgerToCsv(await exportLedger(db));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(",'+1");
    for (const { cells } of readLedgerCsv(csv).rows)
      for (const cell of Object.values(cells)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
