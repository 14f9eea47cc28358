import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-text.js';

const nested = (levels: number) => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

describe('nestsDeeperThan', () => {
  it('counts arrays and objects as levels, scalars as none', () => {
    expect(nestsDeeperThan(5, 0)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 2)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 1)).toBe(true);
    expect(nestsDeeperThan({ a: 1, b: { c: { d: {} } } }, 3)).toBe(true);
  });

  it('walks 100,000 levels without running out of stack', () => {
    const deep = nested(100_000);
    expect(nestsDeeperThan(deep, 100)).toBe(true);
    expect(nestsDeeperThan(nested(100), 100)).toBe(false);
  });
});
