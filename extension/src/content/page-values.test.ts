import { describe, expect, it } from 'vitest';
import { hintsFor } from './page-hints';
import { suggestionsFrom } from './page-values';

describe('suggestionsFrom', () => {
  it('reads term, plan, quantity and start from the essentials list', () => {
    const essentials = [
      { label: 'Term', value: '3 years' },
      { label: 'Billing frequency', value: 'Upfront' },
      { label: 'Quantity', value: '2' },
      { label: 'Start date', value: '2025-01-07T10:00:00Z' },
      { label: 'Scope', value: 'Shared' },
    ];
    expect(suggestionsFrom({ essentials }).map((s) => [s.field, s.value])).toEqual([
      ['term', 'P3Y'],
      ['billingPlan', 'Upfront'],
      ['quantity', '2'],
      ['start', '2025-01-07'],
    ]);
  });

  it('leaves out what it does not understand', () => {
    const essentials = [
      { label: 'Term', value: '2 years' },
      { label: 'Billing frequency', value: 'Quarterly' },
      { label: 'Quantity', value: 'two' },
      { label: 'Start date', value: '7 January 2025' },
    ];
    expect(suggestionsFrom({ essentials })).toEqual([]);
  });
});

describe('hintsFor', () => {
  const order = '11111111-2222-4333-8444-555555555555';
  const other = '99999999-2222-4333-8444-555555555555';
  const hints = (id: string) => ({
    title: 'VM_RI',
    essentials: [
      { label: 'Reservation order ID', value: id },
      { label: 'Term', value: '3 years' },
    ],
  });

  it("keeps the page's values only when the page shows the URL's reservation order", () => {
    expect(hintsFor(hints(order), order)).toEqual(hints(order));
    expect(hintsFor(hints(order.toUpperCase()), order).essentials).toHaveLength(2);
    expect(hintsFor(hints(other), order)).toEqual({ essentials: [] });
    expect(hintsFor({ essentials: [{ label: 'Term', value: '3 years' }] }, order)).toEqual({ essentials: [] });
  });
});
