// The real command, built (`npx tsc -b packages/cli`) and run as a child process, the way people and scripts run it.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltFromCurrentSources, type RunOptions, runBin } from './testing/run-bin.js';

let dir: string;
const run = (args: string[], options: Omit<RunOptions, 'cwd'> = {}) => runBin(args, { cwd: dir, ...options });

const json = (value: unknown) => JSON.stringify(value);
const usd = (amount: string) => ({ amount, currency: 'USD' });
/** 3650 USD for a year from 2025-01-01, returned on 2025-07-02: 183 of 365 days left, 1830.00 back. */
const refundRequest = {
  date: '2025-07-02',
  reservation: {
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2025-01-01',
    quantity: 1,
    price: usd('3650.00'),
  },
};

beforeAll(() => {
  assertBuiltFromCurrentSources();
  dir = mkdtempSync(join(tmpdir(), 'refund-desk-cli-'));
  writeFileSync(join(dir, 'refund.json'), json(refundRequest));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('refund-desk <command> with JSON', () => {
  it('prints the Result of a request read from a file, from "-" and from standard input alike', async () => {
    const fromFile = await run(['refund', 'refund.json']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stderr).toBe('');
    const result = JSON.parse(fromFile.stdout);
    expect(result.ok).toBe(true);
    expect(result.value.allowed).toBe(true);
    expect(result.value.billingRefundAmount).toEqual(usd('1830.00'));
    expect(fromFile.stdout).toBe(`${JSON.stringify(result, null, 2)}\n`);

    const [fromDash, fromStdin] = await Promise.all([
      run(['refund', '-'], { stdin: json(refundRequest) }),
      run(['refund'], { stdin: `\uFEFF${json(refundRequest)}` }),
    ]);
    expect(fromDash).toEqual(fromFile);
    expect(fromStdin).toEqual(fromFile);
  });

  it('exits 0 for a policy refusal: the answer is ok, the refund is not allowed', async () => {
    const big = { ...refundRequest, reservation: { ...refundRequest.reservation, price: usd('365000.00') } };
    const { code, stdout } = await run(['refund'], { stdin: json(big) });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.value.allowed).toBe(false);
    expect(result.value.policyResult.errors.map((e: { code: string }) => e.code)).toEqual(['REFUND_LIMIT_EXCEEDED']);
  });

  it('exits 2 with every input problem and its field', async () => {
    const bad = { date: '2025-02-30', reservation: { ...refundRequest.reservation, price: usd('1.234') } };
    const { code, stdout } = await run(['refund'], { stdin: json(bad) });
    expect(code).toBe(2);
    const result = JSON.parse(stdout);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID_DATE', field: 'date' }),
        expect.objectContaining({ code: 'INVALID_AMOUNT', field: 'reservation.price.amount' }),
      ]),
    );
  });

  it('answers malformed JSON and a missing file as INVALID_INPUT, exit 2', async () => {
    const malformed = await run(['refund'], { stdin: '{"date": ' });
    expect(malformed.code).toBe(2);
    expect(JSON.parse(malformed.stdout).errors[0]).toMatchObject({ code: 'INVALID_INPUT' });
    const missing = await run(['exchange', 'nowhere.json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).errors[0].message).toContain('nowhere.json');
  });

  it('runs exchange, cap and checklist requests', async () => {
    const exchange = {
      date: '2025-07-02',
      returns: [{ reservation: refundRequest.reservation }],
      purchases: [{ product: 'virtual-machines', term: 'P3Y', billingPlan: 'Upfront', price: usd('2000.00') }],
    };
    const exchanged = await run(['exchange'], { stdin: json(exchange) });
    expect(exchanged.code).toBe(0);
    expect(JSON.parse(exchanged.stdout).value).toMatchObject({
      refundsTotal: usd('1830.00'),
      netPayable: usd('170.00'),
    });

    const cap = { date: '2026-01-14', ledger: [{ date: '2025-06-01', amount: usd('10000.00') }] };
    const capped = await run(['cap'], { stdin: json(cap) });
    expect(capped.code).toBe(0);
    expect(JSON.parse(capped.stdout).value).toMatchObject({ remaining: usd('40000.00') });

    const checklist = { action: 'refund', customer: 'Contoso' };
    const [english, korean] = (
      await Promise.all([
        run(['checklist'], { stdin: json(checklist) }),
        run(['checklist', '--locale', 'ko'], { stdin: json(checklist) }),
      ])
    ).map((answer) => JSON.parse(answer.stdout));
    expect(english.value.description).toContain('Contoso');
    expect(korean.value.description).toMatch(/[가-힣]/);
    expect(english.value.description).not.toMatch(/[가-힣]/);
  });
});

