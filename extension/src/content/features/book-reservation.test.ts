import { describe, expect, it } from 'vitest';
import { factOf } from './book-reservation';

describe('factOf', () => {
  it('maps contract paths to the facts the agent may correct', () => {
    expect(factOf('reservation.price.amount')).toBe('price');
    expect(factOf('reservation.price.currency')).toBe('currency');
    expect(factOf('reservation.billingPlan')).toBe('billingPlan');
    expect(factOf('reservation.usdPerUnit')).toBe('usdPerUnit');
    expect(factOf('customer')).toBe('customer');
  });

  it('leaves facts that cannot be corrected', () => {
    expect(factOf('reservation.utilization')).toBeNull();
    expect(factOf('displayName')).toBeNull();
    expect(factOf('reservation.reservationId')).toBeNull();
  });
});
