import { estimateRefund, formatMoney, type RefundRequest } from '@refund-desk/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, order, panel, reservation, reservationUrl, type Session, unrelatedUrl } from './harness';

const inputs = {
  product: 'virtual-machines',
  term: 'P3Y',
  billingPlan: 'Upfront',
  start: '2025-01-07',
  quantity: '2',
  price: '3650',
};
const date = '2026-03-01';

async function fill(page: Page) {
  const root = panel(page);
  await root.locator('select[name=product]').selectOption(inputs.product);
  await root.locator('select[name=term]').selectOption(inputs.term);
  await root.locator('select[name=billingPlan]').selectOption(inputs.billingPlan);
  await root.locator('input[name=start]').fill(inputs.start);
  await root.locator('input[name=quantity]').fill(inputs.quantity);
  await root.locator('input[name=price]').fill(inputs.price);
  await root.locator('input[name=returnQuantity]').fill('1');
  await root.locator('input[name=date]').fill(date);
}

describe('reservation panel on a portal page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the IDs from the URL and page hints as text', async () => {
    const page = await s.page();
    await page.goto(reservationUrl);
    const root = panel(page);
    await expect.poll(() => root.count()).toBe(1);
    await expect.poll(() => root.getByTestId('Reservation order ID').textContent()).toBe(order);
    expect(await root.getByTestId('Reservation ID').textContent()).toBe(reservation);
    // The fixture's blade title carries markup: it must show as text.
    await expect.poll(() => root.getByTestId('hints').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await root.getByTestId('hints').textContent()).toContain('Term: 3 years');
    // A value read from the page fills its field only when asked to.
    expect(await root.locator('select[name=term]').inputValue()).toBe('P1Y');
    await root.getByRole('button', { name: 'Use: Term: 3 years' }).click();
    await expect.poll(() => root.locator('select[name=term]').inputValue()).toBe('P3Y');
    await root.getByRole('button', { name: 'Use: Quantity: 2' }).click();
    await expect.poll(() => root.locator('input[name=quantity]').inputValue()).toBe('2');
  });

  it("shows core's figures for the inputs, and keeps the inputs across reloads", async () => {
    const page = await s.page();
    await page.goto(reservationUrl);
    await fill(page);
    const request: RefundRequest = {
      date,
      quantity: 1,
      ledger: [],
      policy: 'auto',
      fee: 'policy',
      reservation: {
        reservationId: reservation,
        reservationOrderId: order,
        product: 'virtual-machines',
        term: 'P3Y',
        billingPlan: 'Upfront',
        start: inputs.start,
        quantity: 2,
        price: { amount: '3650', currency: 'USD' },
        used: true,
      },
    };
    const expected = estimateRefund(request);
    if (!expected.ok) throw new Error(JSON.stringify(expected.errors));
    const root = panel(page);
    const money = (m: { amount: string; currency: string }) => formatMoney(m, 'en');
    await expect
      .poll(() => root.getByTestId('refund-now').textContent())
      .toBe(money(expected.value.billingRefundAmount));
    expect(await root.getByTestId('fee').textContent()).toBe(money(expected.value.earlyTerminationFee));
    expect(await root.getByTestId('cap-use').textContent()).toBe(money(expected.value.policyResult.capUse));
    expect(await root.getByTestId('max-quantity').textContent()).toBe(
      String(expected.value.policyResult.maxQuantityNow),
    );
    expect(await root.getByTestId('verdict').textContent()).toContain(
      expected.value.allowed ? 'Refund allowed' : 'Refund refused',
    );
    expect(await root.getByTestId('policy').textContent()).toContain(expected.value.policy.id);

    await page.reload();
    await expect.poll(() => panel(page).locator('input[name=price]').inputValue()).toBe('3650');
    expect(await panel(page).locator('select[name=product]').inputValue()).toBe('virtual-machines');
    expect(await panel(page).locator('select[name=term]').inputValue()).toBe('P3Y');
  });

  it('names the field of a bad input', async () => {
    const page = await s.page();
    await page.goto(reservationUrl);
    const root = panel(page);
    await expect.poll(() => root.locator('input[name=price]').inputValue()).toBe('3650');
    await root.locator('input[name=price]').fill('12.345.6');
    await expect.poll(() => root.locator('input[name=price]').getAttribute('aria-invalid')).toBe('true');
    expect(await root.locator('#rd-res-price-error').textContent()).toMatch(/^Price \(lifetime total\): /);
    await root.locator('input[name=price]').fill('3650');
  });

  it('shows nothing on an unrelated page, and leaving a page removes its UI', async () => {
    const page = await s.page();
    await page.goto(unrelatedUrl);
    await page.waitForTimeout(300);
    expect(await panel(page).count()).toBe(0);
    await page.evaluate((url) => {
      location.hash = new URL(url).hash;
    }, reservationUrl);
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.evaluate(() => {
      location.hash = '#browse/resourcegroups';
    });
    await expect.poll(() => panel(page).count()).toBe(0);
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
