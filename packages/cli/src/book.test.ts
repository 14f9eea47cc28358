// `refund-desk book import|value` and `refund-desk plan`, through the built command as a child process.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planColumns } from './book/plan-rows.js';
import { valueColumns } from './book/value-rows.js';
import { assertBuiltFromCurrentSources, type RunOptions, runBin } from './testing/run-bin.js';

let dir: string;
const run = (args: string[], options: Omit<RunOptions, 'cwd'> = {}) => runBin(args, { cwd: dir, ...options });
const write = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
const usd = (amount: string) => ({ amount, currency: 'USD' });
/** A CSV line of plain cells (what these tests compare) into cells; quoted cells are not needed here. */
const cellsOf = (line: string) => line.split(',');

const tenantId = '0f0f0f0f-0000-4000-8000-000000000001';
/** A book as core writes one: a valued reservation with a hostile name, and one lacking its billing plan and price. */
const book = {
  refundDeskBook: 1,
  customers: [
    {
      tenantId,
      name: '=Contoso',
      ledger: [{ date: '2025-03-01', amount: usd('1000.00') }],
      reservations: [
        {
          reservationId: '11111111-1111-4111-8111-111111111111',
          reservationOrderId: '22222222-2222-4222-8222-222222222222',
          displayName: '@vm-east',
          product: 'virtual-machines',
          term: 'P1Y',
          billingPlan: 'Upfront',
          start: '2025-01-01',
          quantity: 2,
          price: usd('7300.00'),
          utilization: { days7: '40', days30: '45' },
          origin: {},
        },
        {
          reservationId: '33333333-1111-4111-8111-111111111111',
          reservationOrderId: '44444444-2222-4222-8222-222222222222',
          product: 'sql-database',
          term: 'P3Y',
          start: '2025-01-01',
          quantity: 1,
          origin: {},
        },
      ],
    },
  ],
};

beforeAll(() => {
  assertBuiltFromCurrentSources();
  dir = mkdtempSync(join(tmpdir(), 'refund-desk-book-'));
  write('book.json', JSON.stringify(book));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the book command lines', () => {
  it('lists the book commands in the help, and answers a wrong line with the usage (exit 2)', async () => {
    const wrongLines = [['book'], ['book', 'import'], ['book', 'value', 'book.json'], ['plan', 'book.json', '--csv']];
    const [help, ...wrong] = await Promise.all([run(['--help']), ...wrongLines.map((args) => run(args))]);
    expect(help?.code).toBe(0);
    for (const line of [
      'refund-desk book import FILE...',
      'refund-desk book value BOOK.json',
      'refund-desk plan BOOK.json',
    ]) {
      expect(help?.stdout).toContain(line);
    }
    wrong.forEach((answer, index) => {
      expect(answer.code, wrongLines[index]?.join(' ')).toBe(2);
      expect(answer.stdout).toBe('');
      expect(answer.stderr).toContain('Usage:');
    });
  });
});

