import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEDGER_NOTE } from '@refund-desk/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

// The ledger in the built extension: a refund recorded through 'refund/record' (the background estimates it from the
// book and keeps core's ledgerEntryFromEstimate) shows in a second options tab without reload; deleting asks first
// and can be undone; an implausible typed entry is held until confirmed; a ";" ledger imports; the CSV export is safe.
const fixtures = fileURLToPath(new URL('../../fixtures/book/', import.meta.url));
const contoso = '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17';
// The monthly D4s, three years from 2025-03-14: still in its term on the day the test runs.
const vm = {
  reservationOrderId: 'af4a6c83-2c5d-4e7f-8a91-3c4d5e6f7a8b',
  reservationId: '5e2c9d74-1a36-4f81-8c43-7d9e1f203b45',
};
const today = new Date().toISOString().slice(0, 10);

async function send<T>(page: Page, message: object): Promise<T> {
  type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe('the ledger', () => {
  let s: Session;
  let a: Page;
  let b: Page;
  const optionsUrl = () => `chrome-extension://${s.extensionId}/src/pages/options/index.html`;
  const rows = (page: Page) => page.locator(`article[data-tenant="${contoso}"] tbody tr`);
  beforeAll(async () => {
    s = await launch();
    a = await s.ctx.newPage();
    await a.goto(optionsUrl());
    await a
      .locator('#book-files')
      .setInputFiles([join(fixtures, 'portal-reservations.csv'), join(fixtures, 'reconciliation.csv')]);
    await a.getByTestId('book-report').waitFor({ timeout: 20_000 });
    b = await s.ctx.newPage();
    await b.goto(optionsUrl());
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows a refund recorded elsewhere in another tab without reload, with the figure it counted', async () => {
    // The invoice's Cancel line is already in the ledger.
    await expect.poll(() => rows(b).count()).toBe(1);
    const saved = await send<{ saved: boolean; refund: { id: string; amount: string; note: string } }>(a, {
      type: 'refund/record',
      ids: vm,
      date: today,
      quantity: 1,
    });
    expect(saved).toMatchObject({ saved: true, refund: { note: LEDGER_NOTE } });
    await expect.poll(() => rows(b).count()).toBe(2);
    const row = b.locator(`tr[data-refund="${saved.refund.id}"]`);
    expect(await row.getByTestId('refund-amount').textContent()).toBe(saved.refund.amount);
    expect(await row.getByTestId('refund-note').textContent()).toContain('Counted against the USD 50,000 limit');
  });

  it('asks before deleting a refund, and undoes the delete', async () => {
    const before = await rows(b).count();
    await rows(b).first().getByTestId('delete-refund').click();
    const dialog = b.getByTestId('confirm-delete');
    expect(await dialog.textContent()).toContain('Delete the refund');
    expect(await rows(b).count()).toBe(before);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rows(b).count()).toBe(before - 1);
    await expect.poll(() => rows(a).count()).toBe(before - 1);
    await b.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows(b).count()).toBe(before);
    await expect.poll(() => rows(a).count()).toBe(before);
  });

  it('asks before deleting a customer with its book, and undoes it', async () => {
    const customer = b.locator(`article[data-tenant="${contoso}"]`);
    await customer.getByTestId('delete-customer').click();
    await b.getByTestId('confirm-delete').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => customer.count()).toBe(0);
    expect(await send(b, { type: 'book/lookup', ids: vm, date: today, lang: 'en' })).toBeNull();
    await b.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => customer.count()).toBe(1);
    expect(await send(b, { type: 'book/lookup', ids: vm, date: today, lang: 'en' })).not.toBeNull();
  });

  it('holds a typed refund over the limit until the agent confirms it, and says which figure to type', async () => {
    const customer = b.locator(`article[data-tenant="${contoso}"]`);
    const before = await rows(b).count();
    await customer.getByRole('button', { name: 'Add refund' }).click();
    expect(await b.getByTestId('amount-hint').textContent()).toContain('Counted against the USD 50,000 limit');
    await b.locator('#d-date').fill(today);
    await b.locator('#d-amount').fill('60000.00');
    await b.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => b.getByTestId('refund-flags').locator('[data-code=OVER_LIMIT]').count()).toBe(1);
    expect(await rows(b).count()).toBe(before);
    await b.getByRole('button', { name: 'Keep it anyway' }).click();
    await expect.poll(() => rows(b).count()).toBe(before + 1);
  });

  it('imports a semicolon ledger and exports a CSV that no spreadsheet runs as a formula', async () => {
    const other = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const file = join(tmpdir(), `rd-ledger-${Date.now()}.csv`);
    writeFileSync(
      file,
      `sep=;\ntenantId;customerName;id;date;amountUsd;reservationId;note\n${other.toUpperCase()};=cmd|'/c calc'!A1;x1;2026-01-05;"1.234,50";;@SUM(1)\n`,
    );
    await b.locator('#import').setInputFiles(file);
    await expect.poll(() => b.getByTestId('import-report').textContent()).toContain('Imported 1 refunds');
    const customer = b.locator(`article[data-tenant="${other}"]`);
    await expect.poll(() => customer.locator('tbody tr').count()).toBe(1);
    expect(await customer.getByTestId('refund-amount').textContent()).toBe('1234.50');
    const [download] = await Promise.all([
      b.waitForEvent('download'),
      b.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const out = join(tmpdir(), `rd-export-${Date.now()}.csv`);
    await download.saveAs(out);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`'=cmd|'/c calc'!A1`);
    expect(text).toContain(`'@SUM(1)`);
    for (const line of text.split('\n'))
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
