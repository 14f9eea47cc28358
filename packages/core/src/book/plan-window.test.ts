import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapWindow } from './plan-window.js';

const entries = fc.array(
  fc.record({ date: fc.integer({ min: 0, max: 1200 }), usdCents: fc.bigInt({ min: 0n, max: 3_000_000n }) }),
  {
    maxLength: 12,
  },
);

/** R-cap.4 by hand: entries with 0 ≤ day − date < 365. */
function counted(list: { date: number; usdCents: bigint }[], day: number): bigint {
  return list.filter((e) => day - e.date >= 0 && day - e.date < 365).reduce((sum, e) => sum + e.usdCents, 0n);
}

describe('CapWindow (R-cap.4)', () => {
  it('counts the ledger and the planned refunds like a sum over the entries, and changes only on its change days', () => {
    fc.assert(
      fc.property(entries, fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }), (ledger, gaps) => {
        const window = CapWindow.of(ledger, 365, 5_000_000n);
        const planned: { date: number; usdCents: bigint }[] = [];
        let day = 300;
        for (const gap of gaps) {
          day += gap;
          window.push(day, 100_000n);
          planned.push({ date: day, usdCents: 100_000n });
        }
        const all = [...ledger, ...planned];
        const byDay = Array.from({ length: 2200 }, (_, d) => counted(all, d));
        for (let d = 0; d < 1700; d += 7) {
          expect(window.consumed(d)).toBe(byDay[d]);
          expect(window.room(d)).toBe(5_000_000n - byDay[d]!);
          const next = window.nextChange(d);
          expect(next).toBeGreaterThan(d);
          let changedAt: number | undefined;
          for (let e = d + 1; e < Math.min(next, 2200) && changedAt === undefined; e++) {
            if (byDay[e] !== byDay[d]) changedAt = e;
          }
          expect(changedAt).toBeUndefined();
        }
        for (const _ of gaps) window.pop();
        for (let d = 0; d < 1700; d += 37) expect(window.consumed(d)).toBe(counted(ledger, d));
      }),
      { numRuns: 60 },
    );
  });

  it('starts afresh from the same ledger', () => {
    const window = CapWindow.of([{ date: 10, usdCents: 500n }], 365, 1_000n);
    window.push(20, 300n);
    const fresh = window.fresh();
    expect(fresh.consumed(30)).toBe(500n);
    expect(window.consumed(30)).toBe(800n);
    expect(fresh.nextChange(30)).toBe(375);
    expect(window.nextChange(375)).toBe(385);
  });
});
