// How the contract's worked cases are compared (tests/support/vectors.ts), so a wrong order or a missing entry fails.
import { describe, expect, it } from 'vitest';
import { mismatches } from '../support/vectors.js';

const refills = [
  { date: '2026-01-15', amount: '2400.00' },
  { date: '2026-06-01', amount: '10000.00' },
];

describe('mismatches', () => {
  it('accepts the fields given and ignores the others', () => {
    expect(mismatches({ ok: true, value: { a: 1, b: 2 } }, { ok: true, value: { a: 1 } })).toEqual([]);
    expect(mismatches({ ok: true, value: { a: 1 } }, { value: { a: 2 } })).toEqual(['value.a: expected 2, got 1']);
  });

  it('requires an array other than errors in full: same length, same order', () => {
    expect(mismatches({ refills }, { refills })).toEqual([]);
    expect(mismatches({ refills: [...refills].reverse() }, { refills })).toContain(
      'refills[0].date: expected "2026-01-15", got "2026-06-01"',
    );
    expect(mismatches({ refills }, { refills: refills.slice(0, 1) })).toEqual([
      expect.stringMatching(/^refills: expected 1 entries, got 2/),
    ]);
    expect(mismatches({ refills: [...refills, refills[0]] }, { refills })[0]).toMatch(/expected 2 entries, got 3/);
    // Entries are partial objects too.
    expect(mismatches({ refills }, { refills: [{ date: '2026-01-15' }, { date: '2026-06-01' }] })).toEqual([]);
  });

  it('requires errors to contain each expected entry, in any order, and [] to mean none', () => {
    const errors = [
      { code: 'INVALID_DATE', field: 'date', message: 'm' },
      { code: 'UNKNOWN_PRODUCT', field: 'reservation.product', message: 'm' },
    ];
    expect(mismatches({ errors }, { errors: [{ code: 'UNKNOWN_PRODUCT' }, { code: 'INVALID_DATE' }] })).toEqual([]);
    expect(mismatches({ errors }, { errors: [{ code: 'INVALID_DATE', field: 'quantity' }] })).toHaveLength(1);
    const nested = { value: { policyResult: { errors } } };
    expect(mismatches(nested, { value: { policyResult: { errors: [{ code: 'INVALID_DATE' }] } } })).toEqual([]);
    expect(mismatches(nested, { value: { policyResult: { errors: [] } } })).toHaveLength(1);
    expect(mismatches({ errors: [] }, { errors: [] })).toEqual([]);
  });
});
