// `pnpm bench`: throughput of the rule book and the CSV batch, printed as a table (figures, not a pass/fail test).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capStatus, estimateExchange, estimateRefund } from '@refund-desk/core';
import { writeReservationsCsv } from './csv-fixture.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const measureChild = resolve(here, 'measure-cli.mjs');

/** Calls `fn` over and over for about `ms` milliseconds and returns calls per second. */
function perSecond(fn, ms = 1500) {
  for (let i = 0; i < 200; i++) fn(i); // warm up
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i++) fn(calls++);
    elapsed = performance.now() - started;
  }
  return (calls / elapsed) * 1000;
}

const reservation = (i) => ({
  product: i % 3 === 0 ? 'sql-database' : 'virtual-machines',
  term: i % 2 === 0 ? 'P3Y' : 'P1Y',
  billingPlan: i % 4 === 0 ? 'Monthly' : 'Upfront',
  start: `2025-0${1 + (i % 9)}-1${i % 10}`,
  quantity: 1 + (i % 5),
  price: { amount: `${10_000 + (i % 997)}.${String(i % 100).padStart(2, '0')}`, currency: 'USD' },
});

const ledger = Array.from({ length: 10_000 }, (_, i) => ({
  date: new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10),
  amount: { amount: `${(i % 50) + 1}.25`, currency: 'USD' },
}));

function runCli(args) {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [measureChild, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peak = /peakRssBytes=(\d+)/.exec(stderr);
      if (code !== 0 || !peak) reject(new Error(`refund-desk exited ${code}: ${stderr.slice(0, 500)}`));
      else resolveRun({ seconds, peakMiB: Number(peak[1]) / 2 ** 20 });
    });
  });
}

const rows = [];
const add = (what, figure, unit) => rows.push({ what, figure, unit });

add(
  'refund estimates (validation + steps)',
  perSecond((i) => estimateRefund({ date: '2026-03-01', reservation: reservation(i) })),
  'per second',
);
add(
  'refund estimates refused by the limit (with fitsOn)',
  perSecond(
    (i) =>
      estimateRefund({
        date: '2026-03-01',
        reservation: { ...reservation(i), price: { amount: '900000.00', currency: 'USD' } },
        ledger: ledger.slice(0, 20),
      }),
    1000,
  ),
  'per second',
);
add(
  'exchange estimates (2 returns, 1 purchase)',
  perSecond((i) =>
    estimateExchange({
      date: '2026-03-01',
      returns: [{ reservation: reservation(i) }, { reservation: reservation(i + 4) }],
      purchases: [
        {
          product: 'virtual-machines',
          term: 'P3Y',
          billingPlan: 'Upfront',
          price: { amount: '90000', currency: 'USD' },
        },
      ],
    }),
  ),
  'per second',
);
add(
  'capStatus on a 10,000-entry ledger',
  perSecond(() => capStatus({ date: '2026-01-15', ledger }), 1500),
  'per second',
);

const work = mkdtempSync(join(tmpdir(), 'refund-desk-bench-'));
try {
  for (const count of [100_000, 1_000_000]) {
    const file = join(work, `reservations-${count}.csv`);
    await writeReservationsCsv(createWriteStream(file), count);
    const sizeMiB = statSync(file).size / 2 ** 20;
    const { seconds, peakMiB } = await runCli(['refund', '--csv', file, '--date', '2026-03-01']);
    add(`CSV batch, ${count.toLocaleString('en')} rows (${sizeMiB.toFixed(0)} MiB): wall time`, seconds, 's');
    add(`CSV batch, ${count.toLocaleString('en')} rows: rows per second`, count / seconds, 'per second');
    add(`CSV batch, ${count.toLocaleString('en')} rows: peak memory (RSS)`, peakMiB, 'MiB');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map((row) => row.what.length));
console.log(`${'benchmark'.padEnd(width)}  ${'figure'.padStart(12)}  unit`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(12)}  ----------`);
for (const row of rows) {
  const figure = row.figure >= 100 ? Math.round(row.figure).toLocaleString('en') : row.figure.toFixed(2);
  console.log(`${row.what.padEnd(width)}  ${figure.padStart(12)}  ${row.unit}`);
}
