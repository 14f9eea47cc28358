// A differential check for speed work: the same random requests through an earlier build of core and the current one,
// compared as JSON text. Not a test of the rules (those are the vectors and the property tests): it says "no result
// changed". Usage: cp -r packages/core/dist /tmp/core-dist-before (before the change), rebuild, then
//   node tests/bench/diff-check.mjs /tmp/core-dist-before [count] [seed]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [beforeDir, countText = '200000', seedText = '1'] = process.argv.slice(2);
if (!beforeDir) {
  console.error('usage: node tests/bench/diff-check.mjs BEFORE_DIST_DIR [count] [seed]');
  process.exit(2);
}
const before = await import(pathToFileURL(resolve(beforeDir, 'index.js')).href);
const after = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);

// A small seeded generator (mulberry32), so that a failure can be replayed with its seed.
let state = Number(seedText) >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const DAY = 86_400_000;
const isoDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const FIRST = Date.UTC(2018, 0, 1) / DAY;
const LAST = Date.UTC(2031, 11, 31) / DAY;

const currencies = [
  { code: 'USD', digits: 2 },
  { code: 'USD', digits: 2 },
  { code: 'USD', digits: 2 },
  { code: 'KRW', digits: 0, rate: '0.00072' },
  { code: 'JPY', digits: 0, rate: '0.0067' },
  { code: 'BHD', digits: 3, rate: '2.65' },
  { code: 'EUR', digits: 2, rate: '1.08' },
  { code: 'HUF', digits: 2, rate: '0.0028' },
  { code: 'IQD', digits: 3, rate: '0.00076' },
];
const products = [
  'virtual-machines',
  'sql-database',
  'cosmos-db',
  'app-service',
  'managed-disks',
  'dedicated-host',
  'azure-vmware-solution',
  'red-hat-plan',
  'databricks-prepurchase',
  'savings-plan-compute',
];

