// The portfolio page end to end, in both languages, on the team's book fixtures: the portal export plus the Partner
// Center reconciliation file give an import report, what is missing, each customer's plan with its limit chart, and
// downloads that agree with core; nothing is requested beyond the page's own static files, and the worker (with
// core) is fetched only once files are given. A book of 10,000 reservations keeps the page responsive.
// Screenshots at 1280 and 390 px are written to $PORTFOLIO_SCREENSHOTS when it is set.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Book, fieldLabel, formatMoney, importBook, planRefunds, type RefundPlan } from '@refund-desk/core';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, repoRoot, type Served, serveSite, siteDist } from './harness.js';

const fixtureDir = join(repoRoot, 'tests', 'fixtures', 'book');
const PORTAL = 'portal-reservations.csv';
const RECONCILIATION = 'reconciliation.csv';
const DATE = '2026-03-01';
const screenshots = process.env.PORTFOLIO_SCREENSHOTS;

function fixture(name: string): string {
  const path = join(fixtureDir, name);
  if (!existsSync(path)) {
    throw new Error(
      `Missing book fixture tests/fixtures/book/${name}: the portfolio test needs the portal export and the reconciliation file there`,
    );
  }
  return path;
}

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** What core itself says for the fixtures: the reference the page must agree with. */
function expected(): { book: Book; plan: RefundPlan } {
  const text = (name: string) => readFileSync(fixture(name), 'utf8').replace(/^\uFEFF/, '');
  const imported = importBook([
    { name: PORTAL, text: text(PORTAL) },
    { name: RECONCILIATION, text: text(RECONCILIATION) },
  ]);
  if (!imported.ok) throw new Error('core does not import the fixtures');
  const plan = planRefunds({ date: DATE, book: imported.value.book });
  if (!plan.ok) throw new Error('core does not plan the fixtures');
  return { book: imported.value.book, plan: plan.value };
}

interface Watched {
  page: Page;
  context: BrowserContext;
  requests: Request[];
  errors: string[];
}

