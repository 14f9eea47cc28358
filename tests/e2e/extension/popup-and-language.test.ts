import { estimateRefund, formatMoney } from '@refund-desk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground, launch, order, panel, reservation, reservationUrl, type Session, tenant } from './harness';

describe('popup and language', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reads IDs from a pasted portal link and gives the same estimate as core', async () => {
    const popup = await s.ctx.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/src/pages/popup/index.html`);
    await popup.getByLabel('Portal link or IDs').fill(`see ${reservationUrl} please`);
    await popup.getByRole('button', { name: 'Use' }).click();
    await expect.poll(() => popup.getByTestId('Reservation ID').textContent()).toBe(reservation);
    expect(await popup.getByTestId('Reservation order ID').textContent()).toBe(order);

    await popup.locator('select[name=product]').selectOption('sql-database');
    await popup.locator('select[name=billingPlan]').selectOption('Monthly');
    await popup.locator('select[name=term]').selectOption('P3Y');
    await popup.locator('input[name=start]').fill('2025-06-30');
    await popup.locator('input[name=quantity]').fill('4');
    await popup.locator('input[name=price]').fill('1234567');
    await popup.locator('input[name=currency]').fill('KRW');
    await popup.locator('input[name=usdPerUnit]').fill('0.00072');
    await popup.locator('input[name=date]').fill('2026-02-14');
    const expected = estimateRefund({
      date: '2026-02-14',
      ledger: [],
      policy: 'auto',
      fee: 'policy',
      reservation: {
        reservationId: reservation,
        reservationOrderId: order,
        product: 'sql-database',
        term: 'P3Y',
        billingPlan: 'Monthly',
        start: '2025-06-30',
        quantity: 4,
        price: { amount: '1234567', currency: 'KRW' },
        usdPerUnit: '0.00072',
        used: true,
      },
    });
    if (!expected.ok) throw new Error(JSON.stringify(expected.errors));
    await expect
      .poll(() => popup.getByTestId('refund-now').textContent())
      .toBe(formatMoney(expected.value.billingRefundAmount, 'en'));
    expect(await popup.getByTestId('canceled').textContent()).toBe(
      formatMoney(expected.value.billingInformation.billingCurrencyRemainingCommitmentAmount, 'en'),
    );

    // Recorded for the customer typed here: the background estimates again and keeps core's ledger entry.
    await popup.locator('input[name=customer]').fill(tenant);
    await expect.poll(() => popup.getByTestId('record-refund').count()).toBe(1);
    await popup.getByTestId('record-refund').click();
    const ledger = () => askBackground(s, { type: 'ledger/get', tenantId: tenant });
    await expect
      .poll(async () => ((await ledger()).value as { refunds: { amount: string }[] }).refunds.map((r) => r.amount))
      .toEqual([expected.value.policyResult.capUse.amount]);
    await popup.close();
  });

  it('switches the panel to Korean from the options page', async () => {
    const options = await s.ctx.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/src/pages/options/index.html`);
    await options.getByLabel('Language').selectOption('ko');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('ko');
    await options.close();

    // The browser is English: the page asks the background for the Korean words ('words/get').
    const page = await s.page();
    await page.goto(reservationUrl);
    await expect.poll(() => panel(page).getByRole('button', { name: '최소화' }).count()).toBe(1);
    expect(await panel(page).getByText('예약 주문 ID').count()).toBe(1);
    // Minimizing is remembered.
    await panel(page).getByRole('button', { name: '최소화' }).click();
    await page.waitForTimeout(200);
    await page.reload();
    const toggle = panel(page).getByTestId('panel-toggle');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toBe('Refund Desk');
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
