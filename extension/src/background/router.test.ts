import 'fake-indexeddb/auto';
import { formatMoney } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../messages';
import { emptyInputs } from '../shapes';
import { openDb } from './db';
import { type RouterDeps, route, type Sender } from './router';

const order = '11111111-2222-4333-8444-555555555555';
const reservation = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const tenant = '0f0e0d0c-0b0a-4908-8706-050403020100';

let n = 0;
function deps(overrides: Partial<RouterDeps> = {}): RouterDeps {
  const db = openDb(`router-${++n}`);
  const session = new Map<string, string[]>();
  let ids = 0;
  return {
    db: () => db,
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    allowLocalFixtures: false,
    session: { get: async (k) => session.get(k) ?? [], set: async (k, v) => void session.set(k, v) },
    openOptions: async () => {},
    newId: () => `new-${++ids}`,
    ...overrides,
  };
}

const optionsPage: Sender = { id: 'ext', url: 'chrome-extension://ext/src/pages/options/index.html' };
const portalTab: Sender = { id: 'ext', url: 'https://portal.azure.com/#home', frameId: 0, tab: {} };

describe('checkMessage', () => {
  it('accepts a well-formed message', () => {
    expect(checkMessage({ type: 'inputs/get', key: reservation }).ok).toBe(true);
  });

  it.each([
    [null, 'type'],
    [{}, 'type'],
    [{ type: 'drop/everything' }, 'type'],
    [{ type: 'inputs/get' }, 'key'],
    [{ type: 'inputs/get', key: 'not-an-id' }, 'key'],
    [{ type: 'inputs/get', key: reservation, extra: 1 }, 'extra'],
    [{ type: 'inputs/put', key: reservation, inputs: { ...emptyInputs(), used: 'yes' } }, 'inputs.used'],
    [{ type: 'inputs/put', key: reservation, inputs: { ...emptyInputs(), price: 'x'.repeat(65) } }, 'inputs.price'],
    [{ type: 'refund/put', refund: { id: 'a', tenantId: tenant, date: '2026-1-1', amount: '1' } }, 'refund.date'],
    [{ type: 'refund/put', refund: { id: 'a', tenantId: tenant, date: '2026-01-01', amount: '-1' } }, 'refund.amount'],
    [
      { type: 'settings/put', settings: { language: 'fr', policy: 'auto', whatIfFee: false, panelCollapsed: false } },
      'settings.language',
    ],
    [{ type: 'estimate/refund', ids: {}, inputs: emptyInputs(), date: '2026-01-01', lang: 'de' }, 'lang'],
  ])('refuses %j, naming %s', (message, field) => {
    const checked = checkMessage(message);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((i) => i.field)).toContain(field);
  });
});

describe('route', () => {
  it('refuses other senders', async () => {
    const d = deps();
    const message = { type: 'settings/get' };
    expect(await route(message, { ...optionsPage, id: 'other' }, d)).toMatchObject({ ok: false });
    expect(await route(message, { id: 'ext', url: 'https://evil.example/', frameId: 0, tab: {} }, d)).toMatchObject({
      ok: false,
    });
    expect(await route(message, { ...portalTab, frameId: 3 }, d)).toMatchObject({ ok: false });
    expect(await route(message, { id: 'ext' }, d)).toMatchObject({ ok: false });
    expect(await route(message, optionsPage, d)).toMatchObject({ ok: true });
    expect(await route(message, portalTab, d)).toMatchObject({ ok: true });
  });

  it('keeps ledger changes away from web pages', async () => {
    const d = deps();
    const put = { type: 'refund/put', refund: { id: 'a', tenantId: tenant, date: '2026-01-01', amount: '1.00' } };
    expect(await route(put, portalTab, d)).toMatchObject({
      ok: false,
      error: expect.stringContaining('not available'),
    });
    expect(await route({ type: 'ledger/export' }, portalTab, d)).toMatchObject({ ok: false });
    expect(await route(put, optionsPage, d)).toMatchObject({ ok: true, value: { saved: true } });
  });

  it('accepts local fixture pages only in the test build', async () => {
    const local: Sender = { id: 'ext', url: 'http://127.0.0.1:4000/portal/', frameId: 0, tab: {} };
    expect(await route({ type: 'settings/get' }, local, deps())).toMatchObject({ ok: false });
    expect(await route({ type: 'settings/get' }, local, deps({ allowLocalFixtures: true }))).toMatchObject({
      ok: true,
    });
  });

  it('refuses a malformed message with the field named', async () => {
    const reply = await route({ type: 'inputs/get', key: 42 }, portalTab, deps());
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('key') });
  });

  it("answers an estimate with core's figures and the customer's ledger", async () => {
    const d = deps();
    await route(
      { type: 'refund/put', refund: { id: 'a', tenantId: tenant, date: '2026-01-01', amount: '40000.00' } },
      optionsPage,
      d,
    );
    const inputs = {
      ...emptyInputs(),
      product: 'virtual-machines',
      term: 'P3Y',
      start: '2025-01-07',
      quantity: '10',
      price: '365000',
      customer: tenant,
    };
    const reply = await route(
      {
        type: 'estimate/refund',
        ids: { reservationOrderId: order, reservationId: reservation },
        inputs,
        date: '2026-03-01',
        lang: 'en',
      },
      portalTab,
      d,
    );
    expect(reply.ok).toBe(true);
    const value = (reply as { value: { ok: boolean; value: { allowed: boolean; headroom: { remaining: string } } } })
      .value;
    expect(value.ok).toBe(true);
    expect(value.value.allowed).toBe(false);
    expect(value.value.headroom.remaining).toBe(formatMoney({ amount: '10000.00', currency: 'USD' }, 'en'));
  });

  it('names the form field when core refuses an input', async () => {
    const inputs = {
      ...emptyInputs(),
      product: 'virtual-machines',
      start: '2026-01-07',
      quantity: '1',
      price: '12.345',
    };
    const reply = await route(
      { type: 'estimate/refund', ids: {}, inputs, date: '2026-03-01', lang: 'en' },
      portalTab,
      deps(),
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { ok: false, errors: [expect.objectContaining({ field: 'price' })] },
    });
  });
});
