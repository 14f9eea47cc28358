import { describe, expect, it } from 'vitest';
import { capStatus, RollingWindow } from './cap.js';
import { parseDate } from './dates.js';

const day = (iso: string) => parseDate(iso) as number;

describe('capStatus', () => {
  it('counts refunds for 365 days from their date (R-cap.4)', () => {
    const ledger = [
      { date: '2025-01-01', amount: { amount: '100.00', currency: 'USD' } },
      { date: '2025-12-31', amount: { amount: '200.00', currency: 'USD' } },
    ];
    expect(capStatus({ date: '2025-12-31', ledger })).toMatchObject({
      ok: true,
      value: { consumedRefundsTotal: { amount: '300.00' } },
    });
    expect(capStatus({ date: '2026-01-01', ledger })).toMatchObject({
      ok: true,
      value: {
        consumedRefundsTotal: { amount: '200.00' },
        remaining: { amount: '49800.00' },
        refills: [{ date: '2026-12-31' }],
      },
    });
  });

  it('can go below zero when the ledger already exceeds the limit', () => {
    const ledger = [{ date: '2025-01-01', amount: { amount: '60000.00', currency: 'USD' } }];
    expect(capStatus({ date: '2025-02-01', ledger })).toMatchObject({
      ok: true,
      value: { remaining: { amount: '-10000.00' } },
    });
  });

  it('names the bad ledger rows', () => {
    const result = capStatus({
      date: '2025-01-01',
      ledger: [{ date: 'x', amount: { amount: '1', currency: 'EUR' } }, 'nope'],
    });
    expect(result.ok ? [] : result.errors.map((e) => `${e.code}@${e.field}`)).toEqual([
      'INVALID_DATE@ledger[0].date',
      'CURRENCY_MISMATCH@ledger[0].amount.currency',
      'INVALID_INPUT@ledger[1]',
    ]);
    expect(capStatus({ date: '2025-01-01' })).toMatchObject({ ok: false, errors: [{ field: 'ledger' }] });
  });
});

describe('RollingWindow', () => {
  it('matches a direct count on every day', () => {
    const ledger = [
      { date: day('2025-01-10'), usdCents: 100n },
      { date: day('2025-03-01'), usdCents: 20n },
      { date: day('2025-01-10'), usdCents: 3n },
    ];
    const window = new RollingWindow(ledger, 365);
    for (let d = day('2025-01-01'); d < day('2026-04-01'); d++) {
      const direct = ledger.filter((e) => d - e.date >= 0 && d - e.date < 365).reduce((s, e) => s + e.usdCents, 0n);
      expect(window.on(d)).toBe(direct);
    }
  });
});
