import type { BookReservation } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { factsOf } from './book-view';

const reservation = (product: string) =>
  ({
    reservationId: '3c0a7b52-9e14-4d6f-8a21-5b7c9d0e1f23',
    reservationOrderId: '8d2e4f61-0a3b-4c5d-9e7f-1a2b3c4d5e6f',
    product,
    origin: { product: 'portal-reservations.csv row 2' },
  }) as BookReservation;

const productFact = (product: string, locale: 'en' | 'ko') =>
  factsOf(reservation(product), null, locale).find((f) => f.path === 'reservation.product');

describe('factsOf', () => {
  it('shows core’s product title in the reader’s language, not the key', () => {
    expect(productFact('virtual-machines', 'en')).toMatchObject({
      value: 'Virtual machines',
      origin: 'portal-reservations.csv row 2',
    });
    expect(productFact('virtual-machines', 'ko')?.value).toBe('가상 머신');
  });

  it('shows a product core does not know as the file wrote it', () => {
    expect(productFact('teleporters', 'en')?.value).toBe('teleporters');
  });
});
