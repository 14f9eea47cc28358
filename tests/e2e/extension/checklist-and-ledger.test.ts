import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capStatus, formatMoney } from '@refund-desk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  order,
  panel,
  partnerUrl,
  reservation,
  reservationUrl,
  type Session,
  supportUrl,
  tenant,
} from './harness';

describe('support checklist, Partner Center banner and the ledger', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("builds the support-request description for this tab's reservation, and keeps ticks for the session", async () => {
    // What the page does not show is typed once, in the popup (the page itself loads no form).
    const popup = await s.ctx.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/src/pages/popup/index.html`);
    await popup.getByLabel('Portal link or IDs').fill(reservationUrl);
    await popup.getByRole('button', { name: 'Use', exact: true }).click();
    await popup.locator('select[name=product]').selectOption('virtual-machines');
    await popup.locator('select[name=term]').selectOption('P3Y');
    await popup.locator('input[name=start]').fill('2025-01-07');
    await popup.locator('input[name=quantity]').fill('2');
    await popup.locator('input[name=price]').fill('3650');
    await popup.locator('input[name=customer]').fill(tenant);
    await expect.poll(() => popup.getByTestId('refund-now').count()).toBe(1);
    await popup.close();

    const page = await s.page();
    await page.goto(reservationUrl);
    await expect.poll(() => panel(page).getByTestId('typed-estimate').count()).toBe(1);
    await page.goto(supportUrl);
    const description = panel(page).getByTestId('description');
    await expect.poll(() => description.count()).toBe(1);
    const text = await description.inputValue();
    expect(text).toContain(order);
    expect(text).toContain(reservation);
    expect(text).toContain(tenant);
    expect(text).toMatch(/azure-20\d\d-\d\d/);

    const first = panel(page).locator('.rd-checklist input[type=checkbox]').first();
    await first.check();
    await page.waitForTimeout(200);
    await page.reload();
    await expect.poll(() => panel(page).locator('.rd-checklist input[type=checkbox]').first().isChecked()).toBe(true);
  });

  it('records refunds in the options page, shows the headroom in Partner Center, and survives export and import', async () => {
    const options = await s.ctx.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/src/pages/options/index.html`);
    await options.locator('#c-tenant').fill(tenant);
    await options.locator('#c-name').fill('Contoso');
    await options.getByRole('button', { name: 'Add customer' }).click();
    const customer = options.locator(`article[data-tenant="${tenant}"]`);
    await customer.getByRole('button', { name: 'Add refund' }).click();
    const today = new Date().toISOString().slice(0, 10);
    await options.locator('#d-date').fill(today);
    await options.locator('#d-amount').fill('12500.00');
    await options.locator('#d-note').fill('first refund');
    await options.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => customer.locator('tbody tr').count()).toBe(1);

    const status = capStatus({
      date: today,
      ledger: [{ date: today, amount: { amount: '12500.00', currency: 'USD' } }],
    });
    if (!status.ok) throw new Error('core refused the ledger');
    const page = await s.page();
    await page.goto(partnerUrl);
    await expect
      .poll(() => panel(page).getByTestId('headroom-left').textContent())
      .toContain(formatMoney(status.value.remaining, 'en'));

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const file = join(tmpdir(), `rd-ledger-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.refunds).toHaveLength(1);

    await customer.getByRole('button', { name: 'Delete' }).first().click();
    // The options page asks before it deletes (and offers an undo after).
    await options.getByTestId('confirm-delete').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => customer.count()).toBe(0);
    await options.locator('#import').setInputFiles(file);
    await expect.poll(() => options.getByTestId('import-report').textContent()).toContain('Imported 1 refunds');
    await expect.poll(() => customer.locator('tbody tr').count()).toBe(1);
    // Importing the same file again adds nothing.
    const again = file.replace('.json', '-again.json');
    writeFileSync(again, JSON.stringify(exported));
    await options.locator('#import').setInputFiles(again);
    await expect.poll(() => options.getByTestId('import-report').textContent()).toContain('Imported 0 refunds');
    expect(await customer.locator('tbody tr').count()).toBe(1);
    await options.close();
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
