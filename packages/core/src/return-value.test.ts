import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from './dates.js';
import { policyById } from './policies.js';
import { monthlyPosition, returnValue, termOf } from './return-value.js';
import { type ParsedReservation, Problems, readReservation } from './validate.js';

const day = (iso: string) => parseDate(iso) as number;

function reservation(fields: Record<string, unknown>): ParsedReservation {
  const problems = new Problems();
  const parsed = readReservation(
    {
      product: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'Monthly',
      quantity: 1,
      price: { amount: '1200', currency: 'USD' },
      ...fields,
    },
    'reservation',
    problems,
  );
  if (!parsed) throw new Error(JSON.stringify(problems.list));
  return parsed;
}

describe('monthlyPosition (R-monthly.1–2)', () => {
  it('pays on the same day each month, clamped to shorter months', () => {
    const res = reservation({ start: '2025-01-31' });
    const at = (iso: string) => {
      const p = monthlyPosition(res, day(iso));
      return [p.completedTransactions, formatDate(p.periodStart), formatDate(p.periodEnd)];
    };
    expect(at('2025-01-31')).toEqual([1, '2025-01-31', '2025-02-28']);
    expect(at('2025-02-27')).toEqual([1, '2025-01-31', '2025-02-28']);
    expect(at('2025-02-28')).toEqual([2, '2025-02-28', '2025-03-31']);
    expect(at('2025-03-31')).toEqual([3, '2025-03-31', '2025-04-30']);
    expect(at('2026-01-30')).toEqual([12, '2025-12-31', '2026-01-31']);
  });
});

describe('termOf (R-time.3)', () => {
  it('counts the days of the term, leap days included', () => {
    expect(termOf(reservation({ start: '2023-03-04' })).termDays).toBe(366);
    expect(termOf(reservation({ start: '2024-03-04' })).termDays).toBe(365);
    expect(termOf(reservation({ start: '2024-02-29', term: 'P5Y' })).termDays).toBe(1826);
  });
});

describe('returnValue', () => {
  it('keeps a half unit with Azure on the used part (R-money.3)', () => {
    // 2.66 a month, 9 of 28 days used: the used part 0.855 rounds to 0.86, the refund is 1.80, not 1.81.
    const res = reservation({ start: '2025-01-01', price: { amount: '31.92', currency: 'USD' } });
    const value = returnValue(res, 1, day('2025-02-10'), policyById('azure-2020-02')!);
    expect(value.refund.minor).toBe(180n);
    expect(value.paid.minor).toBe(532n);
    expect(value.remainingCommitment.minor).toBe(2660n);
  });

  it('bases a monthly refund now on the lower current price, but cancels future payments at their scheduled amounts (R-basis.3)', () => {
    const res = reservation({ start: '2025-01-01', currentPrice: { amount: '600', currency: 'USD' } });
    const value = returnValue(res, 1, day('2025-03-01'), policyById('azure-2020-02')!);
    expect(value.priceBasis).toBe('current');
    expect(value.refund.minor).toBe(5000n); // 600 / 12, full month left
    expect(value.remainingCommitment.minor).toBe(90000n); // 9 payments of 100
  });
});
