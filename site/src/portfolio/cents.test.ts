import { describe, expect, it } from 'vitest';
import { centsOf, fromCents } from './cents.js';

describe('cents', () => {
  it('reads contract amounts exactly', () => {
    expect(centsOf('50000.00')).toBe(5_000_000n);
    expect(centsOf('0.07')).toBe(7n);
    expect(centsOf('-12.5')).toBe(-1250n);
    expect(centsOf('12')).toBe(1200n);
  });

  it('writes them back with two digits', () => {
    expect(fromCents(5_000_000n)).toBe('50000.00');
    expect(fromCents(7n)).toBe('0.07');
    expect(fromCents(-1250n)).toBe('-12.50');
  });
});
