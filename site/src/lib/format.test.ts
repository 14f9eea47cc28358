// Generated dates read like the pages' own prose, in UTC whatever the machine's zone.
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format.js';

describe('formatIsoDate', () => {
  it('writes English dates day first, as the prose does, and Korean ones in Korean order', () => {
    expect(formatIsoDate('2020-02-12', 'en')).toBe('12 February 2020');
    expect(formatIsoDate('2026-11-25', 'ko')).toBe('2026년 11월 25일');
  });

  it('reads only the date of a timestamp and leaves what is not a date as it is', () => {
    expect(formatIsoDate('2027-02-01T23:30:00-05:00', 'en')).toBe('1 February 2027');
    expect(formatIsoDate('soon', 'ko')).toBe('soon');
  });
});