async function openPortfolio(path: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const requests: Request[] = [];
  const errors: string[] = [];
  // Context-wide: requests of the page and of its worker.
  context.on('request', (request) => requests.push(request));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${served.url}${path}`);
  await page.waitForSelector('[data-portfolio][data-ready="true"]');
  return { page, context, requests, errors };
}

/** Every request went to the page's own server, for a file the build holds; blob: and data: never leave the tab. */
function strangers(requests: Request[]): string[] {
  const origin = new URL(served.url).origin;
  return requests
    .map((request) => ({ url: new URL(request.url()), method: request.method() }))
    .filter(({ url, method }) => {
      if (url.protocol === 'blob:' || url.protocol === 'data:') return false;
      if (url.origin !== origin || method !== 'GET') return true;
      const path = decodeURIComponent(url.pathname);
      return !existsSync(join(siteDist, path.endsWith('/') ? `${path}index.html` : path));
    })
    .map(({ url, method }) => `${method} ${url.href}`);
}

async function giveFiles(page: Page, names: string[]) {
  await page.fill('#pf-date', DATE);
  await page.setInputFiles(
    '#pf-files',
    names.map((name) => fixture(name)),
  );
  await page.waitForSelector('.rd-pf-app[data-ready="true"]', { timeout: 30_000 });
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  expect(file.url()).toMatch(/^blob:/);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

/** The whole page in slices one screen tall (a tall image is shrunk past reading when it is looked at). */
async function shoot(page: Page, name: string) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  const { height } = page.viewportSize() ?? { height: 900 };
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  // Scrolled screens, as a person sees them (a full-page capture misplaces Starlight's fixed header and sidebar).
  for (let y = 0, n = 1; y < total; y += height - 100, n++) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.screenshot({ path: join(screenshots, `${name}-${n}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const words = {
  en: {
    path: 'portfolio/',
    exportPlan: 'Download the plan (CSV)',
    exportBook: 'Download the book (JSON)',
    apply: 'Add to the book',
    row: (n: number) => `Row ${n}`,
  },
  ko: {
    path: 'ko/portfolio/',
    exportPlan: '환불 계획 내려받기 (CSV)',
    exportBook: '예약 장부 내려받기 (JSON)',
    apply: '예약 장부에 더하기',
    row: (n: number) => `${n}행`,
  },
} as const;

describe('portfolio page', () => {
  for (const locale of ['en', 'ko'] as const) {
    const w = words[locale];

    it(`${locale}: plans refunds from the portal export and the reconciliation file, all in the page`, async () => {
      const { book, plan } = expected();
      const { page, context, requests, errors } = await openPortfolio(w.path);
      const scripts = () => requests.map((r) => new URL(r.url()).pathname).filter((p) => p.endsWith('.js'));
      // Nothing of the app, the worker or core before files are given.
      expect(scripts().some((p) => /\/worker[-.]/.test(p))).toBe(false);
      const upFront = scripts().length;

      await giveFiles(page, [PORTAL, RECONCILIATION]);
      expect(scripts().some((p) => /\/worker[-.]/.test(p))).toBe(true);
      expect(scripts().length).toBeGreaterThan(upFront);

      // The import report: each file with its detected format, rows used and skipped, problems by file and row.
      const files = await page.$$eval('table[data-table="files"] tbody tr', (rows) =>
        rows.map((row) => [row.querySelector('th')?.textContent, row.getAttribute('data-format')]),
      );
      expect(files).toEqual([
        [PORTAL, 'portal-reservations-csv'],
        [RECONCILIATION, 'partner-center-reconciliation-csv'],
      ]);
      const badId = page.locator(`.rd-pf-problems[data-file="${PORTAL}"] li[data-code="INVALID_ID"]`);
      const row = Number(await badId.first().getAttribute('data-row'));
      await expect.poll(() => badId.first().textContent()).toContain(w.row(row));
      expect(await badId.first().textContent()).toContain('Reservation Id');

      // What is missing: the reservation no file assigned to a customer lacks its price and billing plan.
      const need = page
        .locator('.rd-pf-need')
        .filter({ hasText: fieldLabel('reservation.price', locale) })
        .first();
      const reservationId = await need.getAttribute('data-reservation');
      await need.locator('input[id$="-price"]').fill('2400.00');
      await need.locator('input[id$="-currency"]').fill('USD');
      await need.locator('select[id$="-billingPlan"]').selectOption('Upfront');
      await page.getByRole('button', { name: w.apply }).click();
      await page.waitForSelector('.rd-pf-app[data-ready="true"]');
      await expect
        .poll(() => page.locator(`.rd-pf-need[data-reservation="${reservationId}"] .rd-pf-missing`).allTextContents())
        .toHaveLength(2);
      expect(await page.locator('table[data-table="files"] tbody tr').last().getAttribute('data-format')).toBe(
        'refund-desk-book-json',
      );

      // Each customer with a plan: open it, and the page shows core's planned refunds, a chart and its table.
      const recovered = await page.locator('.rd-pf-total strong').textContent();
      expect(recovered).toBe(formatMoney(plan.recovered, locale));
      for (const customer of plan.customers.filter((c) => c.actions.length > 0)) {
        const details = page.locator(`details[data-tenant="${customer.tenantId}"]`);
        await details.locator('summary').click();
        const panel = details.locator('.rd-pf-customer[data-loaded="true"]');
        await panel.waitFor();
        expect(await panel.locator('table[data-table="actions"] tbody tr').count()).toBe(customer.actions.length);
        const chart = panel.locator('svg[role="img"]');
        expect(await chart.locator('title').first().textContent()).toBeTruthy();
        expect(await chart.getAttribute('aria-labelledby')).toMatch(/-chart-title .*-chart-desc$/);
        expect(await chart.locator('.rd-pf-marker').count()).toBe(customer.actions.length);
        const steps = await panel
          .locator('table[data-table="steps"] tbody tr time')
          .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
        expect(steps[0]).toBe(DATE);
        for (const action of customer.actions) expect(steps).toContain(action.date);
        const reservations = book.customers.find((c) => c.tenantId === customer.tenantId)!.reservations.length;
        expect(await panel.locator('table[data-table="reservations"] tbody tr').count()).toBe(reservations);
      }
      await shoot(page, `portfolio-${locale}-1280`);

      // Downloads: the plan as CSV with core's figures (formula-safe), the book as JSON with the typed facts' origin.
      const csv = (await download(page, w.exportPlan))
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\n');
      expect(csv[0]).toBe(
        'tenantId,customer,date,reservationId,reservationOrderId,quantity,currency,billingRefundAmount,capUse,remainingAfter,errors',
      );
      const planned = plan.customers.flatMap((c) =>
        c.actions.map((a) => [c.tenantId, a.date, a.reservationId, String(a.quantity), a.capUse.amount].join('|')),
      );
      const rows = csv.slice(1).map((line) => line.split(','));
      const actionRows = rows.filter((cells) => cells[2] !== '');
      expect(actionRows.map((c) => [c[0], c[2], c[3], c[5], c[8]].join('|')).sort()).toEqual(planned.sort());
      const saved = JSON.parse(await download(page, w.exportBook)) as Book;
      expect(saved.refundDeskBook).toBe(1);
      const typed = saved.customers.flatMap((c) => c.reservations).find((r) => r.reservationId === reservationId)!;
      expect(typed.price).toEqual({ amount: '2400.00', currency: 'USD' });
      expect(typed.origin.price).toMatch(/^typed on the portfolio page on \d{4}-\d{2}-\d{2}$/);

      expect(strangers(requests)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${locale}: reads the book it saved, and fits a phone's width`, async () => {
      const { page, context, requests, errors } = await openPortfolio(w.path, { width: 390, height: 844 });
      await giveFiles(page, [PORTAL, RECONCILIATION]);
      const saved = await download(page, w.exportBook);
      await page.getByRole('button', { name: locale === 'en' ? 'Start over' : '처음부터 다시' }).click();
      expect(await page.locator('.rd-pf-app section').count()).toBe(0);
      // Dropped on the page this time, as a file dragged from the desktop.
      const dropped = await page.evaluateHandle((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'book.json', { type: 'application/json' }));
        return transfer;
      }, saved);
      await page.dispatchEvent('.rd-pf-drop', 'drop', { dataTransfer: dropped });
      await page.waitForSelector('.rd-pf-app[data-ready="true"]');
      const formats = await page.$$eval('table[data-table="files"] tbody tr', (rows) =>
        rows.map((r) => r.getAttribute('data-format')),
      );
      expect(formats).toEqual(['refund-desk-book-json']);
      const first = expected().plan.customers.find((c) => c.actions.length > 0)!;
      await page.locator(`details[data-tenant="${first.tenantId}"] summary`).click();
      await page.locator('.rd-pf-customer[data-loaded="true"]').waitFor();
      // Another date values and plans the book again; the open customer's chart starts on it.
      await page.fill('#pf-date', '2026-06-15');
      await page.locator('#pf-date').dispatchEvent('change');
      await expect
        .poll(() => page.locator('table[data-table="steps"] tbody tr time').first().getAttribute('datetime'))
        .toBe('2026-06-15');
      await shoot(page, `portfolio-${locale}-390`);
      // Nothing sticks out sideways: wide tables scroll inside their own box.
      const wider = await page.evaluate(() =>
        [...document.querySelectorAll('.rd-portfolio *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter((e) => !e.closest('.rd-pf-scroll'))
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      );
      expect(wider).toEqual([]);
      expect(strangers(requests)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('meets WCAG 2.2 AA with the report, the missing facts and every customer open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'ko'] as const) {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${served.url}${words[locale].path}`);
        await page.waitForSelector('[data-portfolio][data-ready="true"]');
        await giveFiles(page, [PORTAL, RECONCILIATION]);
        for (const summary of await page.locator('.rd-pf-customers summary').all()) await summary.click();
        await expect
          .poll(() => page.locator('.rd-pf-customer[data-loaded="true"]').count())
          .toBe(await page.locator('.rd-pf-customers details').count());
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${colorScheme} ${locale} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
        await context.close();
      }
    }
  }, 120_000);

  it('keeps the page responsive on 10,000 reservations of 1,000 customers, with progress', async () => {
    const { page, context, requests, errors } = await openPortfolio('portfolio/');
    await page.fill('#pf-date', DATE);
    // A timer on the page's main thread: gaps between its ticks are the page's unresponsive stretches.
    await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; statuses: string[] };
      w.gaps = [];
      w.statuses = [];
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        w.gaps.push(now - last);
        last = now;
        setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
      const status = document.querySelector('#pf-status')!;
      new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const started = Date.now();
    // Files on disk, as a person picks them (Playwright builds files given as buffers on the page's own thread).
    const dir = mkdtempSync(join(tmpdir(), 'portfolio-10k-'));
    writeFileSync(join(dir, 'portal-10k.csv'), largePortalExport());
    writeFileSync(join(dir, 'recon-10k.csv'), largeReconciliation());
    await page.setInputFiles('#pf-files', [join(dir, 'portal-10k.csv'), join(dir, 'recon-10k.csv')]);
    await page.waitForSelector('.rd-pf-app[data-ready="true"]', { timeout: 120_000 });
    const seconds = (Date.now() - started) / 1000;
    const { gaps, statuses } = await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; statuses: string[] };
      return { gaps: w.gaps, statuses: w.statuses };
    });
    const longest = Math.max(...gaps);
    console.log(
      `10,000 reservations: ready in ${seconds.toFixed(1)} s; longest main-thread gap ${longest.toFixed(0)} ms; ${statuses.length} progress messages`,
    );
    expect(statuses.some((s) => s.startsWith('Valuing reservations'))).toBe(true);
    expect(statuses.some((s) => s.startsWith('Planning refunds'))).toBe(true);
    expect(statuses.at(-1)).toBe('Done: 1000 customers, 10000 reservations.');
    // Customers render collapsed, a window at a time.
    expect(await page.locator('.rd-pf-customers > li').count()).toBe(50);
    expect(await page.locator('.rd-pf-customer').count()).toBe(0);
    expect(longest).toBeLessThan(200);
    await page.locator('.rd-pf-customers details summary').first().click();
    await page.locator('.rd-pf-customer[data-loaded="true"]').waitFor();

    // The portal export alone: one customer no file named, 10,000 reservations each lacking price and billing plan.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.evaluate(() => {
      (window as unknown as { gaps: number[] }).gaps = [];
    });
    await page.setInputFiles('#pf-files', join(dir, 'portal-10k.csv'));
    await page.waitForSelector('.rd-pf-app[data-ready="true"]', { timeout: 120_000 });
    expect(await page.locator('.rd-pf-need').count()).toBe(10);
    await expect.poll(() => page.locator('.rd-pf-needs').textContent()).toContain('1–10 of 10000');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.rd-pf-needs').textContent()).toContain('11–20 of 10000');
    await page.locator('.rd-pf-customers details summary').first().click();
    const panel = page.locator('.rd-pf-customer[data-loaded="true"]');
    await panel.waitFor();
    const rows = panel.locator('table[data-table="reservations"] tbody tr');
    expect(await rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Show 50 more reservations' }).click();
    await expect.poll(() => rows.count()).toBe(100);
    const alone = await page.evaluate(() => Math.max(...(window as unknown as { gaps: number[] }).gaps));
    console.log(
      `10,000 reservations of one customer, all lacking facts: longest main-thread gap ${alone.toFixed(0)} ms`,
    );
    expect(alone).toBeLessThan(200);

    expect(strangers(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});

// ---- A large book: 1,000 customers of 10 reservations each, seen through the portal export and the invoice. ----

const guid = (kind: string, i: number) =>
  `${kind}${i.toString(16).padStart(7, '0')}-4b2c-4d3e-8f40-${(i * 104_729).toString(16).padStart(12, '0').slice(-12)}`;
const tenantOf = (i: number) => guid('e', Math.floor(i / 10));
const usDate = (i: number) => `${1 + (i % 12)}/${1 + (i % 27)}/${2025 + (i % 2)}`;
const N = 10_000;

function largePortalExport(): string {
  const lines = [
    'Name,Reservation Id,Reservation order Id,Status,Expiration date,Purchase date,Term,Scope,Scope subscription,Scope resource group,Type,Product name,Region,Quantity,Utilization % 1 Day,Utilization % 7 Day,Utilization % 30 Day,Deep link to reservation',
  ];
  for (let i = 0; i < N; i++) {
    const term = i % 2 === 0 ? '3 Years' : '1 Year';
    lines.push(
      `VM ${i},${guid('b', i)},${guid('a', i)},Succeeded,,${usDate(i)},${term},Single subscription,,,VirtualMachines,Standard_D4s_v5,eastus,${2 + (i % 4)},${i % 100},${(i * 3) % 100},${(i * 7) % 100},`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function largeReconciliation(): string {
  const lines = [
    'CustomerId,CustomerName,CustomerDomainName,InvoiceNumber,OrderDate,ChargeType,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency,PricingCurrency,PCToBCExchangeRate,ChargeStartDate,ChargeEndDate,TermAndBillingCycle,BillingFrequency,SkuName,ProductName,ReservationOrderId',
  ];
  for (let i = 0; i < N; i++) {
    const customer = Math.floor(i / 10);
    const term = i % 2 === 0 ? '3 Years' : '1 Year';
    lines.push(
      `${tenantOf(i)},Customer ${customer},c${customer}.onmicrosoft.com,G${String(i).padStart(9, '0')},${usDate(i)},New,,,${2 + (i % 4)},${2 + (i % 4)},${3000 + (i % 5000)}.00,USD,USD,1,${usDate(i)},${usDate(i)},${term} - Upfront,,Standard_D4s_v5,Reserved VM Instance,${guid('a', i)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
