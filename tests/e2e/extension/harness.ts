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
