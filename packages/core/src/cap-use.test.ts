import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consumedOn } from './cap.js';
import { CapUse, earliestFit, largestFittingQuantity } from './cap-use.js';
import { parseDate } from './dates.js';
import { add, type Fraction, toUsd } from './money.js';
import { policies } from './policies.js';
import { returnValue } from './return-value.js';
import { type ParsedLedgerEntry, type ParsedReservation, Problems, readReservation } from './validate.js';

const FIRST = parseDate('2019-01-01') as number;
const USD_PER_USD: Fraction = { num: 1n, den: 1n };

const currencies = [
  { code: 'USD', digits: 2, rate: undefined },
  { code: 'KRW', digits: 0, rate: '0.00072' },
  { code: 'BHD', digits: 3, rate: '2.65' },
] as const;

function amountText(minor: bigint, digits: number): string {
  const text = minor.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

// Small prices as well as large ones: below a minor unit per installment the roundings decide (the rise at a payment day).
const reservation = fc
  .record({
    term: fc.constantFrom('P1Y', 'P3Y', 'P5Y'),
    billingPlan: fc.constantFrom('Upfront', 'Monthly'),
    start: fc.integer({ min: FIRST, max: FIRST + 3000 }),
    quantity: fc.integer({ min: 1, max: 50 }),
    price: fc.oneof(fc.bigInt({ min: 1n, max: 200n }), fc.bigInt({ min: 1n, max: 10n ** 12n })),
    currentPercent: fc.option(fc.integer({ min: 50, max: 150 }), { nil: undefined }),
    currency: fc.constantFrom(...currencies),
    used: fc.boolean(),
  })
  .map(({ price, currentPercent, currency, start, ...rest }) => {
    const current = currentPercent === undefined ? 0n : (price * BigInt(currentPercent)) / 100n;
    const problems = new Problems();
    const parsed = readReservation(
      {
        ...rest,
        product: 'virtual-machines',
        start: new Date(start * 86_400_000).toISOString().slice(0, 10),
        price: { amount: amountText(price, currency.digits), currency: currency.code },
        ...(current > 0n && {
          currentPrice: { amount: amountText(current, currency.digits), currency: currency.code },
        }),
        ...(currency.rate && { usdPerUnit: currency.rate }),
      },
      'reservation',
      problems,
    );
    if (!parsed) throw new Error(JSON.stringify(problems.list));
    return parsed;
  });

const policy = fc.constantFrom(...policies);

/** What estimateRefund counts, from the whole return value (the reference CapUse must agree with). */
function reference(res: ParsedReservation, quantity: number, day: number, p: (typeof policies)[number]): bigint {
  const value = returnValue(res, quantity, day, p);
  return toUsd(add(value.refund, value.remainingCommitment), res.usdRate ?? USD_PER_USD).minor;
}

describe('CapUse (R-cap.2–3)', () => {
  it('counts what the whole return value counts, on every kind of day', () => {
    fc.assert(
      fc.property(reservation, policy, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (res, p, at) => {
        const capUse = new CapUse(res, p, res.usdRate ?? USD_PER_USD);
        const day = res.span.start + Math.floor(at * res.span.termDays);
        for (const d of [day, res.span.start, res.span.start + 5, res.span.start + 6, res.span.end - 1]) {
          for (const q of [1, res.quantity]) expect(capUse.cents(q, d)).toBe(reference(res, q, d, p));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never rises between two of its rise days (the premise of the day search)', () => {
    fc.assert(
      fc.property(reservation, policy, (res, p) => {
        const capUse = new CapUse(res, p, res.usdRate ?? USD_PER_USD);
        let rise = capUse.nextRise(res.span.start);
        let before = capUse.cents(res.quantity, res.span.start);
        for (let d = res.span.start + 1; d < Math.min(res.span.end, res.span.start + 400); d++) {
          const now = capUse.cents(res.quantity, d);
          if (d === rise) rise = capUse.nextRise(d);
          else expect(now, `day ${d}`).toBeLessThanOrEqual(before);
          before = now;
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('CapUse.lowerBound (the premise of skipping periods)', () => {
  it('is never above capUse, and never rises from one day to a later one after full credit', () => {
    fc.assert(
      fc.property(reservation, policy, fc.integer({ min: 1, max: 50 }), (res, p, share) => {
        const capUse = new CapUse(res, p, res.usdRate ?? USD_PER_USD);
        const q = Math.max(1, Math.ceil((share / 50) * res.quantity));
        let before: bigint | undefined;
        for (let d = res.span.start; d < res.span.end; d += 1 + (d % 7)) {
          const bound = capUse.lowerBound(q, d);
          expect(bound).toBeLessThanOrEqual(capUse.cents(q, d));
          if (d - res.span.start > p.parameters.fullCreditDays) {
            if (before !== undefined) expect(bound, `day ${d}`).toBeLessThanOrEqual(before);
            before = bound;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('earliestFit and largestFittingQuantity (R-cap.6)', () => {
  const ledger = fc.array(
    fc.record({ age: fc.integer({ min: -400, max: 400 }), cents: fc.bigInt({ min: 0n, max: 4_000_000n }) }),
    { maxLength: 6 },
  );

  it('find the first day a day-by-day walk finds', () => {
    fc.assert(
      fc.property(reservation, policy, ledger, fc.bigInt({ min: 1n, max: 5_000_000n }), (res, p, ages, limit) => {
        const from = res.span.start + Math.floor(res.span.termDays / 3);
        const entries: ParsedLedgerEntry[] = ages.map(({ age, cents }) => ({ date: from - age, usdCents: cents }));
        const capUse = new CapUse(res, p, res.usdRate ?? USD_PER_USD);
        const windowDays = p.parameters.windowDays;
        let walked: number | null = null;
        for (let d = from; d < res.span.end; d++) {
          if (consumedOn(entries, d, windowDays) + capUse.cents(res.quantity, d) <= limit) {
            walked = d;
            break;
          }
        }
        expect(earliestFit(capUse, res.quantity, entries, windowDays, limit, from, res.span.end)).toBe(walked);
      }),
      { numRuns: 200 },
    );
  });

  it('find the first day of a day-by-day walk when the ledger entries leave the window around the first day', () => {
    // Ages near the window: with every entry already out (age ≥ window) the search skips the ledger (R-cap.4).
    const nearEdge = fc.array(
      fc.record({ extra: fc.integer({ min: -2, max: 40 }), cents: fc.bigInt({ min: 0n, max: 4_000_000n }) }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(reservation, policy, nearEdge, fc.bigInt({ min: 1n, max: 5_000_000n }), (res, p, ages, limit) => {
        const from = res.span.start + Math.floor(res.span.termDays / 3);
        const windowDays = p.parameters.windowDays;
        const entries = ages.map(({ extra, cents }) => ({ date: from - windowDays - extra, usdCents: cents }));
        const capUse = new CapUse(res, p, res.usdRate ?? USD_PER_USD);
        let walked: number | null = null;
        for (let d = from; d < res.span.end && walked === null; d++) {
          if (consumedOn(entries, d, windowDays) + capUse.cents(res.quantity, d) <= limit) walked = d;
        }
        expect(earliestFit(capUse, res.quantity, entries, windowDays, limit, from, res.span.end)).toBe(walked);
      }),
      { numRuns: 200 },
    );
  });

  it('find the largest quantity that fits when what is counted grows with the quantity', () => {
    fc.assert(
      fc.property(reservation, policy, fc.bigInt({ min: 0n, max: 5_000_000n }), (res, p, consumed) => {
        const capUse = new CapUse(res, p, res.usdRate ?? USD_PER_USD);
        const day = res.span.start + 10;
        const limit = 5_000_000n;
        const largest = largestFittingQuantity(capUse, res.quantity, day, consumed, limit);
        const fits = (q: number) => consumed + capUse.cents(q, day) <= limit;
        if (largest > 0) expect(fits(largest)).toBe(true);
        // The search assumes that the count grows with the quantity; where that holds, nothing above fits.
        let grows = true;
        for (let q = 2; q <= res.quantity; q++) if (capUse.cents(q, day) < capUse.cents(q - 1, day)) grows = false;
        if (grows) for (let q = largest + 1; q <= res.quantity; q++) expect(fits(q)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
