import { describe, expect, it } from 'vitest';
import { decimalFromCommaLocale } from './decimal-comma.js';

describe('decimalFromCommaLocale', () => {
  it('moves the decimal comma and drops thousands marks, exactly', () => {
    expect(decimalFromCommaLocale('1.234,56')).toBe('1234.56');
    expect(decimalFromCommaLocale('1234,56')).toBe('1234.56');
    expect(decimalFromCommaLocale('12.345.678,9')).toBe('12345678.9');
    expect(decimalFromCommaLocale('1 234,5')).toBe('1234.5');
    expect(decimalFromCommaLocale('1\u202f234,50')).toBe('1234.50');
    expect(decimalFromCommaLocale('-0,125')).toBe('-0.125');
    expect(decimalFromCommaLocale(' 42 ')).toBe('42');
    expect(decimalFromCommaLocale('0,00000001234567891')).toBe('0.00000001234567891');
  });

  it('leaves point decimals alone and reads a point before three digits as those locales do', () => {
    expect(decimalFromCommaLocale('1234.56')).toBe('1234.56');
    expect(decimalFromCommaLocale('1.08')).toBe('1.08');
    expect(decimalFromCommaLocale('1.234')).toBe('1234');
    expect(decimalFromCommaLocale('1.234', true)).toBe('1.234');
  });

  it('refuses what is not a number', () => {
    for (const text of ['', '1,2,3', '12,34.5', 'abc', '1.23,4.5', '--1', '1e5']) {
      expect(decimalFromCommaLocale(text), text).toBeUndefined();
    }
  });
});
