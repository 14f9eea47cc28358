import { afterEach, describe, expect, it } from 'vitest';
import type { BookLookup } from '../shapes';
import { forgetNearby, loadNearby, nearbyAnswer } from './nearby';

const order = '11111111-2222-4333-8444-555555555555';
const first = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const second = '66666666-7777-4888-9999-bbbbbbbbbbbb';
const answer = (reservationOrderId: string, reservationId: string) =>
  ({ reservationOrderId, reservationId }) as BookLookup;

// The background's side of 'book/nearby' (a reply as the router sends it), so that what is kept can be looked at.
function background(reply: unknown) {
  (globalThis as { chrome?: unknown }).chrome = { runtime: { sendMessage: async () => reply } };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('answers kept at hand', () => {
  afterEach(() => {
    forgetNearby();
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  it('gives the reservation asked for, on the date and in the language they were asked for', async () => {
    background({ ok: true, value: [answer(order, first), answer(order, second)] });
    loadNearby('2026-12-02', 'en');
    await settled();
    expect(
      nearbyAnswer({ reservationOrderId: order.toUpperCase(), reservationId: second }, '2026-12-02', 'en'),
    ).toEqual(answer(order, second));
    expect(nearbyAnswer({ reservationOrderId: order, reservationId: second }, '2026-12-03', 'en')).toBeUndefined();
    expect(nearbyAnswer({ reservationOrderId: order, reservationId: second }, '2026-12-02', 'ko')).toBeUndefined();
  });

  it('gives none for an order of several reservations, nor once forgotten, nor after a failure', async () => {
    background({ ok: true, value: [answer(order, first), answer(order, second)] });
    loadNearby('2026-12-02', 'en');
    await settled();
    expect(nearbyAnswer({ reservationOrderId: order }, '2026-12-02', 'en')).toBeUndefined();
    forgetNearby();
    expect(nearbyAnswer({ reservationOrderId: order, reservationId: first }, '2026-12-02', 'en')).toBeUndefined();
    background({ ok: false, error: 'the database is blocked' });
    loadNearby('2026-12-02', 'en');
    await settled();
    expect(nearbyAnswer({ reservationOrderId: order, reservationId: first }, '2026-12-02', 'en')).toBeUndefined();
  });

  it('keeps only the newest answers when two requests cross', async () => {
    background({ ok: true, value: [answer(order, first)] });
    loadNearby('2026-12-02', 'en');
    background({ ok: true, value: [answer(order, second)] });
    loadNearby('2026-12-02', 'en');
    await settled();
    expect(nearbyAnswer({ reservationOrderId: order, reservationId: first }, '2026-12-02', 'en')).toBeUndefined();
    expect(nearbyAnswer({ reservationOrderId: order, reservationId: second }, '2026-12-02', 'en')).toBeDefined();
  });
});