describe('refund-desk book value', () => {
  it('prints core’s BookValue as JSON, and the same figures as CSV, one formula-safe row per reservation', async () => {
    const args = ['book', 'value', 'book.json', '--date', '2025-07-02'];
    const [asJson, asCsv] = await Promise.all([run(args), run([...args, '--csv'])]);
    expect(asJson.code).toBe(0);
    expect(asJson.stderr).toBe('');
    const value = JSON.parse(asJson.stdout);
    const [valued, lacking] = value.customers[0].reservations;
    expect(valued.estimate.ok).toBe(true);
    expect(lacking.estimate.ok).toBe(false);

    expect(asCsv.code).toBe(0);
    const [header, first, second, end] = asCsv.stdout.split('\n');
    expect(header).toBe(valueColumns.join(','));
    expect(end).toBe('');
    const estimate = valued.estimate.value;
    expect(cellsOf(first ?? '')).toEqual([
      tenantId,
      "'=Contoso",
      valued.reservationId,
      valued.reservationOrderId,
      "'@vm-east",
      'virtual-machines',
      '2',
      String(estimate.allowed),
      'USD',
      estimate.billingRefundAmount.amount,
      estimate.policyResult.capUse.amount,
      String(valued.suggestedReturn),
      estimate.policyResult.errors.map((e: { code: string }) => e.code).join(';'),
    ]);
    const codes = [...new Set(lacking.estimate.errors.map((e: { code: string }) => e.code))].join(';');
    expect(cellsOf(second ?? '').slice(5)).toEqual(['sql-database', '1', '', '', '', '', '0', codes]);
  });

  it('exits 2 naming what is wrong: the date, the file, its bytes, its nesting', async () => {
    const latin1Book = Buffer.from('{"refundDeskBook":1,"customers":[{"name":"Caf\xe9"}]}', 'latin1');
    write('latin1-book.json', latin1Book);
    write('deep-book.json', `{"refundDeskBook":1,"customers":${'['.repeat(200)}${']'.repeat(200)}}`);
    const [badDate, missing, latin1, deep] = await Promise.all([
      run(['book', 'value', 'book.json', '--date', '2025-13-02']),
      run(['book', 'value', 'none.json', '--date', '2025-07-02']),
      run(['book', 'value', 'latin1-book.json', '--date', '2025-07-02', '--csv']),
      run(['book', 'value', 'deep-book.json', '--date', '2025-07-02']),
    ]);
    for (const answer of [badDate, missing, latin1, deep]) {
      expect(answer.code).toBe(2);
      expect(answer.stdout).toBe('');
    }
    expect(badDate.stderr).toMatch(/^refund-desk: book value: .*2025-13-02.*\(INVALID_DATE\)\n$/);
    expect(missing.stderr).toBe('refund-desk: book value: none.json: cannot read the file: no such file\n');
    expect(latin1.stderr).toBe(
      `refund-desk: book value: latin1-book.json: input is not valid UTF-8 at byte ${latin1Book.indexOf(0xe9)}\n`,
    );
    expect(deep.stderr).toBe(
      'refund-desk: book value: deep-book.json nests arrays or objects more than 100 levels deep\n',
    );
  });

  it('says how to make a book when it is given one of the files a book is made from', async () => {
    write('export.csv', 'Name,Reservation Id,Reservation order Id\nvm,x,y\n');
    write('broken-book.json', '{"refundDeskBook":1,');
    write("Contoso's export.csv", 'Name,Reservation Id\nvm,x\n');
    const [csv, broken, spaced] = await Promise.all([
      run(['plan', 'export.csv', '--date', '2025-07-02']),
      run(['book', 'value', 'broken-book.json', '--date', '2025-07-02']),
      run(['plan', "Contoso's export.csv", '--date', '2025-07-02']),
    ]);
    expect(spaced.stderr).toContain(`refund-desk book import 'Contoso'\\''s export.csv' -o book.json\n`);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toBe(
      'refund-desk: plan: export.csv is not a book (the JSON that `refund-desk book import` writes); make one from your files first: refund-desk book import export.csv -o book.json\n',
    );
    // JSON cut short is a broken book, named as such.
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^refund-desk: book value: broken-book.json is not valid JSON: /);
  });
});

