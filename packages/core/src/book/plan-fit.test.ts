import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, type Day, parseDate } from '../dates.js';
import { earliestFit } from './plan-fit.js';
import { ReservationValues } from './plan-values.js';
import { CapWindow } from './plan-window.js';

const START = parseDate('2026-01-31') as Day;

const cases = fc.record({
  billingPlan: fc.constantFrom('Upfront', 'Monthly'),
  term: fc.constantFrom('P1Y', 'P3Y'),
  price: fc.integer({ min: 1_000, max: 300_000 }),
  quantity: fc.integer({ min: 1, max: 3 }),
  ledger: fc.array(
    fc.record({
      date: fc.integer({ min: START - 300, max: START + 700 }),
      usdCents: fc.bigInt({ min: 0n, max: 4_000_000n }),
    }),
    { maxLength: 5 },
  ),
  from: fc.integer({ min: 0, max: 600 }),
  length: fc.integer({ min: 0, max: 500 }),
});

describe('earliestFit', () => {
  it('finds the same day as visiting every day, or none when no day fits', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const years = c.term === 'P1Y' ? 1 : 3;
        const end = addMonths(START, 12 * years);
        const reservation = {
          product: 'virtual-machines',
          term: c.term,
          billingPlan: c.billingPlan,
          start: '2026-01-31',
          quantity: 3,
          price: { amount: `${c.price}.17`, currency: 'USD' },
        };
        const values = new ReservationValues(
          reservation,
          { policy: undefined, fee: undefined },
          START,
          end,
          c.billingPlan === 'Monthly',
        );
        const window = CapWindow.of(c.ledger, 365, 5_000_000n);
        const from = START + c.from;
        const to = Math.min(end - 1, from + c.length);
        let expected: Day | null = null;
        for (let d = from; d <= to && expected === null; d++) {
          if (window.room(d) >= values.capUse(c.quantity, d)!) expected = d;
        }
        const fit = earliestFit(values, c.quantity, window, from, to);
        expect(fit?.day ?? null).toBe(expected);
        if (fit) expect(fit.cents).toBe(values.capUse(c.quantity, fit.day));
      }),
      { numRuns: 200 },
    );
  });
});
