import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookFormatLabel, problemSentence } from '@refund-desk/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

// The book imported through the options page of the built extension (a Web Worker runs core's importBook), its
// report, a missing fact filled once, and the import cases that must lose nothing.
const fixtures = fileURLToPath(new URL('../../fixtures/book/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);
const noPrice = '7f48bfa6-3b58-4a09-9e56-9fa9bc216567';
const noProduct = '916ad1c8-5d7a-4c2b-8e78-b1cbde438789';
const contoso = '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17';

/** Sends a message to the background as the options page does, and unwraps the reply. */
async function send<T>(page: Page, message: object): Promise<T> {
  type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

interface Status {
  reservations: number;
  customers: number;
  needs: { reservationId: string; fields: string[] }[];
}

describe('the book import on the options page', () => {
  let s: Session;
  let options: Page;
  const optionsUrl = () => `chrome-extension://${s.extensionId}/src/pages/options/index.html`;
  beforeAll(async () => {
    s = await launch();
    options = await s.ctx.newPage();
    await options.goto(optionsUrl());
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports the portal export and the reconciliation file, and shows the report', async () => {
    await options
      .locator('#book-files')
      .setInputFiles([fixture('portal-reservations.csv'), fixture('reconciliation.csv')]);
    const report = options.getByTestId('book-report');
    await expect.poll(() => report.count(), { timeout: 20_000 }).toBe(1);
    // Each file's format as a person knows it (core's words), the detected format beside it for tools.
    expect(await report.getByTestId('file-format').allTextContents()).toEqual([
      'Azure portal reservations export (CSV)',
      'Partner Center reconciliation file (CSV)',
    ]);
    expect(await report.getByTestId('file-used').allTextContents()).toEqual(['12', '13']);
    const problems = (await report.getByTestId('book-problems').allTextContents()).join('\n');
    expect(problems).toContain('row 7: Reservation Id: "pending" is not a GUID');
    expect(problems).toContain('Type: no product in the catalog for type "SqlDataWarehouse"');
    expect(await options.getByTestId('book-summary').textContent()).toContain('12 reservations of 3 customers');
    const status = await send<Status>(options, { type: 'book/status' });
    expect(status.needs.map((n) => [n.reservationId, n.fields])).toEqual([
      [noProduct, ['product']],
      [noPrice, ['price', 'billingPlan', 'customer']],
    ]);
  });

  it('asks once for what is missing and keeps it as corrected by the agent', async () => {
    const needs = options.getByTestId('needs');
    const fieldset = needs.locator(`fieldset[data-reservation="${noPrice}"]`);
    await fieldset.locator('input[name=price]').fill('1200.00');
    await fieldset.locator('select[name=billingPlan]').selectOption('Upfront');
    await fieldset.locator('input[name=customer]').fill(contoso.toUpperCase());
    await needs.getByRole('button', { name: 'Save these facts' }).click();
    await expect.poll(() => options.locator(`fieldset[data-reservation="${noPrice}"]`).count()).toBe(0);
    expect(await options.locator(`fieldset[data-reservation="${noProduct}"]`).count()).toBe(1);
    const found = await send<{
      customer: { tenantId: string };
      facts: { path: string; origin: string; corrected: boolean }[];
      estimate: { ok: boolean };
    }>(options, {
      type: 'book/lookup',
      ids: { reservationOrderId: 'c16c8ae5-4e7f-4091-8cb3-56ab0c1d2e3f', reservationId: noPrice },
      date: new Date().toISOString().slice(0, 10),
      lang: 'en',
    });
    expect(found.customer.tenantId).toBe(contoso);
    expect(found.facts.find((f) => f.path === 'reservation.price.amount')).toMatchObject({
      corrected: true,
      origin: expect.stringMatching(/^corrected by the agent on \d{4}-\d{2}-\d{2}$/),
    });
  });

  it('loses nothing: the same book from semicolon, UTF-16 and API JSON files, and a second import adds nothing', async () => {
    const before = await send<Status>(options, { type: 'book/status' });
    await options
      .locator('#book-files')
      .setInputFiles([
        fixture('portal-reservations-semicolon.csv'),
        fixture('portal-reservations-utf16le.csv'),
        fixture('reconciliation-semicolon.csv'),
        fixture('reservations-az.json'),
        fixture('reservations-rest.json'),
      ]);
    await expect
      .poll(async () => (await options.getByTestId('file-format').allTextContents()).length, { timeout: 20_000 })
      .toBe(5);
    const formats = options.getByTestId('file-format');
    expect(await formats.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-format')))).toEqual([
      'portal-reservations-csv',
      'portal-reservations-csv',
      'partner-center-reconciliation-csv',
      'azure-reservations-json',
      'azure-reservations-json',
    ]);
    const after = await send<Status>(options, { type: 'book/status' });
    expect(after.reservations).toBeGreaterThanOrEqual(before.reservations);
    const ledger = await send<{ refunds: unknown[] }>(options, { type: 'ledger/get', tenantId: contoso });
    // The Cancel line seeds one refund, once, however often the reconciliation file comes in.
    expect(ledger.refunds).toHaveLength(1);
  });

  it('leaves the stored book as it was when the page reloads in the middle of an import', async () => {
    const before = await send<Status>(options, { type: 'book/status' });
    await send(options, { type: 'book/import/begin', importId: 'interrupted' });
    await send(options, { type: 'book/import/chunk', importId: 'interrupted', index: 0, customers: [] });
    await options.reload();
    expect(await send<Status>(options, { type: 'book/status' })).toMatchObject({ reservations: before.reservations });
    await expect
      .poll(() => options.getByTestId('book-summary').textContent())
      .toContain(`${before.reservations} reservations`);
  });

  it('reports the problems in Korean on a Korean options page, with the columns as the files name them', async () => {
    const settings = await send<Record<string, unknown>>(options, { type: 'settings/get' });
    await send(options, { type: 'settings/put', settings: { ...settings, language: 'ko' } });
    try {
      await options.reload();
      await options
        .locator('#book-files')
        .setInputFiles([fixture('portal-reservations.csv'), fixture('reconciliation.csv')]);
      const report = options.getByTestId('book-report');
      await expect.poll(() => report.count(), { timeout: 20_000 }).toBe(1);
      const problems = (await report.getByTestId('book-problems').allTextContents()).join('\n');
      expect(problems).toContain(`Reservation Id: ${problemSentence('INVALID_ID', 'ko')}`);
      expect(problems).toContain(`Type: ${problemSentence('UNKNOWN_PRODUCT', 'ko')}`);
      expect(problems).not.toContain('is not a GUID');
      expect(await report.getByTestId('file-format').allTextContents()).toEqual([
        bookFormatLabel('portal-reservations-csv', 'ko'),
        bookFormatLabel('partner-center-reconciliation-csv', 'ko'),
      ]);
      await report.screenshot({ path: 'tests/e2e/extension/screenshots/book-import-report-ko.png' });
    } finally {
      await send(options, { type: 'settings/put', settings });
      await options.reload();
    }
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
