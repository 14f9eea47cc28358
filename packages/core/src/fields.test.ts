import { describe, expect, it } from 'vitest';
import { reservationFromFields } from './fields.js';
import { estimateRefund } from './refund.js';

describe('reservationFromFields', () => {
  it('turns text into the contract’s shape', () => {
    expect(
      reservationFromFields({
        product: ' virtual-machines ',
        term: 'P1Y',
        billingPlan: 'Upfront',
        start: '2025-01-01',
        quantity: '2',
        price: '3650.00',
        currency: 'usd',
        currentPrice: '',
        usdPerUnit: '  ',
        used: 'FALSE',
      }),
    ).toEqual({
      product: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'Upfront',
      start: '2025-01-01',
      quantity: 2,
      price: { amount: '3650.00', currency: 'USD' },
      used: false,
    });
  });

  it('lets validation quote what was typed, with its field', () => {
    const reservation = reservationFromFields({
      product: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'Upfront',
      start: '2025-01-01',
      quantity: '2.5',
      price: '10',
      used: 'maybe',
    });
    const result = estimateRefund({ date: '2025-02-01', reservation });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.field, e.message])).toEqual([
      [
        'INVALID_QUANTITY',
        'reservation.quantity',
        'reservation.quantity must be a whole number from 1 to 1000000, not "2.5"',
      ],
      [
        'INVALID_CURRENCY',
        'reservation.price.currency',
        'reservation.price.currency must be an ISO 4217 code such as "USD", not missing',
      ],
      ['INVALID_INPUT', 'reservation.used', 'reservation.used must be true or false, not "maybe"'],
    ]);
  });
});
