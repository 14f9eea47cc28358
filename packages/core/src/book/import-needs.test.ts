import { describe, expect, it } from 'vitest';
import { neededFacts } from './import-needs.js';

describe('neededFacts (R-book.3)', () => {
  it('lists what an estimate still lacks, and nothing when the facts are there', () => {
    const complete = {
      product: 'virtual-machines',
      billingPlan: 'Upfront',
      start: '2026-01-01',
      price: { amount: '100', currency: 'USD' },
    } as const;
    expect(neededFacts(complete, '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17')).toEqual([]);
    expect(neededFacts({}, 'unassigned')).toEqual(['price', 'billingPlan', 'start', 'customer', 'product']);
    expect(neededFacts({ ...complete, price: { amount: '100', currency: 'EUR' } }, 't')).toEqual(['usdPerUnit']);
  });
});
