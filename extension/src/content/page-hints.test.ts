import { describe, expect, it } from 'vitest';
import { hintsFor } from './page-hints';

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
