// Hostile or broken input and a reader that leaves early, through the built command (issue 7 §5, command side).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltFromCurrentSources, type RunOptions, runBin } from './testing/run-bin.js';

let dir: string;
const run = (args: string[], options: Omit<RunOptions, 'cwd'> = {}) => runBin(args, { cwd: dir, ...options });
const write = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

const csvHeader = 'product,term,billingPlan,start,quantity,price,currency\n';
const csvRow = 'virtual-machines,P1Y,Upfront,2025-01-01,1,3650.00,USD\n';
const reservation = {
  product: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'Upfront',
  start: '2025-01-01',
  quantity: 1,
  price: { amount: '3650.00', currency: 'USD' },
};

beforeAll(() => {
  assertBuiltFromCurrentSources();
  dir = mkdtempSync(join(tmpdir(), 'refund-desk-robust-'));
  write('rows.csv', csvHeader + csvRow);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deep nesting', () => {
  it('is bad input (exit 2, named) in --ledger, even where the ledger would pass core and reach the threads', async () => {
    write('deep.json', nested(100_000));
    // Unknown fields of a ledger entry are ignored by core, so without a depth check this one reached the worker
    // threads (structured clone) and the ledger freeze, both recursive: a stack overflow, exit 1.
    const entry = `{"date":"2025-03-01","amount":{"amount":"1.00","currency":"USD"},"extra":${nested(100_000)}}`;
    write('deep-extra.json', `[${entry}]`);
    write('many.csv', csvHeader + csvRow.repeat(5000));
    const args = ['refund', '--csv', 'many.csv', '--date', '2025-07-02', '--ledger'];
    const [plain, extra] = await Promise.all([
      run([...args, 'deep.json']),
      run([...args, 'deep-extra.json'], { env: { REFUND_DESK_THREADS: '2' } }),
    ]);
    for (const [answer, name] of [
      [plain, 'deep.json'],
      [extra, 'deep-extra.json'],
    ] as const) {
      expect(answer.code).toBe(2);
      expect(answer.stdout).toBe('');
      expect(answer.stderr).toBe(`refund-desk: --ledger ${name} nests arrays or objects more than 100 levels deep\n`);
    }
  });

  it('is INVALID_INPUT, exit 2, in a request file or on standard input', async () => {
    const request = `{"date":"2026-01-14","ledger":[{"date":"2025-06-01","amount":{"amount":"1.00","currency":"USD"},"x":${nested(100_000)}}]}`;
    write('deep-cap.json', request);
    const [fromFile, fromStdin] = await Promise.all([run(['cap', 'deep-cap.json']), run(['cap'], { stdin: request })]);
    expect(fromFile.code).toBe(2);
    expect(JSON.parse(fromFile.stdout).errors).toEqual([
      { code: 'INVALID_INPUT', message: 'deep-cap.json nests arrays or objects more than 100 levels deep' },
    ]);
    expect(fromStdin.code).toBe(2);
    expect(JSON.parse(fromStdin.stdout).errors[0].message).toBe(
      'standard input nests arrays or objects more than 100 levels deep',
    );
  });
});

describe('bytes that are not UTF-8', () => {
  it('stop a request file or standard input with the byte offset, exit 2', async () => {
    const request = Buffer.from(JSON.stringify({ date: '2025-07-02', reservation, note: 'caf\u00e9' }), 'utf8');
    const latin1 = Buffer.from(request.toString('utf8'), 'latin1'); // é as the single byte 0xE9
    const offset = latin1.indexOf(0xe9);
    write('latin1.json', latin1);
    const [fromFile, fromStdin] = await Promise.all([
      run(['refund', 'latin1.json']),
      run(['refund', '--text'], { stdin: latin1 }),
    ]);
    expect(fromFile.code).toBe(2);
    expect(JSON.parse(fromFile.stdout).errors).toEqual([
      { code: 'INVALID_INPUT', message: `latin1.json: input is not valid UTF-8 at byte ${offset}` },
    ]);
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stdout).toContain(`standard input: input is not valid UTF-8 at byte ${offset}`);
  });

  it('stop a CSV batch and a ledger with the byte offset, exit 2', async () => {
    // Far into the file, past the first chunk the reader takes, and split across two reads.
    const good = csvHeader + csvRow.repeat(6000);
    const bad = Buffer.concat([Buffer.from(good), Buffer.from('virtual-m'), Buffer.from([0xe9]), Buffer.from(csvRow)]);
    write('latin1.csv', bad);
    write('ledger-latin1.json', Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]));
    const [batch, ledger] = await Promise.all([
      run(['refund', '--csv', 'latin1.csv', '--date', '2025-07-02']),
      run(['refund', '--csv', 'rows.csv', '--date', '2025-07-02', '--ledger', 'ledger-latin1.json']),
    ]);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toBe(
      `refund-desk: --csv latin1.csv: input is not valid UTF-8 at byte ${Buffer.byteLength(good) + 9}\n`,
    );
    expect(ledger.code).toBe(2);
    expect(ledger.stderr).toBe('refund-desk: --ledger ledger-latin1.json: input is not valid UTF-8 at byte 2\n');
  });
});

describe('a reader that leaves early', () => {
  it('ends a CSV batch quietly with exit 0 (`| head -1`), threads or none', async () => {
    write('big.csv', csvHeader + csvRow.repeat(200_000));
    const closeAfterFirstLine: RunOptions['started'] = (child) => {
      let seen = '';
      child.stdout?.on('data', (text: string) => {
        seen += text;
        if (seen.includes('\n')) child.stdout?.destroy();
      });
    };
    const args = ['refund', '--csv', 'big.csv', '--date', '2025-07-02'];
    const answers = await Promise.all([
      run(args, { env: { REFUND_DESK_THREADS: '2' }, started: closeAfterFirstLine }),
      run(args, { env: { REFUND_DESK_THREADS: '1' }, started: closeAfterFirstLine }),
    ]);
    for (const answer of answers) {
      expect(answer.stderr).toBe('');
      expect(answer.code).toBe(0);
      expect(answer.stdout.split('\n')[0]).toMatch(/^reservationId,/);
    }
  });

  it('ends a JSON answer quietly with exit 0', async () => {
    const request = JSON.stringify({ date: '2025-07-02', reservation });
    const answer = await run(['refund', '--text'], { stdin: request, started: (child) => child.stdout?.destroy() });
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
  });
});

describe('a huge amount', () => {
  it('is INVALID_AMOUNT for its field, exit 2, without working through 10,000 digits', async () => {
    const request = { date: '2025-07-02', reservation: { ...reservation, quantity: 1_000_000 }, quantity: 1_000_000 };
    request.reservation.price = { amount: '9'.repeat(10_000), currency: 'USD' };
    const answer = await run(['refund'], { stdin: JSON.stringify(request) });
    expect(answer.code).toBe(2);
    expect(JSON.parse(answer.stdout).errors).toEqual([
      expect.objectContaining({ code: 'INVALID_AMOUNT', field: 'reservation.price.amount' }),
    ]);
  });
});
