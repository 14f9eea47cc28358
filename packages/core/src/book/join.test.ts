import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Join } from './join.js';
import { authority, type Fact, type FactKey, type SourceKind } from './provenance.js';

const order = 'bbbbbbbb-2222-4222-8222-222222222222';
const id = 'aaaaaaaa-1111-4111-8111-111111111111';
const fact = (source: SourceKind, value: unknown, row = 1): Fact => ({
  value,
  origin: `${source}.file row ${row} (X)`,
  source,
  file: `${source}.file`,
  row,
});

describe('Join (R-book.2)', () => {
  it('keeps the API over the portal over the invoice for reservation facts, and the invoice for prices', () => {
    const join = new Join();
    const draft = join.draft(id, order);
    join.add(draft, 'start', fact('reconciliation', '2025-01-06'));
    join.add(draft, 'start', fact('api', '2025-01-07'));
    join.add(draft, 'start', fact('portal', '2025-01-05'));
    expect(draft.facts.get('start')?.value).toBe('2025-01-07');
    join.add(draft, 'customer', fact('portal', 'x'));
    join.add(draft, 'customer', fact('reconciliation', 'y'));
    expect(draft.facts.get('customer')?.value).toBe('y');
    expect(join.problems.map((p) => [p.file, p.field, p.code])).toEqual([
      ['reconciliation.file', 'benefit start date', 'CONFLICT'],
      ['portal.file', 'benefit start date', 'CONFLICT'],
      ['portal.file', 'customer (tenant ID)', 'CONFLICT'],
    ]);
    expect(join.problems[0]?.message).toContain('says "2025-01-07"');
    expect(join.problems[0]?.message).toContain('says "2025-01-06"');
  });

  it('property: whatever the order, the most authoritative value is kept; equal values are no conflict', () => {
    const sources: SourceKind[] = ['book', 'api', 'portal', 'reconciliation'];
    const keys: FactKey[] = ['start', 'price', 'quantity', 'customer'];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.shuffledSubarray(sources, { minLength: 1 }),
        fc.array(fc.constantFrom('a', 'b'), { minLength: 4, maxLength: 4 }),
        (key, order_, values) => {
          const join = new Join();
          const draft = join.draft(id, order);
          for (const [i, source] of order_.entries()) join.add(draft, key, fact(source, values[i]));
          const best = [...order_].sort((a, b) => authority(b, key) - authority(a, key))[0]!;
          expect(draft.facts.get(key)?.value).toBe(values[order_.indexOf(best)]);
          const distinct = new Set(order_.map((_, i) => values[i])).size;
          if (distinct === 1) expect(join.problems).toEqual([]);
          else expect(join.problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('gives an order’s facts to its one reservation, keeps an unnamed order as a placeholder, never splits a price', () => {
    const join = new Join();
    join.addOrder({
      reservationOrderId: order,
      facts: { price: fact('reconciliation', { amount: '10.00', currency: 'USD' }) },
    });
    expect(join.drafts.get(order)?.placeholder).toBe(true);
    join.addReservation({ reservationOrderId: order, reservationId: id, facts: { quantity: fact('portal', 2) } });
    join.settlePlaceholders();
    expect([...join.drafts.keys()]).toEqual([id]);
    expect(join.drafts.get(id)?.facts.get('price')?.value).toEqual({ amount: '10.00', currency: 'USD' });

    const split = new Join();
    const other = 'cccccccc-3333-4333-8333-333333333333';
    split.addReservation({ reservationOrderId: order, reservationId: id, facts: {} });
    split.addReservation({ reservationOrderId: order, reservationId: other, facts: {} });
    split.addOrder({
      reservationOrderId: order,
      facts: { price: fact('reconciliation', 'p'), customer: fact('reconciliation', 't') },
    });
    expect(split.drafts.get(id)?.facts.get('price')).toBeUndefined();
    expect(split.drafts.get(other)?.facts.get('customer')?.value).toBe('t');
    expect(split.problems[0]?.message).toContain('holds 2 reservations');
  });

  it('refuses a reservation claimed by two orders', () => {
    const join = new Join();
    join.addReservation({ reservationOrderId: order, reservationId: id, facts: { quantity: fact('portal', 2) } });
    join.addReservation({ reservationOrderId: id, reservationId: id, facts: { quantity: fact('api', 3) } });
    expect(join.drafts.get(id)?.facts.get('quantity')?.value).toBe(2);
    expect(join.problems[0]?.code).toBe('CONFLICT');
  });
});
