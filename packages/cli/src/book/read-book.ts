import type { Book } from '@refund-desk/core';
import { decodeText } from '../input/decode-file.js';
import { parseJsonBytes, readBytes } from '../read-input.js';

export type BookFileInput = { ok: true; book: Book } | { ok: false; message: string };

/** The BOOK.json of `book value` and `plan`. Only JSON is checked here; the book's shape is core's to check. */
export async function readBookFile(path: string, cwd: string): Promise<BookFileInput> {
  const read = await readBytes(path, cwd);
  if (!read.ok) return { ok: false, message: `${path}: ${read.message}` };
  const parsed = parseJsonBytes(read.bytes, path);
  if (parsed.ok) return { ok: true, book: parsed.value as Book };
  // A file that does not even start as JSON is most often one of the files a book is made from (a CSV export).
  const text = decodeText(read.bytes);
  if (text.ok && text.text.trim() !== '' && !/^\uFEFF?\s*[[{]/.test(text.text)) {
    return {
      ok: false,
      message: `${path} is not a book (the JSON that \`refund-desk book import\` writes); make one from your files first: refund-desk book import ${shellWord(path)} -o book.json`,
    };
  }
  return parsed;
}

/** How many reservations the book holds, for the progress line; 0 for a book core will refuse anyway. */
export function reservationCount(book: Book): number {
  const customers = Array.isArray(book?.customers) ? book.customers : [];
  return customers.reduce(
    (sum, customer) => sum + (Array.isArray(customer?.reservations) ? customer.reservations.length : 0),
    0,
  );
}

/** A path as one word of a shell command: quoted when it holds anything but plain characters. */
function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
