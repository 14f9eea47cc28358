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
    // The current price is an advanced option, folded away until opened.
    if (!(await page.locator('.rd-advanced').evaluate((e) => (e as HTMLDetailsElement).open))) {
      await page.click('.rd-advanced > summary');
    }
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

  it('presenter keys work right after the "Presenter mode" button is clicked, and Esc leaves it and the link', async () => {
    const page = await open('calculator/?v=1');
    await page.selectOption('#preset', { index: 1 });
    await page.waitForSelector('[data-field="allowed"]');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await page.waitForSelector('.rd-present');
    expect(await page.locator('.rd-steps li').count()).toBe(0);
    // Focus is still on the button: the arrows step, and Escape leaves.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.rd-steps li').count()).toBe(2);
    await page.keyboard.press('Escape');
    expect(await page.locator('.rd-present').count()).toBe(0);
    // The link is rewritten after the render that leaves presenter mode.
    await expect.poll(() => page.url()).not.toContain('present=1');
    await page.close();
  });

  it('presenter mode takes the whole screen; the keys reveal steps and walk through the presets', async () => {
    const page = await open('calculator/?v=1&present=1');
    const cover = await page.$eval('.rd-present', (e) => {
      const r = e.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height, innerWidth, innerHeight];
    });
    expect(cover.slice(0, 2)).toEqual([0, 0]);
    expect(cover[2]).toBe(cover[4]);
    expect(cover[3]).toBe(cover[5]);
    expect(await page.isVisible('header.header')).toBe(false);
    const presets = await page.$$eval('#preset option', (els) =>
      els.map((e) => (e as HTMLOptionElement).value).filter(Boolean),
    );
    await page.keyboard.press('n');
    expect(await page.inputValue('#preset')).toBe(presets[0]);
    await page.waitForSelector('[data-field="allowed"]');
    expect(await page.locator('.rd-steps li').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    expect(await page.locator('.rd-steps li').count()).toBe(2);
    expect(await page.locator('.rd-steps li.rd-latest').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.rd-steps li').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // Before the first step of the first preset comes the last preset.
    expect(await page.inputValue('#preset')).toBe(presets.at(-1));
    await page.getByRole('button', { name: 'Next example' }).click();
    expect(await page.inputValue('#preset')).toBe(presets[0]);
    await page.getByRole('button', { name: 'Previous example' }).click();
    expect(await page.inputValue('#preset')).toBe(presets.at(-1));
    // Typing a space in a field types it; it does not reveal a step.
    await page.keyboard.press('n');
    await page.waitForSelector('[data-field="allowed"]');
    const shown = await page.locator('.rd-steps li').count();
    await page.focus('#price');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.rd-steps li').count()).toBe(shown);
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Escape');
    expect(await page.locator('.rd-present').count()).toBe(0);
    await page.close();
  });

  for (const width of [1280, 1366, 1920]) {
    it(`presenter mode at ${width} px: no figure spills out of its card, for every preset`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: width === 1920 ? 1080 : 800 });
      await page.goto(`${served.url}calculator/?v=1&present=1`);
      await page.waitForSelector('.rd-calc[data-ready="true"]');
      const presets = await page.$$eval('#preset option', (els) =>
        els.map((e) => (e as HTMLOptionElement).value).filter(Boolean),
      );
      for (const id of presets) {
        await page.selectOption('#preset', id);
        await page.waitForSelector('[data-field="allowed"], [data-field="consumedRefundsTotal"]');
        await page
          .getByRole('button', { name: 'Show all steps' })
          .click({ timeout: 1000 })
          .catch(() => {});
        const spills = await page.evaluate(() => {
          const found: string[] = [];
          const cards = [...document.querySelectorAll<HTMLElement>('.rd-present .rd-fig, .rd-present .rd-verdict')];
          for (const card of cards) {
            const box = card.getBoundingClientRect();
            if (card.scrollWidth > card.clientWidth) found.push(`card ${card.textContent}`);
            for (const el of card.querySelectorAll<HTMLElement>('*')) {
              const r = el.getBoundingClientRect();
              if (el.scrollWidth > el.clientWidth && getComputedStyle(el).display !== 'inline')
                found.push(`scroll ${el.tagName} ${el.textContent}`);
              if (r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
                found.push(`out ${el.tagName} ${el.textContent}`);
            }
          }
          const root = document.querySelector<HTMLElement>('.rd-present')!;
          if (root.scrollWidth > root.clientWidth) found.push('the screen scrolls sideways');
          return found;
        });
        expect(spills, `${id} at ${width}`).toEqual([]);
        const size = await page.$eval('.rd-present .rd-headline', (e) =>
          Number.parseFloat(getComputedStyle(e).fontSize),
        );
        expect(size).toBeGreaterThanOrEqual(28);
      }
      await page.close();
    });
  }

  it('puts the answer first: one headline, what to do next, and a refusal never "paid back"', async () => {
    const base =
      'v=1&mode=refund&date=2026-04-10&term=P1Y&plan=Upfront&start=2026-01-01&quantity=1&price=21000&currency=USD';
    const allowed = await open(`calculator/?${base}&product=virtual-machines`);
    expect(await allowed.textContent('.rd-headline')).toMatch(/^You get USD\s15,304\.11 back now$/);
    expect(await allowed.textContent('.rd-next')).toContain('left after it');
    // An upfront plan has no monthly payments; an allowed refund needs no earliest date.
    const visible = (page: Page, field: string) => page.locator(`.rd-groups [data-field="${field}"]`).count();
    expect(await visible(allowed, 'billingInformation.billingCurrencyRemainingCommitmentAmount')).toBe(0);
    expect(await visible(allowed, 'policyResult.fitsOn')).toBe(0);
    expect(await visible(allowed, 'billingRefundAmount')).toBe(1);
    expect(await allowed.isVisible('.rd-groups .rd-azure')).toBe(true);
    // Every figure stays readable by path, in the folded table.
    expect(await allowed.getAttribute('.rd-all [data-field="policyResult.fitsOn"]', 'data-value')).toBe('2026-04-10');
    const chart = allowed.locator('svg[role="img"]');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('title').textContent()).toContain('refund shrinks');
    expect(await allowed.locator('.rd-chart-table tbody tr').count()).toBeGreaterThan(5);
    await allowed.close();

    for (const [path, headline] of [
      [`calculator/?${base}&product=red-hat-plan`, /^Refused: Red Hat plans cannot be refunded$/],
      [
        'calculator/?v=1&mode=refund&date=2026-04-10&product=virtual-machines&term=P3Y&plan=Monthly&start=2024-09-01&quantity=1&price=108000.00&currency=USD',
        /^Refused: over the USD 50,000 limit by USD\s100\.00$/,
      ],
    ] as const) {
      const page = await open(path);
      expect(await page.textContent('.rd-headline')).toMatch(headline);
      // What is on screen, and then with every folded part opened.
      // biome-ignore lint/performance/useDomNodeTextContent: only what is rendered counts here, the folded parts apart
      expect(await page.locator('.rd-results').innerText()).not.toMatch(/is paid back|Refund paid back now|You get/);
      await page.$$eval('.rd-results details', (all) => {
        for (const d of all) (d as HTMLDetailsElement).open = true;
      });
      expect(await page.locator('.rd-results').textContent()).not.toMatch(/is paid back|Refund paid back now|You get/);
      await page
        .getByRole('button', { name: 'Show all steps' })
        .click({ timeout: 1000 })
        .catch(() => {});
      expect(await page.textContent('.rd-steps')).not.toMatch(/is paid back/);
      await page.close();
    }
    const limit = await open(
      'calculator/?v=1&mode=refund&date=2026-04-10&product=virtual-machines&term=P3Y&plan=Monthly&start=2024-09-01&quantity=1&price=108000.00&currency=USD',
    );
    const next = await limit.textContent('.rd-next');
    expect(next).toContain('11 April 2026');
    expect(next).toMatch(/savings plan of at least USD\s5\.72 an hour/);
    await limit.getByRole('button', { name: 'Estimate on 11 April 2026' }).click();
    await limit.waitForSelector('[data-field="allowed"][data-value="true"]');
    expect(await limit.inputValue('#date')).toBe('2026-04-11');
    await limit.close();

    const ko = await open(`ko/calculator/?${base}&product=red-hat-plan`);
    expect(await ko.textContent('.rd-headline')).toMatch(/^불가: /);
    expect(await ko.textContent('.rd-steps')).toContain('환불이 허용된다면');
    await ko.close();
  });

  it('names every field that needs attention by its label and says how to fix it, in both languages', async () => {
    const page = await open('calculator/?v=1&mode=exchange&date=2026-04-10');
    const missing = await page.textContent('.rd-missing');
    expect(missing).toContain('Return 1: benefit start date');
    expect(missing).not.toMatch(/return-0|buy-0|reservation\.|\[\d\]/);
    await page.fill('#return-0-start', '2026-01-01');
    await page.fill('#return-0-price', '100.123');
    await page.fill('#buy-0-price', '500');
    const error = await page.locator('#return-0-price-error').textContent();
    expect(error).toMatch(/^Return 1: purchase price: .*Type what the units owned cost for the whole term, .*\.$/);
    expect(await page.textContent('.rd-missing')).toContain('Return 1: purchase price');
    await page.close();
    const ko = await open(
      'ko/calculator/?v=1&mode=refund&date=2026-04-10&start=2026-01-01&quantity=1&price=1,000&currency=USD',
    );
    expect(await ko.locator('#price-error').textContent()).toMatch(/^구매 가격: .*입력하세요\.$/);
    await ko.close();
  });

  it('sits inputs and answer side by side on a wide screen, the answer first in view; on a phone right after the inputs', async () => {
    const query =
      'calculator/?v=1&mode=refund&date=2026-04-10&product=virtual-machines&term=P3Y&plan=Monthly&start=2024-09-01&quantity=1&price=108000.00&currency=USD';
    const wide = await context.newPage();
    await wide.setViewportSize({ width: 1280, height: 800 });
    await wide.goto(`${served.url}${query}`);
    await wide.waitForSelector('.rd-headline');
    const [inputs, answer] = await wide.$$eval('.rd-inputs, .rd-headline', (els) =>
      els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(answer!.left).toBeGreaterThan(inputs!.right);
    expect(answer!.bottom).toBeLessThan(800);
    expect(await wide.getAttribute('#date', 'type')).toBe('date');
    await wide.close();

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${served.url}${query}`);
    await phone.waitForSelector('.rd-headline');
    const gap = await phone.evaluate(
      () =>
        document.querySelector('.rd-results')!.getBoundingClientRect().top -
        document.querySelector('.rd-inputs')!.getBoundingClientRect().bottom,
    );
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(60);
    await phone.click('.rd-all > summary');
    await phone.click('.rd-chart-table > summary').catch(() => {});
    const wider = await phone.evaluate(() => [
      document.documentElement.scrollWidth,
      ...[...document.querySelectorAll<HTMLElement>('.rd-table')].map((t) => t.scrollWidth - t.clientWidth),
    ]);
    expect(wider[0]).toBeLessThanOrEqual(390);
    for (const overflow of wider.slice(1)) expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
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
    // The link that reopens it, and no empty field on paper.
    expect(await page.isVisible('.rd-print-link')).toBe(true);
    expect(await page.getAttribute('.rd-print-link a', 'href')).toBe(page.url());
    const empty = await page.$$eval('.rd-form input, .rd-form select', (els) =>
      els.filter((e) => e.checkVisibility() && (e as HTMLInputElement).value.trim() === '').map((e) => e.id),
    );
    expect(empty).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await page.close();
  });
});
