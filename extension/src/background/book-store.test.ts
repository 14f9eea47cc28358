import { describe, expect, it } from 'vitest';
import { seededId } from './book-store';

const tenant = '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17';
const entry = (note: string, amount = '1830.00') => ({ date: '2026-02-03', amount: { amount, currency: 'USD' }, note });

describe('seededId', () => {
  it('is the same for one invoice line read from two copies of the file, and differs for another line', () => {
    const line = 'Seeded from invoice G041234590, reservation order 0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
    const a = seededId(tenant, entry(`${line}: reconciliation.csv row 14 (Subtotal, Cancel).`));
    const b = seededId(tenant, entry(`${line}: reconciliation-semicolon.csv row 14 (Subtotal, Cancel).`));
    expect(a).toBe(b);
    expect(a).toMatch(/^seed-[0-9a-f]{16}$/);
    expect(seededId(tenant, entry(`${line}: x row 1.`, '1830.01'))).not.toBe(a);
    expect(seededId(tenant, entry('Seeded from invoice G041234591, reservation order x: y'))).not.toBe(a);
  });
});
