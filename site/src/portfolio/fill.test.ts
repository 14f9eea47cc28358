import { describe, expect, it } from 'vitest';
import { fill, progressText } from './fill.js';
import { pageWords } from './strings.js';

describe('fill', () => {
  it('fills the names given and leaves the others as written', () => {
    expect(fill('{done} of {total} ({other})', { done: 3, total: 10 })).toBe('3 of 10 ({other})');
  });

  it('counts the customer being worked on from 1, and never past the total', () => {
    const en = pageWords('en');
    expect(progressText(en, 'value', 0, 1000)).toBe('Valuing reservations: customer 1 of 1000');
    expect(progressText(en, 'plan', 1000, 1000)).toBe('Planning refunds: customer 1000 of 1000');
    expect(progressText(en, 'read', 0, 2)).toBe('Reading files: 0 of 2');
    expect(progressText(pageWords('ko'), 'value', 4, 10)).toBe('예약 계산 중: 고객 10명 중 5명');
  });
});