describe('refund-desk book import with nothing it can read', () => {
  it('exits 2 and reports each file with the reason, as text or as the whole import in JSON', async () => {
    const latin1 = Buffer.from('Name,Reservation Id\nCaf\xe9,1\n', 'latin1');
    write('latin1.csv', latin1);
    const args = ['book', 'import', 'none.csv', 'latin1.csv'];
    const [text, asJson] = await Promise.all([run(args), run([...args, '--report', 'json'])]);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('none.csv    unknown  not imported');
    expect(text.stderr).toContain('the file: cannot read the file: no such file (INVALID_INPUT)');
    expect(text.stderr).toContain(`the file: input is not valid UTF-8 at byte ${latin1.indexOf(0xe9)} (INVALID_INPUT)`);
    expect(text.stderr).toMatch(/refund-desk: book import: no file could be read .*\n$/);

    expect(asJson.code).toBe(2);
    const report = JSON.parse(asJson.stdout);
    expect(report.files).toEqual([
      { name: 'none.csv', format: 'unknown', rows: 0, used: 0, skipped: 0 },
      { name: 'latin1.csv', format: 'unknown', rows: 0, used: 0, skipped: 0 },
    ]);
    expect(report.problems.map((p: { file: string; row: number }) => [p.file, p.row])).toEqual([
      ['none.csv', 0],
      ['latin1.csv', 0],
    ]);
    expect(report.book).toEqual({ refundDeskBook: 1, customers: [] });
  });

  it('exits 2 when --into is not a readable book file', async () => {
    const answer = await run(['book', 'import', 'book.json', '--into', 'none.json']);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toBe('refund-desk: book import: --into none.json: cannot read the file: no such file\n');
  });
});

describe('refund-desk plan', () => {
  it('prints core’s RefundPlan as JSON, and as CSV the refunds, then the units not placed, errors last', async () => {
    const args = ['plan', 'book.json', '--date', '2025-07-02', '--candidates', 'all'];
    const [asJson, asCsv] = await Promise.all([run(args), run([...args, '--csv'])]);
    expect(asJson.code, asJson.stderr).toBe(0);
    expect(asJson.stderr).toBe('');
    const plan = JSON.parse(asJson.stdout);
    const [customer] = plan.customers;
    expect(customer.actions.length).toBeGreaterThan(0);
    expect(customer.unplaced.length).toBeGreaterThan(0);

    expect(asCsv.code).toBe(0);
    const lines = asCsv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(planColumns.join(','));
    expect(lines.slice(1).map(cellsOf)).toEqual([
      ...customer.actions.map(
        (action: Record<string, { amount: string; currency: string }> & Record<string, string>) => [
          tenantId,
          "'=Contoso",
          action.date,
          action.reservationId,
          action.reservationOrderId,
          String(action.quantity),
          action.billingRefundAmount?.currency,
          action.billingRefundAmount?.amount,
          action.capUse?.amount,
          action.remainingAfter?.amount,
          '',
        ],
      ),
      ...customer.unplaced.map((group: { reservationId: string; quantity: number; reason: string }) => [
        tenantId,
        "'=Contoso",
        '',
        group.reservationId,
        book.customers[0]?.reservations.find((r) => r.reservationId === group.reservationId)?.reservationOrderId,
        String(group.quantity),
        '',
        '',
        '',
        '',
        group.reason,
      ]),
    ]);
  });

  it('takes the candidates from a file and the horizon from --until', async () => {
    const [first] = book.customers[0]?.reservations ?? [];
    write('picked.json', JSON.stringify([{ reservationId: first?.reservationId, quantity: 1 }]));
    const answer = await run([
      'plan',
      'book.json',
      '--date',
      '2025-07-02',
      '--candidates',
      'picked.json',
      '--until',
      '2025-08-01',
    ]);
    expect(answer.code, answer.stderr).toBe(0);
    const planned = JSON.parse(answer.stdout).customers[0];
    const units = [...planned.actions, ...planned.unplaced].reduce((sum, entry) => sum + entry.quantity, 0);
    expect(units).toBe(1);
    expect(planned.actions.every((action: { date: string }) => action.date <= '2025-08-01')).toBe(true);
  });

  it('exits 2 naming what is wrong with the candidates: the file, or an entry core refuses', async () => {
    write('bad-pick.json', JSON.stringify([{ reservationId: 'x', quantity: 1 }]));
    const [missing, refused] = await Promise.all([
      run(['plan', 'book.json', '--date', '2025-07-02', '--candidates', 'picked-none.json']),
      run(['plan', 'book.json', '--date', '2025-07-02', '--candidates', 'bad-pick.json', '--csv']),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'refund-desk: plan: --candidates picked-none.json: cannot read the file: no such file\n',
    );
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^refund-desk: plan: candidates\[0\]\.reservationId.*\(INVALID_ID\)\n$/);
  });
});

