import { describe, expect, it } from 'vitest';
import { plausibilityFlags, sameAmount } from './plausible';

const refund = (amount: string, date = '2026-06-01') => ({
  id: 'a',
  tenantId: '0f0e0d0c-0b0a-4908-8706-050403020100',
  date,
  amount,
});

describe('plausibility', () => {
  it('compares amounts exactly', () => {
    expect(sameAmount('100', '100.00')).toBe(true);
    expect(sameAmount('0100.50', '100.5')).toBe(true);
    expect(sameAmount('100.01', '100.00')).toBe(false);
    // Beyond what a double holds: 2^53 + 1 differs from 2^53.
    expect(sameAmount('9007199254740993', '9007199254740992')).toBe(false);
  });

  it('flags one refund over the limit, a future date and a non-USD amount', () => {
    expect(plausibilityFlags(refund('50000.00'), '2026-12-01')).toEqual([]);
    expect(plausibilityFlags(refund('50000.01'), '2026-12-01').map((f) => f.code)).toEqual(['OVER_LIMIT']);
    expect(plausibilityFlags(refund('10', '2026-12-02'), '2026-12-01').map((f) => f.code)).toEqual(['FUTURE_DATE']);
    expect(plausibilityFlags(refund('10'), '2026-12-01', 'EUR').map((f) => f.code)).toEqual(['NOT_USD']);
  });
});
