// What a reader sees on every built page, in both languages: no Markdown left unrendered (Korean particles right after
// a closing `**` defeat CommonMark's emphasis rules), no search-keyword footers, no internal file names; Korean text
// breaks between words and has a Korean font; the keywords stay searchable.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, launchChromium, readPage, type Served, serveSite } from './harness.js';

const pages = builtPages();
const korean = pages.filter((page) => page.startsWith('/ko/'));

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });

/** The text a reader sees, one line per block (paragraph, list item, cell, heading…). */
function visibleLines(html: string): string[] {
  const body = html
    .replace(/<(script|style|template|svg|noscript)\b[\s\S]*?<\/\1>/g, '')
    .replace(
      /<\/?(p|li|h[1-6]|td|th|tr|div|dd|dt|pre|figcaption|summary|br|section|aside|header|footer)\b[^>]*>/g,
      '\n',
    )
    .replace(/<[^>]+>/g, '');
  return decode(body)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

const markup: [string, RegExp][] = [
  ['bold or italic markers (**, __)', /\*\*|__/],
  ['a backtick code marker', /`/],
  ['link markup ](…)', /\]\(/],
  ['a heading marker at a line start', /^#{1,6}\s/],
  // Left by markup split over lines (a JSX fragment's line break renders as a space).
  ['a space before a comma', /\s,/],
];

describe('what a reader sees on the built pages', () => {
  it('has pages to read in both languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(korean.length).toBeGreaterThanOrEqual(15);
  });

  it('shows no unrendered Markdown or stray spacing on any page', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const line of visibleLines(readPage(page))) {
        for (const [what, pattern] of markup) if (pattern.test(line)) found.push(`${page}: ${what} in "${line}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('catches Markdown left raw, as a Korean particle after a closing ** leaves it', () => {
    const raw =
      '<li><p>3. **작업(Actions)**에서 고릅니다</p></li><pre>a\n## heading</pre><td>see [x](/y/) and `z`</td><dd>R-a , R-b</dd>';
    const lines = visibleLines(raw);
    expect(markup.filter(([, pattern]) => lines.some((line) => pattern.test(line))).map(([what]) => what)).toEqual(
      markup.map(([what]) => what),
    );
  });

  it('prints no list of search terms and names no internal file', () => {
    const found: string[] = [];
    for (const page of pages) {
      const text = visibleLines(readPage(page)).join('\n');
      for (const footer of ['Related search terms', '관련 검색어'])
        if (text.includes(footer)) found.push(`${page}: ${footer}`);
      for (const match of text.matchAll(/\b[\w-]+\.(md|mdx|json|ts|tsx|mjs|astro)\b/g))
        found.push(`${page}: ${match[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps every page keyword whole and hands them to the search index, not to the reader', () => {
    const keywords = /<[^>]*data-pagefind-index-attrs="data-keywords"[^>]*data-keywords="([^"]*)"[^>]*>/;
    const limit = keywords.exec(readPage('/refund-limit/'))?.[1] ?? '';
    expect(decode(limit).split(', ')).toEqual(expect.arrayContaining(['50000', '50,000 USD']));
    expect(decode(limit).split(', ')).not.toContain('000 USD');
    for (const page of pages.filter((p) => p !== '/404.html' && p !== '/ko/404.html')) {
      expect(keywords.test(readPage(page)), page).toBe(true);
    }
  });
});

describe('Korean text in Chromium', () => {
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

  it('never breaks a Korean word across two lines, on any Korean page at phone width', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const broken: string[] = [];
    for (const path of korean) {
      await page.goto(`${served.url}${path.slice(1)}`);
      // Two Hangul syllables side by side in one text node are one word: the second must not start a new line.
      const splits = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        const box = (node: Node, at: number) => {
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect();
        };
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 1; i < text.length; i++) {
            if (!/[가-힣]/.test(text[i - 1]!) || !/[가-힣]/.test(text[i]!)) continue;
            const before = box(node, i - 1);
            const after = box(node, i);
            if (before.width > 0 && after.width > 0 && after.top > before.top + before.height / 2)
              found.push(`${text.slice(Math.max(0, i - 4), i)}/${text.slice(i, i + 4)}`);
          }
        }
        return found;
      });
      for (const split of splits) broken.push(`${path}: ${split}`);
    }
    expect(broken).toEqual([]);
    await page.close();
  });

  it('never scrolls sideways at phone width, on any page in either language (worked examples included)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${served.url}${path.slice(1)}`);
      const over = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (over > 0) wide.push(`${path}: ${over} px wider than the screen`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });

  it('asks for a Korean font on Korean pages and keeps default breaking on English ones', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${served.url}ko/monthly-billing/`);
    const style = await page.$eval('.sl-markdown-content p', (p) => {
      const css = getComputedStyle(p);
      return { wordBreak: css.wordBreak, font: css.fontFamily };
    });
    expect(style.wordBreak).toBe('keep-all');
    expect(style.font).toMatch(/Noto Sans CJK KR/);
    // English pages keep the browser's own breaking.
    await page.goto(`${served.url}monthly-billing/`);
    expect(await page.$eval('.sl-markdown-content p', (p) => getComputedStyle(p).wordBreak)).toBe('normal');
    await page.close();
  });

  it('finds a page by a keyword that only its frontmatter holds', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}ko/`);
    // A string, so the test runner's module transform leaves the page's own dynamic import alone.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('위약금');
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(urls).toContain('/ko/cancellation/');
    await page.close();
  });
});
