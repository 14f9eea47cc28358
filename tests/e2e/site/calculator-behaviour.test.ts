// How the calculator behaves for people: share links round-trip, bad input is named, presets load, Korean formats,
// presenter mode reveals step by step, and print gives one clean page.
import { estimateExchange } from '@refund-desk/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Served, serveSite } from './harness.js';

let served: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  served = await serveSite();
  browser = await launchChromium();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url.replace(/\/$/, '') });
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.url}${path}`);
  await page.waitForSelector('.rd-calc[data-ready="true"]');
  return page;
}

/** Every figure on the page as "path=value" pairs, and every input's value: what must survive a share link. */
async function snapshot(page: Page) {
  return page.evaluate(() => ({
    figures: [...document.querySelectorAll('[data-field]')].map(
      (e) => `${e.getAttribute('data-field')}=${e.getAttribute('data-value')}`,
    ),
    inputs: [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.rd-form input, .rd-form select')].map(
      (e) => `${e.id}=${e.type === 'radio' ? (e as HTMLInputElement).checked : e.value}`,
    ),
    mode: document.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value,
  }));
}

describe('calculator behaviour', () => {
  it('share copies a link that restores the same inputs and figures at once', async () => {
    const page = await open('calculator/');
    await page.selectOption('#preset', { index: 10 });
    await page.locator('input[value="refund"]').check();
    await page.fill('#returnQuantity', '1');
    await page.fill('#current', '30000');
    expect(await page.locator('[id^="ledger-"][id$="-date"]').count()).toBe(1);
    await page.click('text=Add an earlier refund');
    await page.fill('#ledger-1-date', '2025-12-01');
    await page.fill('#ledger-1-amount', '12345.67');
    await page.waitForSelector('[data-field="billingRefundAmount"]');
    await page.getByRole('button', { name: 'Copy link to this estimate' }).click();
    await page.waitForSelector('text=Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(link).toContain('ledger=2025-12-01:12345.67');
    expect(link).toContain('returnQuantity=1');
    const before = await snapshot(page);
    expect(before.figures.length).toBeGreaterThan(10);

    const reopened = await context.newPage();
    await reopened.goto(link);
    await reopened.waitForSelector('.rd-calc[data-ready="true"]');
    await reopened.waitForSelector('[data-field="billingRefundAmount"]');
    expect(await snapshot(reopened)).toEqual(before);
    await page.close();
    await reopened.close();
  });

  it('exchanges several returns for several purchases, typed in the form, as core computes them', async () => {
    const page = await open('calculator/');
    await page.locator('input[value="exchange"]').check();
    await page.fill('#date', '2025-07-01');
    await page.fill('#return-0-start', '2025-01-01');
    await page.fill('#return-0-quantity', '3');
    await page.fill('#return-0-returnQuantity', '2');
    await page.fill('#return-0-price', '7200.00');
    await page.click('text=Add a reservation to return');
    await page.selectOption('#return-1-term', 'P3Y');
    await page.selectOption('#return-1-plan', 'Monthly');
    await page.fill('#return-1-start', '2024-01-15');
    await page.fill('#return-1-quantity', '1');
    await page.fill('#return-1-price', '3600');
    await page.fill('#buy-0-price', '4000');
    await page.click('text=Add a purchase');
    await page.selectOption('#buy-1-product', 'savings-plan-compute');
    await page.fill('#buy-1-price', '1000.50');
    await page.waitForSelector('[data-field="netPayable"]');

    const core = estimateExchange({
      date: '2025-07-01',
      returns: [
        {
          quantity: 2,
          reservation: {
            product: 'virtual-machines',
            term: 'P1Y',
            billingPlan: 'Upfront',
            start: '2025-01-01',
            quantity: 3,
            price: { amount: '7200.00', currency: 'USD' },
          },
        },
        {
          reservation: {
            product: 'virtual-machines',
            term: 'P3Y',
            billingPlan: 'Monthly',
            start: '2024-01-15',
            quantity: 1,
            price: { amount: '3600', currency: 'USD' },
          },
        },
      ],
      purchases: [
        {
          product: 'virtual-machines',
          term: 'P3Y',
          billingPlan: 'Upfront',
          price: { amount: '4000', currency: 'USD' },
        },
        {
          product: 'savings-plan-compute',
          term: 'P3Y',
          billingPlan: 'Upfront',
          price: { amount: '1000.50', currency: 'USD' },
        },
      ],
    });
    expect(core.ok).toBe(true);
    if (!core.ok) return;
    const value = (field: string) => page.getAttribute(`[data-field="${field}"]`, 'data-value');
    expect(await value('refundsTotal')).toBe(core.value.refundsTotal.amount);
    expect(await value('purchasesTotal')).toBe(core.value.purchasesTotal.amount);
    expect(await value('netPayable')).toBe(core.value.netPayable.amount);
    expect(await value('allowed')).toBe(String(core.value.allowed));
    for (const [i, row] of core.value.reservationsToExchange.entries()) {
      expect(await value(`reservationsToExchange[${i}].billingRefundAmount`)).toBe(row.billingRefundAmount.amount);
    }
    expect(page.url()).toContain('return=virtual-machines,P1Y,Upfront,2025-01-01,3,7200.00,2');
    expect(page.url()).toContain('buy=savings-plan-compute,P3Y,Upfront,1000.50');
    await page.close();
  });

  it('names the field with bad input as you type and keeps what was typed', async () => {
    const page = await open(
      'calculator/?v=1&mode=refund&date=2025-03-01&start=2025-01-01&quantity=1&price=3650&currency=USD',
    );
    await page.waitForSelector('[data-field="billingRefundAmount"]');
    await page.fill('#price', '3,650.5x');
    const error = page.locator('#price-error');
    await error.waitFor();
    expect(await page.getAttribute('#price', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#price', 'aria-describedby')).toBe('price-error');
    expect(await error.textContent()).toMatch(/^Purchase price/);
    expect(await page.inputValue('#price')).toBe('3,650.5x');
    expect(await page.locator('[data-field="billingRefundAmount"]').count()).toBe(0);

    await page.fill('#price', '3650');
    await page.fill('#quantity', '1.5');
    await page.locator('#quantity-error').waitFor();
    expect(await page.locator('#quantity-error').textContent()).toMatch(/^Units owned/);
    expect(await page.inputValue('#quantity')).toBe('1.5');

    await page.fill('#quantity', '1');
    await page.fill('#returnQuantity', '3');
    await page.locator('#returnQuantity-error').waitFor();
    expect(await page.getAttribute('#returnQuantity', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#returnQuantity')).toBe('3');
    await page.close();
  });

  it('loads every preset with a result and no error', async () => {
    const page = await open('calculator/');
    const options = await page.$$eval('#preset option', (els) =>
      els.map((e) => (e as HTMLOptionElement).value).filter(Boolean),
    );
    expect(options.length).toBeGreaterThanOrEqual(8);
    for (const id of options) {
      await page.selectOption('#preset', id);
      await page.waitForSelector('.rd-verdict, [data-field="consumedRefundsTotal"]');
      expect(await page.locator('[aria-invalid="true"]').count(), id).toBe(0);
      expect(await page.locator('.rd-problems').count(), id).toBe(0);
    }
    await page.selectOption('#preset', '01-monthly-100-after-12-months');
    await page.waitForSelector('[data-field="billingRefundAmount"][data-value="100.00"]');
    expect(await page.getAttribute('[data-field="policyResult.capUse"]', 'data-value')).toBe('2400.00');
    expect(page.url()).toContain('plan=Monthly');
    await page.close();
  });

  it('formats numbers and dates for Korean, keeps the limit in USD', async () => {
    const page = await open(
      'ko/calculator/?v=1&mode=refund&date=2025-01-07&product=virtual-machines&term=P1Y&plan=Upfront&start=2025-01-01&quantity=1&price=1000000&currency=KRW&rate=0.00072',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.waitForSelector('[data-field="billingRefundAmount"]');
    expect(await page.getAttribute('[data-field="billingRefundAmount"]', 'data-value')).toBe('983562');
    const refund = await page.textContent('[data-field="billingRefundAmount"]');
    expect(refund).toBe(
      new Intl.NumberFormat('ko', { style: 'currency', currency: 'KRW', currencyDisplay: 'code' }).format(983562),
    );
    expect(refund).toContain('983,562');
    expect(await page.textContent('[data-field="policyResult.maxRefundLimit"]')).toContain('USD');
    expect(await page.textContent('[data-field="policyResult.fitsOn"]')).toBe('2025년 1월 7일');
    expect(await page.textContent('label[for="date"]')).toBe('요청일 (UTC)');
    const steps = await page.$$eval('.rd-steps li', (els) => els.map((e) => e.textContent ?? ''));
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.join(' ')).not.toContain('전문 등급');
    expect(await page.getAttribute('.rd-steps a', 'href')).toMatch(/^\/ko\//);
    await page.close();
  });

  it('presenter mode enlarges the text and reveals the explanation step by step', async () => {
    const page = await open(
      'calculator/?v=1&mode=refund&date=2025-01-15&product=virtual-machines&term=P3Y&plan=Monthly&start=2024-01-15&quantity=1&price=3600.00&currency=USD&present=1',
    );
    await page.waitForSelector('.rd-present [data-field="billingRefundAmount"]');
    expect(await page.locator('.rd-steps li').count()).toBe(0);
    await page.getByRole('button', { name: /Show the next step/ }).click();
    expect(await page.locator('.rd-steps li').count()).toBe(1);
    await page.getByRole('button', { name: /Show the next step/ }).click();
    expect(await page.locator('.rd-steps li').count()).toBe(2);
    const size = await page.$eval('.rd-calc', (e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThan(20);
    await page.selectOption('#preset', '03-monthly-3000-limit-exactly');
    await page.waitForSelector('[data-field="policyResult.capUse"][data-value="50000.00"]');
    await page.fill('#date', '2026-04-10');
    await page.waitForSelector('[data-field="policyResult.capUse"][data-value="50100.00"]');
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForSelector('[data-field="policyResult.capUse"][data-value="50000.00"]');
    expect(await page.inputValue('#date')).toBe('2026-04-11');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    expect(page.url()).not.toContain('present=1');
    expect(await page.locator('.rd-steps li').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('prints one clean page with the date, the policy and "estimate, not a quote"', async () => {
    const page = await open(
      'calculator/?v=1&mode=refund&date=2026-04-10&product=virtual-machines&term=P3Y&plan=Monthly&start=2024-09-01&quantity=1&price=108000.00&currency=USD',
    );
    await page.waitForSelector('[data-field="billingRefundAmount"]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.rd-print-only')).toBe(true);
    expect(await page.textContent('.rd-print-only')).toContain('2026-04-10');
    expect(await page.textContent('.rd-print-only')).toContain('not a quote');
    expect(await page.isVisible('.rd-policy')).toBe(true);
    expect(await page.isVisible('header.header')).toBe(false);
    expect(await page.isVisible('nav.sidebar')).toBe(false);
    expect(await page.isVisible('.rd-toolbar')).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await page.close();
  });
});