// Real imports need real partner files: the import engineer's fixtures. Skipped only while that folder is missing.
const fixtureDir = fileURLToPath(new URL('../../../tests/fixtures/book', import.meta.url));
const fixtureFiles = existsSync(fixtureDir)
  ? readdirSync(fixtureDir)
      .filter((name) => /\.(csv|json)$/.test(name) && statSync(join(fixtureDir, name)).isFile())
      .sort()
  : [];

describe.skipIf(!existsSync(fixtureDir))('refund-desk book import, value and plan on tests/fixtures/book', () => {
  const fixtures = () => fixtureFiles.map((name) => join(fixtureDir, name));
  const date = '2026-11-25';

  it('prints the book on standard output and the report on standard error, exit 0', async () => {
    const [text, asJson] = await Promise.all([
      run(['book', 'import', ...fixtures()]),
      run(['book', 'import', ...fixtures(), '--report', 'json']),
    ]);
    expect(text.code, text.stderr).toBe(0);
    const printed = JSON.parse(text.stdout);
    expect(printed.refundDeskBook).toBe(1);
    expect(asJson.code).toBe(0);
    const report = JSON.parse(asJson.stdout);
    expect(report.book).toEqual(printed);
    expect(report.files.some((file: { format: string }) => file.format !== 'unknown')).toBe(true);
    // Each file on its line with the format core detected and its counts.
    for (const file of report.files) {
      const line = text.stderr.split('\n').find((l) => l.trimStart().startsWith(`${file.name} `));
      expect(line, file.name).toContain(file.format);
      if (file.format !== 'unknown') expect(line).toContain(`${file.used} used, ${file.skipped} skipped`);
    }
    for (const problem of report.problems) expect(text.stderr).toContain(`  ${problem.file}:`);
    expect(text.stderr).toContain(`Book: ${printed.customers.length} customer`);
  });

  it('imports the readable files when another cannot be read, and exits 2 when none is of a known format', async () => {
    write('notes.txt', 'nothing a partner exports\n');
    const [mixed, unknown] = await Promise.all([
      run(['book', 'import', ...fixtures(), 'none.csv', '--report', 'json']),
      run(['book', 'import', 'notes.txt']),
    ]);
    expect(mixed.code, mixed.stderr).toBe(0);
    const report = JSON.parse(mixed.stdout);
    expect(report.files.at(-1)).toEqual({ name: 'none.csv', format: 'unknown', rows: 0, used: 0, skipped: 0 });
    expect(report.problems).toContainEqual({
      file: 'none.csv',
      row: 0,
      code: 'INVALID_INPUT',
      message: 'cannot read the file: no such file',
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/notes\.txt +unknown/);
  });

  it('writes -o OUT whole and reads it back with --into and as a file, losing nothing', async () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    const first = await run(['book', 'import', ...fixtures(), '-o', 'out/book.json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'out', 'book.json'), 'utf8'));
    expect(readdirSync(join(dir, 'out'))).toEqual(['book.json']);

    const [asFile, into] = await Promise.all([
      run(['book', 'import', 'out/book.json']),
      run(['book', 'import', ...fixtures(), '--into', 'out/book.json', '--report', 'json']),
    ]);
    expect(asFile.code, asFile.stderr).toBe(0);
    expect(JSON.parse(asFile.stdout)).toEqual(written);
    expect(into.code, into.stderr).toBe(0);
    const merged = JSON.parse(into.stdout).book;
    for (const customer of written.customers) {
      const again = merged.customers.find((c: { tenantId: string }) => c.tenantId === customer.tenantId);
      expect(again, customer.tenantId).toBeDefined();
      for (const reservation of customer.reservations) {
        expect(again.reservations.map((r: { reservationId: string }) => r.reservationId)).toContain(
          reservation.reservationId,
        );
      }
    }
  });

  it('with -o and --report json, writes the book to OUT and the whole import to standard output', async () => {
    mkdirSync(join(dir, 'both'), { recursive: true });
    const answer = await run(['book', 'import', ...fixtures(), '-o', 'both/book.json', '--report', 'json']);
    expect(answer.code, answer.stderr).toBe(0);
    expect(answer.stderr).toBe('');
    expect(JSON.parse(answer.stdout).book).toEqual(JSON.parse(readFileSync(join(dir, 'both', 'book.json'), 'utf8')));
  });

  it('exits 1 when OUT cannot be written, leaving no temporary file', async () => {
    mkdirSync(join(dir, 'locked'), { recursive: true });
    const [noFolder, aFolder] = await Promise.all([
      run(['book', 'import', ...fixtures(), '-o', 'no-such-folder/book.json']),
      run(['book', 'import', ...fixtures(), '-o', 'locked']),
    ]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('refund-desk: book import: cannot write -o no-such-folder/book.json: ');
    expect(aFolder.code).toBe(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'locked'))).toEqual([]);
  });

  it('reads a CSV file the same in UTF-8, UTF-8 with a BOM and UTF-16 with a BOM', async () => {
    // A fixture in UTF-8 (the folder also holds UTF-16 ones), re-encoded here in each form.
    const csv = fixtureFiles.find((name) => {
      const bytes = readFileSync(join(fixtureDir, name));
      return name.endsWith('.csv') && !(bytes[0] === 0xff || bytes[0] === 0xfe);
    });
    expect(csv, 'a UTF-8 CSV fixture').toBeDefined();
    if (csv === undefined) return;
    const text = readFileSync(join(fixtureDir, csv), 'utf8').replace(/^\uFEFF/, '');
    const encodings: [string, Buffer][] = [
      ['plain', Buffer.from(text, 'utf8')],
      ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
      ['utf16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['utf16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ];
    const answers = await Promise.all(
      encodings.map(([folder, bytes]) => {
        mkdirSync(join(dir, folder), { recursive: true });
        writeFileSync(join(dir, folder, csv), bytes);
        return runBin(['book', 'import', csv, '--report', 'json'], { cwd: join(dir, folder) });
      }),
    );
    const [plain, ...others] = answers.map((answer) => JSON.parse(answer.stdout));
    for (const other of others) expect(other).toEqual(plain);
  });

  it('values the imported book (JSON and CSV agree) and plans its refunds (JSON and CSV agree)', async () => {
    const imported = await run(['book', 'import', ...fixtures()]);
    write('imported.json', imported.stdout);
    const value = ['book', 'value', 'imported.json', '--date', date];
    const plan = ['plan', 'imported.json', '--date', date];
    const [valueJson, valueCsv, planJson, planCsv] = await Promise.all([
      run(value),
      run([...value, '--csv']),
      run(plan),
      run([...plan, '--csv']),
    ]);
    for (const answer of [valueJson, valueCsv, planJson, planCsv]) expect(answer.code, answer.stderr).toBe(0);

    const valued = JSON.parse(valueJson.stdout);
    const valueLines = valueCsv.stdout.trimEnd().split('\n');
    expect(valueLines[0]).toBe(valueColumns.join(','));
    const reservations = valued.customers.flatMap((c: { reservations: unknown[] }) => c.reservations);
    expect(valueLines).toHaveLength(reservations.length + 1);

    const planned = JSON.parse(planJson.stdout);
    const planLines = planCsv.stdout.trimEnd().split('\n');
    expect(planLines[0]).toBe(planColumns.join(','));
    const actions = planned.customers.flatMap((c: { actions: unknown[] }) => c.actions);
    const unplaced = planned.customers.flatMap((c: { unplaced: unknown[] }) => c.unplaced);
    expect(planLines).toHaveLength(1 + actions.length + unplaced.length);
    const dated = planLines.slice(1, 1 + actions.length);
    expect(dated.every((line) => /^[^,]*,[^,]*,\d{4}-\d\d-\d\d,/.test(line) || line.includes('"'))).toBe(true);
    for (const line of planLines.slice(1 + actions.length)) expect(line).toMatch(/,,,,,[A-Z_]+$/);
  });
});
