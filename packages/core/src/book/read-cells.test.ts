import { describe, expect, it } from 'vitest';
import { canonicalDecimal, readDay, readDecimal, readPercent, readTermText, readWholeNumber } from './read-cells.js';

describe('cells as the files spell them', () => {
  it('reads ISO dates, timestamps (as their UTC day) and the US month-first form', () => {
    expect(readDay('2025-01-07')).toEqual({ value: '2025-01-07' });
    expect(readDay('2025-03-14T09:12:45.1234567Z')).toEqual({ value: '2025-03-14' });
    expect(readDay('2025-03-14T23:30:00-02:00')).toEqual({ value: '2025-03-15' });
    expect(readDay('1/7/2025')).toEqual({ value: '2025-01-07' });
    expect(readDay('12/31/2025 11:59:00 PM')).toEqual({ value: '2025-12-31' });
    for (const bad of ['13/1/2025', '2/30/2025', '7.1.2025', 'soon', '']) expect(readDay(bad)).toHaveProperty('reason');
  });

  it('reads terms', () => {
    for (const [text, term] of [
      ['P1Y', 'P1Y'],
      ['p3y', 'P3Y'],
      ['1 Year', 'P1Y'],
      ['3 Years', 'P3Y'],
      ['One Year', 'P1Y'],
      ['5 years', 'P5Y'],
      ['1 Year - Monthly', 'P1Y'],
    ]) {
      expect(readTermText(text as string)).toEqual({ value: term });
    }
    for (const bad of ['2 Years', 'P2Y', 'monthly', '']) expect(readTermText(bad)).toHaveProperty('reason');
  });

  it('reads decimals, with decimal commas only where the file uses them', () => {
    expect(readDecimal('1672.80', false)).toEqual({ value: '1672.80' });
    expect(readDecimal('1.672,80', true)).toEqual({ value: '1672.80' });
    expect(readDecimal('1.672,80', false)).toHaveProperty('reason');
    expect(readPercent('98,5 %', true)).toEqual({ value: '98.5' });
    expect(readPercent('100.0%', false)).toEqual({ value: '100' });
    expect(canonicalDecimal('007.50')).toBe('7.5');
    expect(canonicalDecimal('-0.0')).toBe('-0');
  });

  it('reads whole numbers of units', () => {
    expect(readWholeNumber(' 4 ')).toEqual({ value: 4 });
    for (const bad of ['0', '1.5', '-1', 'x', '']) expect(readWholeNumber(bad)).toHaveProperty('reason');
  });
});
