import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, importBook, LEDGER_NOTE } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import type { BookCustomerView, BookLookup, BookStatus, ChangeNotice, SaveReply } from '../shapes';
import { answerNearby } from './book-answers';
import { openDb } from './db';
import { forgetLookups } from './lookup-read';
import { type RouterDeps, route, type Sender } from './router';

// The book's messages end to end through the router, on the repository's book fixtures and the real core.
const fixtures = join(import.meta.dirname, '../../../tests/fixtures/book');
const file = (name: string) => {
  const decoded = decodeText(new Uint8Array(readFileSync(join(fixtures, name))));
  if (!decoded.ok) throw new Error(decoded.message);
  return { name, text: decoded.text };
};
const contoso = '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17';
const vm = {
  reservationOrderId: '8d2e4f61-0a3b-4c5d-9e7f-1a2b3c4d5e6f',
  reservationId: '3c0a7b52-9e14-4d6f-8a21-5b7c9d0e1f23',
};
const today = '2025-06-01';

let n = 0;
function deps() {
  const db = openDb(`book-router-${++n}`);
  const session = new Map<string, string[]>();
  const notices: Omit<ChangeNotice, 'seq'>[] = [];
  let ids = 0;
  const d: RouterDeps = {
    db: () => db,
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    allowLocalFixtures: false,
    session: { get: async (k) => session.get(k) ?? [], set: async (k, v) => void session.set(k, v) },
    openOptions: async () => {},
    newId: () => `id-${++ids}`,
    notify: async (notice) => void notices.push(notice),
    today: () => today,
  };
  return { d, notices };
}
const options: Sender = { id: 'ext', url: 'chrome-extension://ext/src/pages/options/index.html' };
const portal = (tab = 7, opener?: number): Sender => ({
  id: 'ext',
  url: 'https://portal.azure.com/#home',
  frameId: 0,
  tab: { id: tab, ...(opener !== undefined && { openerTabId: opener }) },
});

async function ok<T>(reply: Promise<{ ok: boolean; value?: unknown; error?: string }>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}

/** What the options page does: importBook, then the book in chunks of one customer, then commit. */
async function importFixtures(d: RouterDeps, chunkSize = 1): Promise<BookStatus> {
  const result = importBook([file('portal-reservations.csv'), file('reconciliation.csv')]);
  if (!result.ok) throw new Error('import failed');
  const { book, files, needs } = result.value;
  await ok(route({ type: 'book/import/begin', importId: 'imp' }, options, d));
  let index = 0;
  for (let i = 0; i < book.customers.length; i += chunkSize)
    await ok(
      route(
        {
          type: 'book/import/chunk',
          importId: 'imp',
          index: index++,
          customers: book.customers.slice(i, i + chunkSize),
        },
        options,
        d,
      ),
    );
  return ok(route({ type: 'book/import/commit', importId: 'imp', chunks: index, files, needs }, options, d));
}

