import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRate } from '../money.js';
import { inverseRate } from './read-exchange-rate.js';

const fraction = (text: string) => {
  const rate = parseRate(text);
  if (typeof rate === 'string') throw new Error(rate);
  return rate;
};

describe('inverseRate', () => {
  it('gives USD per unit from Partner Center’s units per USD, to 10 significant digits', () => {
    expect(inverseRate(fraction('0.9234'))).toBe('1.082954299');
    expect(inverseRate(fraction('1385.42'))).toBe('0.0007218027746');
    expect(inverseRate(fraction('1'))).toBe('1');
    expect(inverseRate(fraction('0.8'))).toBe('1.25');
    expect(inverseRate(fraction('3'))).toBe('0.3333333333');
    expect(inverseRate(fraction('0.00003'))).toBe('33333.33333');
    expect(inverseRate(fraction('0.0000001'))).toBe('10000000');
  });

  it('has at most 10 significant digits and a relative error of at most 5e-10 (half a unit in the 10th digit)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }), (digits, scale) => {
        const rate = { num: digits, den: 10n ** BigInt(scale) };
        const text = inverseRate(rate);
        const [whole = '', part = ''] = text.split('.');
        expect((whole + part).replace(/^0+/, '').replace(/0+$/, '').length).toBeLessThanOrEqual(10);
        // x = p/q; exact = den/num; |x − exact| / exact = |p·num − q·den| / (q·den) ≤ 5e-10, in integers.
        const p = BigInt(whole + part);
        const q = 10n ** BigInt(part.length);
        const error = p * rate.num - q * rate.den;
        expect((error < 0n ? -error : error) * 2n * 10n ** 9n <= q * rate.den).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
