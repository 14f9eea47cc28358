import { describe, expect, it } from 'vitest';
import { capStatus, RollingWindow } from './cap.js';
import { parseDate } from './dates.js';
import { freezeLedger } from './validate.js';

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

describe('ledger entries beyond the plain forms', () => {
  const entry = (date: string, amount: string) => ({ date, amount: { amount, currency: 'USD' } });
  it('counts timestamps, whole and padded amounts as their plain forms', () => {
    const plain = capStatus({
      date: '2025-06-01',
      ledger: [entry('2025-01-02', '100.00'), entry('2025-01-03', '0.50')],
    });
    const other = capStatus({
      date: '2025-06-01',
      ledger: [entry('2025-01-01T23:30:00-01:00', '100'), entry('2025-01-03T00:00:00Z', '000.5')],
    });
    expect(other).toEqual(plain);
  });
  it('refuses what is no day or amount, naming the field', () => {
    const result = capStatus({
      date: '2025-06-01',
      ledger: [entry('2025-02-29', '1.00'), entry('2025-01-01', '-1.00'), entry('2025-01-01', '1.234')],
    });
    expect(result.ok ? [] : result.errors.map((e) => `${e.code}@${e.field}`)).toEqual([
      'INVALID_DATE@ledger[0].date',
      'INVALID_AMOUNT@ledger[1].amount.amount',
      'INVALID_AMOUNT@ledger[2].amount.amount',
    ]);
  });
});

describe('capStatus on a frozen ledger', () => {
  it('answers as on a fresh copy, each day, and shares frozen refills', () => {
    const ledger = Array.from({ length: 300 }, (_, i) => ({
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      amount: { amount: `${i % 7}.${String(i % 100).padStart(2, '0')}`, currency: 'USD' },
    }));
    const frozen = freezeLedger(structuredClone(ledger));
    for (const date of ['2024-12-31', '2025-01-01', '2025-06-15', '2025-12-31', '2026-03-01', '2027-01-01']) {
      expect(capStatus({ date, ledger: frozen })).toEqual(capStatus({ date, ledger }));
    }
    const status = capStatus({ date: '2025-12-31', ledger: frozen });
    if (!status.ok) throw new Error('refused');
    expect(status.value.refills.length).toBe(300);
    expect(Object.isFrozen(status.value.refills[0])).toBe(true);
    // The list itself is the caller's own.
    status.value.refills.pop();
    expect(capStatus({ date: '2025-12-31', ledger: frozen })).toMatchObject({ value: { refills: { length: 300 } } });
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
