import { describeProblem, estimateRefund, formatMoney, type RefundRequest, todayUtc } from '@refund-desk/core';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launch, order, panel, reservation, reservationUrl, type Session, unrelatedUrl } from './harness';

const date = '2026-03-01';
// A 3-year upfront reservation of 2 units; 1 is returned on `date`. At this price the refund fits an empty ledger's
// USD 50,000; at a hundred times the price it cannot (R-cap.5).
const fits = {
  product: 'virtual-machines' as const,
  term: 'P3Y' as const,
  billingPlan: 'Upfront' as const,
  start: '2025-01-07',
  quantity: 2,
  price: '3650',
};
const tooLarge = { ...fits, price: '365000' };
type Inputs = typeof fits;

/** The manual form lives in the popup (the page loads none): opened as a page, with the reservation's link pasted. */
async function openPopup(s: Session): Promise<Page> {
  const popup = await s.ctx.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/src/pages/popup/index.html`);
  await popup.getByLabel('Portal link or IDs').fill(reservationUrl);
  await popup.getByRole('button', { name: 'Use', exact: true }).click();
  await expect.poll(() => popup.getByTestId('Reservation ID').textContent()).toBe(reservation);
  return popup;
}

async function fill(root: Page, inputs: Inputs) {
  await root.locator('select[name=product]').selectOption(inputs.product);
  await root.locator('select[name=term]').selectOption(inputs.term);
  await root.locator('select[name=billingPlan]').selectOption(inputs.billingPlan);
  await root.locator('input[name=start]').fill(inputs.start);
  await root.locator('input[name=quantity]').fill(String(inputs.quantity));
  await root.locator('input[name=price]').fill(inputs.price);
  await root.locator('input[name=returnQuantity]').fill('1');
  await root.locator('input[name=date]').fill(date);
}

function requestOf(inputs: Inputs): RefundRequest {
  return {
    date,
    quantity: 1,
    ledger: [],
    policy: 'auto',
    fee: 'policy',
    reservation: {
      reservationId: reservation,
      reservationOrderId: order,
      product: inputs.product,
      term: inputs.term,
      billingPlan: inputs.billingPlan,
      start: inputs.start,
      quantity: inputs.quantity,
      price: { amount: inputs.price, currency: 'USD' },
      used: true,
    },
  };
}

/** Core's estimate for the same inputs, as the panel must show it. */
function coreEstimate(inputs: Inputs) {
  const expected = estimateRefund(requestOf(inputs));
  if (!expected.ok) throw new Error(JSON.stringify(expected.errors));
  return expected.value;
}

const money = (m: { amount: string; currency: string }) => formatMoney(m, 'en');

async function expectFigures(root: Page, expected: ReturnType<typeof coreEstimate>) {
  await expect.poll(() => root.getByTestId('refund-now').textContent()).toBe(money(expected.billingRefundAmount));
  expect(await root.getByTestId('fee').textContent()).toBe(money(expected.earlyTerminationFee));
  expect(await root.getByTestId('cap-use').textContent()).toBe(money(expected.policyResult.capUse));
  expect(await root.getByTestId('max-quantity').textContent()).toBe(String(expected.policyResult.maxQuantityNow));
  expect(await root.getByTestId('policy').textContent()).toContain(expected.policy.id);
}

// Each test starts a fresh browser profile: nothing a test typed is there for the next one.
describe('reservation panel on a portal page', () => {
  let s: Session;
  beforeEach(async () => {
    s = await launch();
  });
  afterEach(async () => {
    const { escaped, consoleErrors } = s;
    await s.close();
    // No request left the fixtures and nothing logged an error, in any test.
    expect(escaped).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the IDs from the URL and page hints as text, only when the page shows this reservation order', async () => {
    const page = await s.page();
    await page.goto(reservationUrl);
    const root = panel(page);
    await expect.poll(() => root.count()).toBe(1);
    await expect.poll(() => root.getByTestId('Reservation order ID').textContent()).toBe(order);
    expect(await root.getByTestId('Reservation ID').textContent()).toBe(reservation);
    // The fixture's blade title carries markup: it must show as text.
    await expect.poll(() => root.getByTestId('hints').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await root.getByTestId('hints').textContent()).toContain('Term: 3 years');
    expect(await root.getByTestId('hints').textContent()).toContain(`Reservation order ID: ${order}`);
    // Not in the book (none is seeded here): the page says so and loads no form.
    expect(await root.getByTestId('not-in-book').count()).toBe(1);
    expect(await root.locator('input, select').count()).toBe(0);
  });

  it("shows core's figures and its verdict for a refund that fits, keeps the inputs, and the page shows the same", async () => {
    const popup = await openPopup(s);
    await fill(popup, fits);
    const expected = coreEstimate(fits);
    expect(expected.allowed).toBe(true);
    await expectFigures(popup, expected);
    expect(await popup.getByTestId('verdict').textContent()).toBe('Refund allowed');
    expect(await popup.getByTestId('reason').count()).toBe(0);

    await popup.reload();
    await popup.getByLabel('Portal link or IDs').fill(reservationUrl);
    await popup.getByRole('button', { name: 'Use', exact: true }).click();
    await expect.poll(() => popup.locator('input[name=price]').inputValue()).toBe('3650');
    expect(await popup.locator('select[name=product]').inputValue()).toBe('virtual-machines');
    expect(await popup.locator('select[name=term]').inputValue()).toBe('P3Y');
    await popup.close();

    // The reservation's page shows core's estimate of what was typed for it (all units, today), as text.
    const page = await s.page();
    await page.goto(reservationUrl);
    const typed = panel(page).getByTestId('typed-estimate');
    const today = estimateRefund({ ...requestOf(fits), date: todayUtc() });
    if (!today.ok) throw new Error(JSON.stringify(today.errors));
    await expect.poll(() => typed.getByTestId('refund-now').textContent()).toBe(money(today.value.billingRefundAmount));
  });

  it("shows core's figures and its refusal for a refund over the limit", async () => {
    const popup = await openPopup(s);
    await fill(popup, tooLarge);
    const expected = coreEstimate(tooLarge);
    expect(expected.allowed).toBe(false);
    expect(expected.policyResult.maxQuantityNow).toBe(0);
    await expectFigures(popup, expected);
    const verdict = popup.getByTestId('verdict');
    expect(await verdict.textContent()).toMatch(/^Refund refused /);
    // The reasons are core's problems, in core's words.
    const reasons = expected.policyResult.errors.map((e) => describeProblem(e, 'en'));
    expect(reasons.length).toBeGreaterThan(0);
    expect(await verdict.getByTestId('reason').allTextContents()).toEqual(reasons.map((r) => ` ${r}`));
    await popup.close();
  });

  it('names the field of a bad input', async () => {
    const popup = await openPopup(s);
    await fill(popup, fits);
    await expect.poll(() => popup.getByTestId('refund-now').count()).toBe(1);
    await popup.locator('input[name=price]').fill('12.345.6');
    await expect.poll(() => popup.locator('input[name=price]').getAttribute('aria-invalid')).toBe('true');
    expect(await popup.locator('#popup-price-error').textContent()).toMatch(/^Purchase price: /);
    expect(await popup.getByTestId('refund-now').count()).toBe(0);
    await popup.close();
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
});
