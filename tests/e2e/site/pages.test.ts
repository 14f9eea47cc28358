// Every built page in both languages: WCAG 2.2 AA with axe in Chromium, no broken internal links or anchors, Korean
// search through Pagefind, and no project JavaScript outside the calculator.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { rulePagePath, rules } from '@refund-desk/core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, launchChromium, readPage, type Served, serveSite, siteDist } from './harness.js';

const pages = builtPages();
// Calculator states with results, input errors, presenter mode and the limit mode.
const queries = [
  'calculator/?v=1&mode=refund&date=2026-04-10&product=virtual-machines&term=P3Y&plan=Monthly&start=2024-09-01&quantity=1&price=108000&currency=USD&present=1',
  'ko/calculator/?v=1&mode=refund&date=2026-04-10&product=virtual-machines&term=P3Y&plan=Monthly&start=2024-09-01&quantity=1&price=108000.00&currency=USD&present=1',
  'calculator/?v=1&mode=exchange&date=2025-07-01&currency=USD&return=virtual-machines,P1Y,Upfront,2025-01-01,1,2400.00&buy=virtual-machines,P1Y,Upfront,1500.x',
  'calculator/?v=1&mode=cap&date=2026-01-14&ledger=2025-01-15:2400.00&ledger=2025-06-01:10000.00',
];
let served: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  served = await serveSite();
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('built pages', () => {
  it('has every page in English and Korean', () => {
    const english = pages.filter((p) => !p.startsWith('/ko/') && p !== '/404.html');
    expect(english.length).toBeGreaterThanOrEqual(15);
    for (const page of english)
      expect(pages, `Korean version of ${page}`).toContain(page === '/' ? '/ko/' : `/ko${page}`);
  });

  it('has no broken internal links or anchors', () => {
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (page: string) => {
      let found = idsOf.get(page);
      if (!found) {
        found = new Set([...readPage(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        idsOf.set(page, found);
      }
      return found;
    };
    for (const page of pages) {
      const html = readPage(page);
      for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
        const value = raw!.replace(/&(?:amp|#38|#x26);/g, '&');
        if (/^(https?:|mailto:|data:|#$)/.test(value) || value.startsWith('//')) continue;
        const target = new URL(value, `http://site${page}`);
        const path = decodeURIComponent(target.pathname);
        const file = join(siteDist, path.endsWith('/') ? `${path}index.html` : path);
        if (!existsSync(file)) {
          broken.push(`${page}: ${attr}="${value}"`);
          continue;
        }
        const anchor = target.hash.slice(1);
        if (anchor && path.endsWith('/') && !ids(path).has(decodeURIComponent(anchor))) {
          broken.push(`${page}: ${value} (no id "${anchor}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('links the customer FAQ right after the partner FAQ in the sidebar, in both languages', () => {
    for (const [page, prefix] of [
      ['/', '/'],
      ['/ko/', '/ko/'],
      ['/calculator/', '/'],
      ['/ko/refund-limit/', '/ko/'],
    ] as const) {
      const sidebar = /<nav class="sidebar[\s\S]*?<\/nav>/.exec(readPage(page))?.[0] ?? '';
      const links = [...sidebar.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      const faq = links.indexOf(`${prefix}faq/`);
      expect(faq, page).toBeGreaterThan(-1);
      expect(links[faq + 1], page).toBe(`${prefix}customer-faq/`);
    }
  });

  it('gives every rule of core its own row on the rules page, in both languages, where its links go', () => {
    for (const locale of ['en', 'ko'] as const) {
      for (const rule of rules) {
        const href = rulePagePath(rule.id, locale);
        const [path, anchor] = href.split('#') as [string, string];
        expect(path, rule.id).toBe(locale === 'ko' ? '/ko/rules/' : '/rules/');
        const row = new RegExp(`<tr id="${anchor}">[\\s\\S]*?</tr>`).exec(readPage(path))?.[0] ?? '';
        expect(row, `${rule.id} on ${path}`).toContain(`>${rule.id}</a>`);
        expect(row, `${rule.id} on ${path}`).toContain(rule[locale]);
      }
    }
  });

  it('ships no project JavaScript outside the calculator pages', () => {
    for (const page of pages) {
      const html = readPage(page);
      const islands = (html.match(/<astro-island/g) ?? []).length;
      if (page.endsWith('/calculator/')) expect(islands, page).toBe(1);
      else expect(islands, page).toBe(0);
    }
  });

  it('keeps to the glossary on Korean pages: one term per concept, no machine-translation errors', () => {
    const text = (page: string) =>
      readPage(page)
        .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
        .replace(/<code>[\s\S]*?<\/code>/g, '')
        .replace(/<[^>]+>/g, ' ');
    const korean = pages.filter((p) => p.startsWith('/ko/'));
    const all = korean.map((p) => [p, text(p)] as const);
    // The glossary itself names the English terms and the wording it rules out.
    for (const [page, body] of all.filter(([p]) => p !== '/ko/glossary/')) {
      expect(body, page).not.toContain('전문 등급');
      // "Exchange" in English only as the portal's own label, in parentheses after the Korean term.
      for (const match of body.matchAll(/(?<![A-Za-z])Exchange/g)) {
        expect(body.slice(Math.max(0, match.index - 1), match.index), `${page}: untranslated "Exchange"`).toBe('(');
      }
    }
    const joined = all.map(([, body]) => body).join(' ');
    for (const term of ['환불', '교환', '취소된 약정', '12개월 롤링 기간', '일할 계산']) expect(joined).toContain(term);
  });

  for (const path of pages) {
    it(`meets WCAG 2.2 AA: ${path}`, async () => {
      const page = await context.newPage();
      await page.goto(`${served.url}${path.slice(1)}`);
      if (path.endsWith('/calculator/')) await page.waitForSelector('.rd-calc[data-ready="true"]');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      await page.close();
    });
  }

  it('meets WCAG 2.2 AA on a calculator with results, errors and presenter mode, light and dark', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    for (const [scheme, query] of [context, dark].flatMap((ctx) => queries.map((q) => [ctx, q] as const))) {
      const page = await scheme.newPage();
      await page.goto(`${served.url}${query}`);
      await page.waitForSelector('.rd-calc[data-ready="true"]');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const where = scheme === dark ? 'dark' : 'light';
      expect(
        results.violations.map(
          (v) => `${where} ${query} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      await page.close();
    }
    await dark.close();
  });

  it('finds Korean pages with a Korean query', async () => {
    const page = await context.newPage();
    await page.goto(`${served.url}ko/`);
    await page.click('button[data-open-modal]');
    await page.fill('#starlight__search input', '취소된 약정');
    const result = page.locator('#starlight__search .pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    const links = await page.$$eval('#starlight__search .pagefind-ui__result-link', (els) =>
      els.map((e) => e.getAttribute('href')),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href?.startsWith('/ko/'))).toBe(true);
    expect(links).toContain('/ko/refund-limit/');
    await page.close();
  });
});
