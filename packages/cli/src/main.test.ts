// main() with our own streams instead of the process's: how tests and other programs embed the command.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'refund-desk-main-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A reader that takes each write a tick later, recording how much was ever queued behind the write in hand. */
class SlowSink extends Writable {
  text = '';
  mostBuffered = 0;
  constructor() {
    super({ highWaterMark: 1024, decodeStrings: false });
  }
  override _write(chunk: string, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.mostBuffered = Math.max(this.mostBuffered, this.writableLength - chunk.length);
    this.text += chunk;
    setImmediate(done);
  }
}

function io(stdin = ''): CliIo & { stdout: SlowSink; stderr: SlowSink } {
  return { stdin: Readable.from([stdin]), stdout: new SlowSink(), stderr: new SlowSink(), cwd: dir };
}

describe('main(argv, io)', () => {
  it('reads the injected standard input and writes to the injected output', async () => {
    const request = {
      date: '2025-07-02',
      reservation: {
        product: 'virtual-machines',
        term: 'P1Y',
        billingPlan: 'Upfront',
        start: '2025-01-01',
        quantity: 1,
        price: { amount: '3650.00', currency: 'USD' },
      },
    };
    const streams = io(JSON.stringify(request));
    expect(await main(['refund'], streams)).toBe(0);
    expect(JSON.parse(streams.stdout.text).value.billingRefundAmount).toEqual({ amount: '1830.00', currency: 'USD' });
    expect(streams.stderr.text).toBe('');
  });

  it('streams a CSV batch to a slow reader without letting output pile up', async () => {
    const row = 'virtual-machines,P1Y,Upfront,2025-01-01,1,3650.00,USD';
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},${row}`);
    writeFileSync(
      join(dir, 'rows.csv'),
      `note,product,term,billingPlan,start,quantity,price,currency\n${rows.join('\n')}\n`,
    );
    const streams = io();
    expect(await main(['refund', '--csv', 'rows.csv', '--date', '2025-07-02'], streams)).toBe(0);
    const lines = streams.stdout.text.trimEnd().split('\n');
    expect(lines).toHaveLength(3001);
    expect(new Set(lines.slice(1))).toEqual(new Set([',,true,USD,1830.00,0.00,0.00,1830.00,']));
    // Each write waits for the previous one to be taken: never more than one write is queued.
    expect(streams.stdout.mostBuffered).toBe(0);
  });
});
