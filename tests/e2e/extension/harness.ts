import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumPath, extensionFlags } from '../../../scripts/chromium.mjs';

// Launches Debian's Chromium with the e2e build loaded and answers every request from the fixture pages; anything
// else is aborted and recorded, so a test can assert that no request left the fixtures.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const dist = join(repo, 'extension/dist-e2e');
const fixtures = join(repo, 'tests/fixtures/portal');

export const order = '11111111-2222-4333-8444-555555555555';
export const reservation = '66666666-7777-4888-9999-aaaaaaaaaaaa';
export const tenant = '0f0e0d0c-0b0a-4908-8706-050403020100';
export const reservationUrl = `https://portal.azure.com/#@contoso.onmicrosoft.com/resource/providers/Microsoft.Capacity/reservationOrders/${order}/reservations/${reservation}/overview`;
export const unrelatedUrl = 'https://portal.azure.com/#browse/resourcegroups';
export const supportUrl = 'https://portal.azure.com/#create/Microsoft.Support';
export const partnerUrl = `https://partner.microsoft.com/en-us/dashboard/v2/customers/${tenant}/subscriptions`;

export interface Session {
  ctx: BrowserContext;
  extensionId: string;
  worker: Worker;
  escaped: string[];
  consoleErrors: string[];
  page(): Promise<Page>;
  close(): Promise<void>;
}

const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

export async function launch(): Promise<Session> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`build the extension first: ${dist} is missing`);
  const profile = mkdtempSync(join(tmpdir(), 'rd-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: extensionFlags(dist),
  });
  const escaped: string[] = [];
  const consoleErrors: string[] = [];
  await ctx.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages load their files from the extension: local, never the network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.protocol === 'https:' && url.hostname === 'portal.azure.com' && url.pathname === '/')
      return route.fulfill({ contentType: 'text/html', body: fixture('portal.html') });
    if (url.protocol === 'https:' && url.hostname === 'partner.microsoft.com')
      return route.fulfill({ contentType: 'text/html', body: fixture('partner.html') });
    if (url.protocol === 'https:' && url.hostname === 'portal.azure.com' && url.pathname === '/mutations')
      return route.fulfill({ contentType: 'text/html', body: fixture('mutations.html') });
    escaped.push(url.href);
    return route.abort();
  });
  const watch = (page: Page) => {
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
    page.on('dialog', (d) => {
      consoleErrors.push(`unexpected dialog: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  };
  ctx.on('page', watch);
  for (const page of ctx.pages()) watch(page);
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  worker.on('console', (m) => m.type() === 'error' && consoleErrors.push(`worker: ${m.text()}`));
  const extensionId = new URL(worker.url()).host;
  return {
    ctx,
    extensionId,
    worker,
    escaped,
    consoleErrors,
    page: async () => ctx.pages()[0] ?? (await ctx.newPage()),
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's UI root on the page (its shadow root is open in the e2e build). */
export const panel = (page: Page) => page.locator('refund-desk-root');

// ---- The book in the store (issue 9): seeded through the background's own import messages, from an extension page. ----
export const bookFile = join(fixtures, 'book.json');
export const order2 = '22222222-3333-4444-8555-666666666666';
export const reservation2 = '77777777-8888-4999-aaaa-bbbbbbbbbbbb';
export const reservationUrlOf = (o: string, r: string) =>
  `https://portal.azure.com/#resource/providers/Microsoft.Capacity/reservationOrders/${o}/reservations/${r}/overview`;

/** Sends one message to the background from an extension page, as the options page does; returns its reply. */
export async function askBackground(
  s: Session,
  message: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const page = await s.ctx.newPage();
  try {
    await page.goto(`chrome-extension://${s.extensionId}/src/pages/popup/index.html`);
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } };
    return await page.evaluate(
      (m) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m),
      message,
    );
  } finally {
    await page.close();
  }
}

/** Puts tests/fixtures/portal/book.json in the store: begin, one chunk of its customers, commit. */
export async function seedBook(s: Session): Promise<void> {
  const book = JSON.parse(readFileSync(bookFile, 'utf8')) as { customers: unknown[] };
  const importId = `e2e-${Date.now()}`;
  for (const message of [
    { type: 'book/import/begin', importId },
    { type: 'book/import/chunk', importId, index: 0, customers: book.customers },
    {
      type: 'book/import/commit',
      importId,
      chunks: 1,
      files: [{ name: 'book.json', format: 'refund-desk-book-json', rows: 2, used: 2, skipped: 0 }],
      needs: [],
    },
  ]) {
    const reply = await askBackground(s, message);
    if (!reply.ok) throw new Error(`seeding the book: ${reply.error}`);
  }
}

/** Looks inside the panel's open shadow root (e2e build) with a CSS selector; the list of matches' text. */
export const texts = (page: Page, css: string) => panel(page).locator(css).allTextContents();
