import type { Book, BookCustomer } from '@refund-desk/core';

// The book goes to the background in parts small enough for one message each; a customer with more reservations
// than a part holds is split, its ledger travelling with its first part. The background joins them by tenant.
export function chunksOf(book: Book, reservationsPerChunk = 2_000): BookCustomer[][] {
  const chunks: BookCustomer[][] = [];
  let current: BookCustomer[] = [];
  let size = 0;
  const flush = () => {
    if (current.length) chunks.push(current);
    current = [];
    size = 0;
  };
  for (const customer of book.customers) {
    let first = true;
    let rest = customer.reservations;
    do {
      const room = reservationsPerChunk - size;
      const part = rest.slice(0, Math.max(room, 0));
      rest = rest.slice(part.length);
      current.push({ ...customer, ledger: first ? customer.ledger : [], reservations: part });
      first = false;
      size += Math.max(part.length, 1);
      if (size >= reservationsPerChunk) flush();
    } while (rest.length);
  }
  flush();
  return chunks;
}
