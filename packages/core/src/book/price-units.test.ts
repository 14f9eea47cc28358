import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBook } from './import.js';
import type { Book, BookFile } from './types.js';

// R-book.13: the invoice prices the units bought; the book's price is for the units held (contract: `price`).
const folder = new URL('../../../../tests/fixtures/book/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, folder), 'utf8');
const recon: BookFile = { name: 'reconciliation.csv', text: text('reconciliation.csv') };
const vm = '3c0a7b52-9e14-4d6f-8a21-5b7c9d0e1f23';

/** The API file with the VM reservation (2 units on the invoice, USD 1,672.80) holding `quantity` units now. */
function apiHolding(quantity: number): BookFile {
  const items = JSON.parse(text('reservations-az.json')) as { properties: { quantity: number } }[];
  items[0]!.properties.quantity = quantity;
  return { name: 'reservations-az.json', text: JSON.stringify(items) };
}

function imported(files: BookFile[], book?: Book) {
  const result = importBook(files, book ? { book } : undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const reservation = result.value.book.customers.flatMap((c) => c.reservations).find((r) => r.reservationId === vm);
  return { ...result.value, reservation };
}

describe('a price for more units than the reservation holds (R-book.13)', () => {
  it('becomes the price of the units held when exact, with the units bought as the original quantity', () => {
    const { reservation, problems } = imported([recon, apiHolding(1)]);
    expect(reservation?.quantity).toBe(1);
    expect(reservation?.price).toEqual({ amount: '836.40', currency: 'USD' });
    expect(reservation?.originalQuantity).toBe(2);
    expect(reservation?.origin.price).toContain('1/2 of USD 1672.80');
    expect(problems.filter((p) => p.field === 'price' && p.message.includes(vm))).toEqual([]);
  });

  it('agrees with the same invoice imported again into that book: no conflict, nothing changes', () => {
    const first = imported([recon, apiHolding(1)]);
    const again = imported([recon, apiHolding(1)], first.book);
    expect(again.problems.filter((p) => p.field === 'price' && p.message.includes(vm))).toEqual([]);
    expect(again.book).toEqual(first.book);
  });

  it('is not used when the reservation holds more units than were priced: the price is asked for', () => {
    const { reservation, problems, needs } = imported([recon, apiHolding(3)]);
    expect(reservation?.price).toBeUndefined();
    expect(problems.find((p) => p.field === 'price' && p.message.includes(vm))?.message).toContain(
      'is the price of 2 units, and the reservation holds 3',
    );
    expect(needs.find((n) => n.reservationId === vm)?.fields).toContain('price');
  });
});