describe('refund-desk --text', () => {
  it('prints the figures in aligned rows, the verdict and the explanation in English', async () => {
    const { code, stdout } = await run(['refund', '--text', 'refund.json']);
    expect(code).toBe(0);
    const blocks = stdout.trimEnd().split('\n\n');
    const table = blocks[1]?.split('\n') ?? [];
    expect(table.find((line) => line.trim().startsWith('Refund '))).toMatch(
      /^ {2}Refund paid back now +USD\s1,830\.00$/,
    );
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
    expect(blocks[2]).toBe('Allowed.');
    expect(blocks[3]?.split('\n')[0]).toBe('How it was worked out:');
    expect(blocks[3]?.split('\n').length).toBeGreaterThan(5);
  });

  it('speaks Korean with --locale ko', async () => {
    const { code, stdout } = await run(['refund', '--text', '--locale', 'ko'], { stdin: json(refundRequest) });
    expect(code).toBe(0);
    for (const label of ['환불', '취소된 약정', '12개월 롤링 기간', '일할 계산', '계산 과정:']) {
      expect(stdout).toContain(label);
    }
    expect(stdout).not.toContain('Refund ');
  });

  it('lists each input problem with its field, exit 2', async () => {
    const bad = { date: '2025-07-02', reservation: { ...refundRequest.reservation, product: 'virtual-machine' } };
    const { code, stdout } = await run(['refund', '--text'], { stdin: json(bad) });
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Input problems:\n {2}- .*reservation\.product.*\(UNKNOWN_PRODUCT\)\n$/);
  });

  it('prints exchange and cap reports too', async () => {
    const exchange = {
      date: '2025-07-02',
      returns: [{ reservation: refundRequest.reservation }],
      purchases: [{ product: 'sql-database', term: 'P1Y', billingPlan: 'Upfront', price: usd('5000.00') }],
    };
    const exchanged = await run(['exchange', '--text', '--locale', 'ko'], { stdin: json(exchange) });
    expect(exchanged.code).toBe(0);
    expect(exchanged.stdout).toContain('교환');
    expect(exchanged.stdout).toContain('거부:');
    expect(exchanged.stdout).toContain('EXCHANGE_DIFFERENT_FAMILY');

    const cap = { date: '2026-01-14', ledger: [{ date: '2025-06-01', amount: usd('10000.00') }] };
    const capped = await run(['cap', '--text'], { stdin: json(cap) });
    expect(capped.stdout).toMatch(/Left under the limit today +USD\s40,000\.00/);
    expect(capped.stdout).toMatch(/2026-06-01 +\+USD\s10,000\.00/);
  });
});

describe('refund-desk arguments and failures', () => {
  it('prints usage for --help (exit 0) and on stderr for a wrong command line (exit 2)', async () => {
    const wrongLines = [['refnud'], ['refund', '--txt'], ['refund', '--csv', 'x.csv'], ['cap', '--date', '2025-01-01']];
    const [help, ...wrong] = await Promise.all([run(['--help']), ...wrongLines.map((args) => run(args))]);
    expect(help?.code).toBe(0);
    expect(help?.stdout).toContain('Usage:');
    wrong.forEach((answer, index) => {
      expect(answer.code, wrongLines[index]?.join(' ')).toBe(2);
      expect(answer.stdout).toBe('');
      expect(answer.stderr).toContain('Usage:');
    });
  });

  it('exits 1 when the output cannot be written', async () => {
    const readOnly = join(dir, 'read-only.txt');
    writeFileSync(readOnly, '');
    const fd = openSync(readOnly, 'r');
    try {
      const { code, stderr } = await run(['refund', 'refund.json'], { stdout: fd });
      expect(code).toBe(1);
      expect(stderr).toContain('cannot write the output');
    } finally {
      closeSync(fd);
    }
  });
});

