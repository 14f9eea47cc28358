import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDays, civilOf, daysFromCivil, daysInMonth, formatDate, parseDate } from './dates.js';

const day = (iso: string) => parseDate(iso) as number;

describe('parseDate (R-time.1)', () => {
  it('reads calendar dates and rejects impossible ones', () => {
    expect(formatDate(day('2024-02-29'))).toBe('2024-02-29');
    expect(parseDate('2023-02-29')).toBe('"2023-02-29" is not a calendar date');
    expect(parseDate('2025-13-01')).toMatch(/not a calendar date/);
    expect(parseDate('07/01/2025')).toMatch(/not a date such as/);
  });
  it('reduces a timestamp to its UTC date', () => {
    expect(formatDate(day('2025-01-07T23:30:00-05:00'))).toBe('2025-01-08');
    expect(formatDate(day('2025-01-08T01:00:00+09:00'))).toBe('2025-01-07');
    expect(formatDate(day('2025-01-07T12:00:00Z'))).toBe('2025-01-07');
    expect(formatDate(day('2025-01-07T12:00:00.123Z'))).toBe('2025-01-07');
    expect(formatDate(day('2025-01-07T12:00'))).toBe('2025-01-07');
    expect(parseDate('2025-01-07T25:00:00Z')).toMatch(/not a valid timestamp/);
  });
  it('knows the last day of each month, inside and outside the years kept in a table (1900 to 2199)', () => {
    const wrong: string[] = [];
    for (const year of [1600, 1899, 1900, 1904, 2000, 2024, 2100, 2199, 2200, 2400, 9999]) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const text = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (parseDate(text(last)) !== Date.UTC(year, month - 1, last) / 86_400_000) wrong.push(text(last));
        if (typeof parseDate(text(last + 1)) !== 'string') wrong.push(text(last + 1));
        if (daysFromCivil(year, month, 1) !== Date.UTC(year, month - 1, 1) / 86_400_000) wrong.push(text(1));
      }
    }
    expect(wrong).toEqual([]);
  });
  it('agrees with Date for every day from 1900 to 2200', () => {
    const wrong: number[] = [];
    for (let d = day('1900-01-01'); d <= day('2200-12-31'); d++) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      if (formatDate(d) !== iso || parseDate(iso) !== d) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });
});

describe('addMonths (R-time.3, R-monthly.1)', () => {
  it('keeps the day of month and clamps to the month end', () => {
    expect(formatDate(addMonths(day('2024-02-29'), 12))).toBe('2025-02-28');
    expect(formatDate(addMonths(day('2024-02-29'), 48))).toBe('2028-02-29');
    expect(formatDate(addMonths(day('2025-01-31'), 1))).toBe('2025-02-28');
    expect(formatDate(addMonths(day('2025-01-31'), 2))).toBe('2025-03-31');
    expect(formatDate(addMonths(day('2025-12-15'), 1))).toBe('2026-01-15');
  });
});

describe('UTC offsets (R-time.1)', () => {
  it('accepts offsets from −14:00 to +14:00 and refuses the rest', () => {
    expect(formatDate(parseDate('2025-01-07T23:30:00-14:00') as number)).toBe('2025-01-08');
    expect(formatDate(parseDate('2025-01-07T00:30:00+14:00') as number)).toBe('2025-01-06');
    expect(parseDate('2025-01-07T00:30:00+14:01')).toMatch(/outside −14:00 to \+14:00/);
    expect(parseDate('2025-01-07T00:30:00-23:59')).toMatch(/outside/);
    expect(parseDate('2025-01-07T00:30:00+05:60')).toMatch(/outside/);
  });
});

describe('civilOf (the last two days kept)', () => {
  it('answers what civilFromDays answers, for days read, asked for and in between', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 5000; i++) {
      const day = (next() % 200_000) - 100_000;
      if (i % 3 === 0) parseDate(formatDate(day));
      const asked = i % 5 === 0 ? day + 1 : day;
      expect(civilOf(asked)).toMatchObject(civilFromDays(asked));
      expect(addMonths(asked, 12)).toBe(daysFromCivilAfterYear(asked));
    }
  });
});

/** One year later by the civil date, clamped to the month's end (R-time.3), from civilFromDays alone. */
function daysFromCivilAfterYear(day: number): number {
  const { year, month, day: dom } = civilFromDays(day);
  const last = daysInMonth(year + 1, month);
  return daysFromCivil(year + 1, month, Math.min(dom, last));
}
