import type { Book } from '@refund-desk/core';
import { readJsonFile } from '../read-input.js';

export type BookFileInput = { ok: true; book: Book } | { ok: false; message: string };

/** The BOOK.json of `book value` and `plan`. Only JSON is checked here; the book's shape is core's to check. */
export async function readBookFile(path: string, cwd: string): Promise<BookFileInput> {
  const parsed = await readJsonFile(path, cwd, path);
  return parsed.ok ? { ok: true, book: parsed.value as Book } : parsed;
}

/** How many reservations the book holds, for the progress line; 0 for a book core will refuse anyway. */
export function reservationCount(book: Book): number {
  const customers = Array.isArray(book?.customers) ? book.customers : [];
  return customers.reduce(
    (sum, customer) => sum + (Array.isArray(customer?.reservations) ? customer.reservations.length : 0),
    0,
  );
}