describe('refund-desk refund --csv', () => {
  const crlf = (lines: string[]) => lines.map((line) => `${line}\r\n`).join('');
  const header =
    'reservationId,reservationOrderId,allowed,currency,billingRefundAmount,earlyTerminationFee,remainingCommitment,capUse,errors';

  it('estimates every row in order, good and bad, whatever the column order, quoting and line ends', async () => {
    const id = '11111111-1111-1111-1111-111111111111';
    writeFileSync(
      join(dir, 'mixed.csv'),
      `\uFEFF${crlf([
        'term,price,"product",note,quantity,currency,start,billingPlan,reservationId,used,returnQuantity',
        `P1Y,3650.00,virtual-machines,"plain, good",1,USD,2025-01-01,Upfront,${id},,`,
        'P1Y,3650,virtual-machines,"half a unit",1.5,USD,2025-01-01,Upfront,,,',
        'P3Y,3600,sql-database,"monthly\r\nwith a line break",1,USD,2024-01-15,Monthly,,,',
        'P1Y,7300,virtual-machines,return one of two unused,2,USD,2025-06-30,Upfront,,false,1',
        'P1Y,3650,suse-linux-plan,,1,USD,2025-01-01,Upfront,,,',
        'P1Y,365000,virtual-machines,,1,USD,2025-01-01,Upfront,,,',
        'P1Y,1000000,virtual-machines,,1,KRW,2025-01-01,Upfront,,,',
        'P1Y,3650,virtual-machines,,1,USD,2025-01-01,Upfront,"not,""an id""",,',
      ])}`,
    );
    const { code, stdout, stderr } = await run(['refund', '--csv', 'mixed.csv', '--date', '2025-07-02']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      header,
      `${id},,true,USD,1830.00,0.00,0.00,1830.00,`,
      ',,,,,,,,INVALID_QUANTITY',
      ',,true,USD,43.33,0.00,1800.00,1843.33,',
      ',,true,USD,3650.00,0.00,0.00,3650.00,',
      ',,false,USD,1830.00,0.00,0.00,1830.00,NOT_REFUNDABLE',
      ',,false,USD,183000.00,0.00,0.00,183000.00,REFUND_LIMIT_EXCEEDED',
      ',,,,,,,,FX_RATE_REQUIRED',
      // An invalid ID is not echoed into the output: it could carry a formula.
      ',,,,,,,,INVALID_ID',
      '',
    ]);
  });

  it('applies the ledger to each row on its own', async () => {
    const row = 'virtual-machines,P1Y,Upfront,2025-01-01,1,3650.00,USD';
    writeFileSync(join(dir, 'two.csv'), `product,term,billingPlan,start,quantity,price,currency\n${row}\n${row}\n`);
    writeFileSync(join(dir, 'ledger.json'), json([{ date: '2025-03-01', amount: usd('48000.00') }]));
    const { code, stdout } = await run([
      'refund',
      '--csv',
      'two.csv',
      '--date',
      '2025-07-02',
      '--ledger',
      'ledger.json',
    ]);
    expect(code).toBe(0);
    // 48,000 + 1,830 fits under 50,000 for each row; counted together the second would not.
    expect(stdout.split('\n').slice(1, 3)).toEqual([
      ',,true,USD,1830.00,0.00,0.00,1830.00,',
      ',,true,USD,1830.00,0.00,0.00,1830.00,',
    ]);
  });

  it('exits 2 naming what is wrong: missing columns, the file, the date, the ledger', async () => {
    writeFileSync(join(dir, 'short.csv'), 'product,term,price\nvirtual-machines,P1Y,1\n');
    const short = await run(['refund', '--csv', 'short.csv', '--date', '2025-07-02']);
    expect(short.code).toBe(2);
    expect(short.stdout).toBe('');
    expect(short.stderr).toContain('lacks required columns: billingPlan, start, quantity, currency');

    const missing = await run(['refund', '--csv', 'none.csv', '--date', '2025-07-02']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--csv none.csv: cannot read the file');

    const badDate = await run(['refund', '--csv', 'short.csv', '--date', '2025-13-01']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--date 2025-13-01');

    writeFileSync(
      join(dir, 'bad-ledger.json'),
      json([{ date: '2025-03-01', amount: { amount: '5', currency: 'EUR' } }]),
    );
    const badLedger = await run([
      'refund',
      '--csv',
      'short.csv',
      '--date',
      '2025-07-02',
      '--ledger',
      'bad-ledger.json',
    ]);
    expect(badLedger.code).toBe(2);
    expect(badLedger.stderr).toContain(
      '--ledger bad-ledger.json: Earlier refund 1: currency of the amount counted: must be USD',
    );
  });

  it('answers a row it cannot read UNREADABLE_ROW and goes on: an unclosed quote, extra cells, a huge cell', async () => {
    const row = (id: string) => `${id},virtual-machines,P1Y,Upfront,2025-01-01,1,3650.00,USD`;
    const id = (n: number) => `${String(n).repeat(8)}-1111-4111-8111-111111111111`;
    const good = (n: number) => `${id(n)},,true,USD,1830.00,0.00,0.00,1830.00,`;
    const unreadable = ',,,,,,,,UNREADABLE_ROW';
    const lines = [
      'reservationId,product,term,billingPlan,start,quantity,price,currency',
      row(id(1)),
      `${row(id(2)).replace('virtual-machines', '"virtual-machines')}`,
      row(id(3)),
      `${row(id(4))},surplus`,
      row(id(5)),
      row(id(6)).replace('USD', `"${'x'.repeat(200_000)}"`),
      row(id(7)),
      // Past one batch (2,000 rows), so that the worker threads get rows that could not be read too.
      ...Array.from({ length: 2500 }, () => row(id(8))),
    ];
    writeFileSync(join(dir, 'damaged.csv'), `${lines.join('\n')}\n`);
    const args = ['refund', '--csv', 'damaged.csv', '--date', '2025-07-02'];
    const [single, threaded] = await Promise.all([
      run(args, { env: { REFUND_DESK_THREADS: '1' } }),
      run(args, { env: { REFUND_DESK_THREADS: '2' } }),
    ]);
    expect(single.code).toBe(0);
    expect(single.stdout.split('\n')).toEqual([
      header,
      good(1),
      unreadable,
      good(3),
      unreadable,
      good(5),
      unreadable,
      good(7),
      ...Array.from({ length: 2500 }, () => good(8)),
      '',
    ]);
    expect(single.stderr).toBe(
      'refund-desk: --csv damaged.csv: 3 rows could not be read, answered UNREADABLE_ROW: row 2 (a quote is never ' +
        'closed), row 4 (more cells than the header), row 6 (a cell over 100,000 characters)\n',
    );
    expect(threaded).toEqual(single);
  });

  it('keeps the order across worker threads and gives the same answer as a single thread', async () => {
    const lines = ['reservationId,product,term,billingPlan,start,quantity,price,currency,extra'];
    for (let i = 0; i < 5000; i++) {
      const id = `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
      const quantity = i % 7 === 0 ? 'x' : '1';
      lines.push(`${id},virtual-machines,P1Y,Upfront,2025-01-01,${quantity},${100 + (i % 900)}.00,USD,${i}`);
    }
    writeFileSync(join(dir, 'many.csv'), `${lines.join('\n')}\n`);
    const args = ['refund', '--csv', 'many.csv', '--date', '2025-07-02'];
    const [threaded, single] = await Promise.all([
      run(args, { env: { REFUND_DESK_THREADS: '2' } }),
      run(args, { env: { REFUND_DESK_THREADS: '1' } }),
    ]);
    expect(threaded.code).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
    const rows = threaded.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(5000);
    rows.forEach((row, i) => {
      expect(row.startsWith(String(i).padStart(8, '0'))).toBe(true);
      expect(row.endsWith(i % 7 === 0 ? ',INVALID_QUANTITY' : ',')).toBe(true);
    });
  });
});