describe('the book through the router', () => {
  it('imports in chunks, seeds the ledger from Cancel rows once, and reports what is missing', async () => {
    const { d, notices } = deps();
    const status = await importFixtures(d);
    expect(status.reservations).toBe(12);
    expect(status.files.map((f) => f.format)).toEqual(['portal-reservations-csv', 'partner-center-reconciliation-csv']);
    expect(status.needs.map((x) => x.fields)).toEqual([['product'], ['price', 'billingPlan', 'customer']]);
    // Counted without reading every row: the customers the files name (a reservation no file ties to a customer is
    // 'unassigned', not a customer), and each need with its order and name from its row.
    const book = await ok<{ customers: { tenantId: string; reservations: { reservationId: string }[] }[] }>(
      route({ type: 'book/export' }, options, d),
    );
    const named = book.customers.filter((c) => c.tenantId !== 'unassigned');
    expect(named.length).toBeLessThan(book.customers.length);
    expect(status.customers).toBe(named.length);
    for (const need of status.needs) expect(need.reservationOrderId).toMatch(/^[0-9a-f-]{36}$/);
    expect(notices.at(-1)?.what).toContain('book');
    const ledger = await ok<{ refunds: { note?: string }[] }>(
      route({ type: 'ledger/get', tenantId: contoso }, options, d),
    );
    expect(ledger.refunds).toHaveLength(1);
    expect(ledger.refunds[0]?.note).toContain('Seeded from invoice');
    // Importing the same files again into the stored book changes nothing and adds no second seeded refund.
    const again = await importFixtures(d, 2);
    expect(again.reservations).toBe(12);
    expect(
      (await ok<{ refunds: unknown[] }>(route({ type: 'ledger/get', tenantId: contoso }, options, d))).refunds,
    ).toHaveLength(1);
  });

  it('leaves the stored book as it was when an import does not arrive whole', async () => {
    const { d } = deps();
    await importFixtures(d);
    await ok(route({ type: 'book/import/begin', importId: 'half' }, options, d));
    await ok(route({ type: 'book/import/chunk', importId: 'half', index: 0, customers: [] }, options, d));
    const reply = await route(
      { type: 'book/import/commit', importId: 'half', chunks: 3, files: [], needs: [] },
      options,
      d,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('unchanged') });
    expect((await ok<BookStatus>(route({ type: 'book/status' }, options, d))).reservations).toBe(12);
  });

  it('answers a lookup from a portal tab with origins, the customer and core’s estimate', async () => {
    const { d } = deps();
    await importFixtures(d);
    const found = await ok<BookLookup>(route({ type: 'book/lookup', ids: vm, date: today, lang: 'en' }, portal(), d));
    expect(found.customer).toEqual({ tenantId: contoso, name: 'Contoso Ltd' });
    expect(found.facts.find((f) => f.path === 'reservation.price.amount')).toMatchObject({
      origin: 'reconciliation.csv row 1 (Subtotal, New)',
      corrected: false,
    });
    expect(found.estimate).toMatchObject({ ok: true, allowed: true });
    expect(found.estimate.figures.map((f) => f.testId)).toContain('cap-use');
    expect(
      await ok(
        route(
          { type: 'book/lookup', ids: { reservationOrderId: vm.reservationId }, date: today, lang: 'en' },
          portal(),
          d,
        ),
      ),
    ).toBeNull();
  });

  it('keeps the answers at hand a tab asks for: the small book whole, else its customer’s, else none', async () => {
    const { d } = deps();
    await importFixtures(d);
    const all = await ok<BookLookup[]>(route({ type: 'book/nearby', date: today, lang: 'en' }, portal(), d));
    expect(all).toHaveLength(12);
    // Each is the answer the page would be given as it opens.
    const one = all.find((a) => a.reservationId === vm.reservationId);
    expect(one).toEqual(await ok(route({ type: 'book/lookup', ids: vm, date: today, lang: 'en' }, portal(), d)));
    const db = await d.db();
    const ofContoso = await answerNearby(db, contoso, today, 'en', 3);
    expect(ofContoso.length).toBeGreaterThan(0);
    expect(ofContoso.length).toBeLessThanOrEqual(3);
    expect(ofContoso.every((a) => a.customer?.tenantId === contoso)).toBe(true);
    expect(await answerNearby(db, null, today, 'en', 3)).toEqual([]);
  });

  it('works the answers at hand out once for every tab that asks, until the next write or change', async () => {
    const { d } = deps();
    await importFixtures(d);
    const db = await d.db();
    const first = await answerNearby(db, contoso, today, 'en');
    expect(await answerNearby(db, contoso, today, 'en')).toBe(first);
    expect(await answerNearby(db, contoso, today, 'ko')).not.toBe(first);
    forgetLookups();
    const again = await answerNearby(db, contoso, today, 'en');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('keeps a corrected fact apart, with its origin, and fills a need', async () => {
    const { d } = deps();
    await importFixtures(d);
    const status = await ok<BookStatus>(route({ type: 'book/status' }, options, d));
    const need = status.needs.find((x) => x.fields.includes('price'))!;
    await ok(
      route(
        {
          type: 'book/correct',
          ids: { reservationOrderId: need.reservationOrderId!, reservationId: need.reservationId },
          facts: { price: '1200.00', billingPlan: 'Upfront', customer: contoso.toUpperCase() },
        },
        options,
        d,
      ),
    );
    const after = await ok<BookStatus>(route({ type: 'book/status' }, options, d));
    expect(after.needs.find((x) => x.reservationId === need.reservationId)).toBeUndefined();
    const found = await ok<BookLookup>(
      route(
        {
          type: 'book/lookup',
          ids: { reservationOrderId: need.reservationOrderId!, reservationId: need.reservationId },
          date: today,
          lang: 'en',
        },
        portal(),
        d,
      ),
    );
    expect(found.customer?.tenantId).toBe(contoso);
    expect(found.facts.find((f) => f.path === 'reservation.price.amount')).toMatchObject({
      corrected: true,
      origin: `corrected by the agent on ${today}`,
    });
    const view = await ok<BookCustomerView>(
      route({ type: 'book/customer', tenantId: contoso, date: today, lang: 'en' }, portal(), d),
    );
    expect(view.reservations.map((r) => r.reservationId)).toContain(need.reservationId);
    expect(view.plan).not.toBeNull();
  });

  it('records a refund as the background estimates it, broadcasts it, and undoes it', async () => {
    const { d, notices } = deps();
    await importFixtures(d);
    const saved = await ok<SaveReply>(route({ type: 'refund/record', ids: vm, date: today, quantity: 1 }, portal(), d));
    if (!saved.saved) throw new Error('held back');
    expect(saved.refund).toMatchObject({ tenantId: contoso, reservationId: vm.reservationId, note: LEDGER_NOTE });
    const lookup = await ok<BookLookup>(route({ type: 'book/lookup', ids: vm, date: today, lang: 'en' }, portal(), d));
    expect(saved.refund.amount).not.toBe('');
    expect(notices.at(-1)).toEqual({ what: ['ledger', 'customers'], tenantIds: [contoso] });
    expect(
      (await ok<{ refunds: unknown[] }>(route({ type: 'ledger/get', tenantId: contoso }, options, d))).refunds,
    ).toHaveLength(2);
    await ok(route({ type: 'refund/undo', token: saved.undo }, portal(), d));
    expect(
      (await ok<{ refunds: unknown[] }>(route({ type: 'ledger/get', tenantId: contoso }, options, d))).refunds,
    ).toHaveLength(1);
    expect(lookup.headroom).not.toBeNull();
    // A page may not write an amount itself.
    const put = { type: 'refund/put', refund: { id: 'x', tenantId: contoso, date: today, amount: '1.00' } };
    expect(await route(put, portal(), d)).toMatchObject({ ok: false });
  });

  it('holds a typed refund over the limit or in the future until it is confirmed', async () => {
    const { d } = deps();
    const refund = { id: 'big', tenantId: contoso, date: today, amount: '60000.00' };
    expect(await ok<SaveReply>(route({ type: 'refund/put', refund }, options, d))).toMatchObject({
      saved: false,
      flags: [expect.objectContaining({ code: 'OVER_LIMIT' })],
    });
    expect(await ok<SaveReply>(route({ type: 'refund/put', refund, confirmed: true }, options, d))).toMatchObject({
      saved: true,
    });
    const later = { id: 'later', tenantId: contoso, date: '2025-06-02', amount: '1.00' };
    expect(
      await ok<SaveReply>(route({ type: 'refund/put', refund: later, currency: 'EUR' }, options, d)),
    ).toMatchObject({
      saved: false,
      flags: [expect.objectContaining({ code: 'FUTURE_DATE' }), expect.objectContaining({ code: 'NOT_USD' })],
    });
  });

  it('deletes a customer with its refunds and book rows, and undo brings all back', async () => {
    const { d } = deps();
    await importFixtures(d);
    const { undo } = await ok<{ undo: string }>(route({ type: 'customer/delete', tenantId: contoso }, options, d));
    expect(await ok(route({ type: 'book/lookup', ids: vm, date: today, lang: 'en' }, portal(), d))).toBeNull();
    expect(
      (await ok<{ refunds: unknown[] }>(route({ type: 'ledger/get', tenantId: contoso }, options, d))).refunds,
    ).toHaveLength(0);
    await ok(route({ type: 'refund/undo', token: undo }, options, d));
    expect(
      await ok<BookLookup>(route({ type: 'book/lookup', ids: vm, date: today, lang: 'en' }, portal(), d)),
    ).toMatchObject({
      customer: { tenantId: contoso, name: 'Contoso Ltd' },
    });
    expect(await route({ type: 'refund/undo', token: undo }, options, d)).toMatchObject({ ok: false });
  });

  it('carries the Partner Center customer to the tab and to the tabs it opens', async () => {
    const { d } = deps();
    await ok(route({ type: 'customer/context', tenantId: contoso.toUpperCase(), name: 'Contoso' }, portal(3), d));
    expect(await ok(route({ type: 'customer/context/get' }, portal(3), d))).toEqual({
      tenantId: contoso,
      name: 'Contoso',
    });
    expect(await ok(route({ type: 'customer/context/get' }, portal(9, 3), d))).toEqual({
      tenantId: contoso,
      name: 'Contoso',
    });
    expect(await ok(route({ type: 'customer/context/get' }, portal(10), d))).toBeNull();
  });

  it('keeps the import messages away from web pages', async () => {
    const { d } = deps();
    expect(await route({ type: 'book/import/begin', importId: 'x' }, portal(), d)).toMatchObject({ ok: false });
    expect(await route({ type: 'book/export' }, portal(), d)).toMatchObject({ ok: false });
  });
});

describe('words/get', () => {
  it("answers the extension's catalog in the language asked, to a content script", async () => {
    const { d } = deps();
    const ko = await ok<Record<string, { message: string }>>(route({ type: 'words/get', lang: 'ko' }, portal(), d));
    const en = await ok<Record<string, { message: string }>>(route({ type: 'words/get', lang: 'en' }, portal(), d));
    expect(Object.keys(ko)).toEqual(expect.arrayContaining(['extName', 'delete']));
    expect(ko.delete?.message).not.toBe(en.delete?.message);
  });
});
