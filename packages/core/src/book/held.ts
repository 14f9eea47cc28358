// R-book.12 (proposed): a reservation whose status says it is no longer held cannot be refunded.
import type { Problem } from '../types.js';

/**
 * The statuses of a reservation the customer no longer holds. They are given by the portal export's Status and by the
 * Reservations API's provisioningState: returned, expired, split or merged into other reservations, exchanged, or a
 * purchase that failed. They are compared without case, spaces, '-' or '_'.
 */
const NOT_HELD = new Set([
  'cancelled',
  'canceled',
  'expired',
  'split',
  'merged',
  'exchanged',
  'failed',
  'billingfailed',
]);

/** Why the reservation cannot be estimated for its status, or null when the status says nothing against it. */
export function notHeldProblem(status: unknown): Problem | null {
  if (typeof status !== 'string') return null;
  const word = status.toLowerCase().replace(/[\s_-]/g, '');
  if (!NOT_HELD.has(word)) return null;
  return {
    code: word === 'expired' ? 'RESERVATION_EXPIRED' : 'INVALID_INPUT',
    field: 'reservation.status',
    message: `the book gives its status as ${status.trim()}: it is no longer held, so it cannot be refunded (R-book.12)`,
  };
}