function amountText(minor, digits) {
  const text = minor.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function bigMinor() {
  const magnitude = pick([3, 5, 7, 8, 9, 10, 12, 15]);
  return BigInt(int(1, 9)) * 10n ** BigInt(int(0, magnitude)) + BigInt(int(0, 999_999));
}

function guid() {
  const hex = () => int(0, 0xffff).toString(16).padStart(4, '0');
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-8${hex().slice(1)}-${hex()}${hex()}${hex()}`;
}

function reservation(start) {
  const currency = pick(currencies);
  const price = bigMinor();
  const quantity = chance(0.15) ? int(1, 1_000_000) : int(1, 40);
  const value = {
    product: pick(products),
    term: pick(['P1Y', 'P3Y', 'P5Y']),
    billingPlan: pick(['Upfront', 'Monthly']),
    start: isoDay(start),
    quantity,
    price: { amount: amountText(price, currency.digits), currency: currency.code },
  };
  if (chance(0.3))
    value.currentPrice = {
      amount: amountText((price * BigInt(int(50, 150))) / 100n + 1n, currency.digits),
      currency: currency.code,
    };
  if (currency.rate && !chance(0.02)) value.usdPerUnit = currency.rate;
  if (chance(0.5)) value.used = chance(0.5);
  if (chance(0.1)) value.originalQuantity = quantity + int(0, 5);
  if (chance(0.2)) value.reservationId = guid();
  if (chance(0.1)) value.reservationOrderId = guid();
  return value;
}

function ledger(date) {
  const entries = [];
  const count = pick([0, 0, 1, 2, 3, 5, 8, 20]);
  const heavy = chance(0.5);
  for (let i = 0; i < count; i++) {
    const cents = heavy ? BigInt(int(500_000, 3_000_000)) : BigInt(int(0, 300_000));
    entries.push({
      date: isoDay(date - int(-30, 420)),
      amount: { amount: amountText(cents, 2), currency: 'USD' },
      ...(chance(0.1) && { note: 'earlier refund' }),
    });
  }
  return entries;
}

/** A mostly valid refund request; a few carry one junk field so that the problems are compared too. */
function refundRequest() {
  const start = int(FIRST, LAST - 400);
  const res = reservation(start);
  const termDays = { P1Y: 365, P3Y: 1096, P5Y: 1827 }[res.term];
  const offset = random();
  const date = chance(0.03) ? start + int(-40, termDays + 40) : start + Math.floor(offset * offset * termDays);
  const request = { date: isoDay(date), reservation: res };
  if (chance(0.05)) request.date = `${isoDay(date)}T${String(int(0, 23)).padStart(2, '0')}:30:00+0${int(0, 9)}:00`;
  if (chance(0.6)) request.quantity = Math.max(1, Math.ceil(random() * res.quantity));
  if (chance(0.7)) request.ledger = ledger(date);
  if (request.ledger && chance(0.2)) after.freezeLedger(request.ledger);
  if (chance(0.6)) request.policy = pick(['auto', 'csp-2018-10', 'azure-2020-02', 'azure-2027-02']);
  if (chance(0.3)) request.fee = pick(['policy', 'charge']);
  if (chance(0.03)) {
    const junk = pick([null, 7, 'x', -1, [], {}, '1.234', true, { amount: 'x', currency: 'USD' }]);
    const field = pick(['date', 'quantity', 'policy', 'fee', 'ledger', 'reservation']);
    if (field === 'reservation')
      res[pick(['price', 'start', 'term', 'quantity', 'product', 'usdPerUnit', 'currentPrice', 'used'])] = junk;
    else request[field] = junk;
  }
  return request;
}

function exchangeRequest() {
  const date = int(FIRST + 400, LAST);
  const returns = Array.from({ length: int(1, 3) }, () => {
    const res = reservation(date - int(0, 700));
    if (chance(0.8)) res.price.currency = 'USD';
    return chance(0.5)
      ? { reservation: res, quantity: Math.max(1, Math.ceil(random() * res.quantity)) }
      : { reservation: res };
  });
  const purchases = Array.from({ length: int(0, 2) }, () => ({
    product: pick(products),
    term: pick(['P1Y', 'P3Y']),
    billingPlan: pick(['Upfront', 'Monthly']),
    price: { amount: amountText(bigMinor(), 2), currency: 'USD' },
  }));
  return { date: isoDay(date), returns, purchases, ...(chance(0.5) && { policy: pick(['auto', 'azure-2027-02']) }) };
}

function capRequest() {
  const date = int(FIRST, LAST);
  const entries = ledger(date);
  if (chance(0.3)) after.freezeLedger(entries);
  return { date: isoDay(date), ledger: entries };
}

const count = Number(countText);
const kinds = [
  { name: 'estimateRefund', share: 0.85, make: refundRequest },
  { name: 'estimateExchange', share: 0.1, make: exchangeRequest },
  { name: 'capStatus', share: 0.05, make: capRequest },
];
const seen = { refused: 0, fitsLater: 0, neverFits: 0, invalid: 0 };
let compared = 0;
const started = performance.now();
for (let i = 0; i < count; i++) {
  const roll = random();
  const kind = roll < kinds[0].share ? kinds[0] : roll < kinds[0].share + kinds[1].share ? kinds[1] : kinds[2];
  const request = kind.make();
  // Some requests are used twice: a cache must not change the second answer.
  const repeats = chance(0.05) ? 2 : 1;
  for (let r = 0; r < repeats; r++) {
    const old = JSON.stringify(before[kind.name](request));
    const now = JSON.stringify(after[kind.name](request));
    compared++;
    if (old !== now) {
      console.error(
        `DIFFERENT at #${i} (${kind.name}, seed ${seedText}):\nrequest ${JSON.stringify(request)}\nbefore  ${old}\nafter   ${now}`,
      );
      process.exit(1);
    }
    if (kind.name === 'estimateRefund' && r === 0) {
      const result = JSON.parse(now);
      if (!result.ok) seen.invalid++;
      else if (!result.value.allowed) {
        seen.refused++;
        if (result.value.policyResult.fitsOn === null) seen.neverFits++;
        else seen.fitsLater++;
      }
    }
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${compared} results identical in ${seconds.toFixed(1)} s (seed ${seedText}); refunds: ${JSON.stringify(seen)}`,
);
