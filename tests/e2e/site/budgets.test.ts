// The site's budgets (site/scripts/budgets.mjs), checked as part of the end-to-end run and printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script, also run on its own with `pnpm --filter @refund-desk/site budgets`.
import { checkScores, limits, measureJavaScript, medianLighthouse } from '../../../site/scripts/budgets.mjs';
import { type Served, serveSite } from './harness.js';

interface PageScripts {
  page: string;
  islands: number;
  total: number;
  project: number;
  worker: number;
  lazy: { file: string; gzip: number; project: boolean }[];
  workers: { file: string; gzip: number; upFront: boolean }[];
}

let served: Served;
beforeAll(async () => {
  served = await serveSite();
});
afterAll(async () => {
  await served?.close();
});

describe('budgets', () => {
  it('pages other than the calculator and the portfolio load no project JavaScript; the calculator loads at most 20 KB gzipped up front', () => {
    const { pages, calculatorPages, problems } = measureJavaScript() as {
      pages: PageScripts[];
      calculatorPages: PageScripts[];
      portfolioPages: PageScripts[];
      problems: string[];
    };
    for (const p of calculatorPages) {
      console.log(
        `${p.page}: ${p.total} B gzipped JS up front (project ${p.project} B); lazy: ${p.lazy.map((f) => `${f.file} ${f.gzip} B`).join(', ')}`,
      );
    }
    expect(calculatorPages.length).toBe(2);
    expect(pages.length).toBeGreaterThan(30);
    for (const p of calculatorPages) {
      expect(p.project).toBeGreaterThan(0);
      expect(p.total).toBeLessThanOrEqual(limits.upFrontGzipBytes);
    }
    expect(problems).toEqual([]);
  });

  it('the portfolio page loads at most 30 KB gzipped up front; its app and its worker (with core) only on demand', () => {
    const { portfolioPages, problems } = measureJavaScript() as { portfolioPages: PageScripts[]; problems: string[] };
    for (const p of portfolioPages) {
      const app = p.lazy.filter((f) => f.project).reduce((sum, f) => sum + f.gzip, 0);
      console.log(
        `${p.page}: ${p.total} B gzipped JS up front (project ${p.project} B); on demand: app ${app} B, worker ${p.workers.map((f) => `${f.file} ${f.gzip} B`).join(', ')}`,
      );
    }
    expect(portfolioPages.map((p) => p.page).sort()).toEqual(['/ko/portfolio/index.html', '/portfolio/index.html']);
    for (const p of portfolioPages) {
      expect(p.islands).toBe(0);
      expect(p.project).toBeGreaterThan(0);
      expect(p.total).toBeLessThanOrEqual(limits.portfolioUpFrontGzipBytes);
      // Core comes with the worker: far more than the page loads up front, none of it before files are given.
      expect(p.workers.length).toBeGreaterThan(0);
      expect(p.workers.every((f) => !f.upFront)).toBe(true);
      expect(p.worker).toBeGreaterThan(p.total);
      expect(p.lazy.some((f) => f.project)).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('Lighthouse (mobile) on the calculator served compressed: performance >= 98, a11y 100, best practices >= 95, SEO 100', async () => {
    // Five runs, as Lighthouse's own guidance on variability suggests: one slow run on a busy machine does not decide.
    const { scores } = await medianLighthouse(`${served.url}calculator/`, 5);
    console.log('Lighthouse 12.2.3, mobile, /calculator/, median of 5:', scores);
    expect(checkScores(scores)).toEqual([]);
  }, 360_000);

  it('Lighthouse (mobile) on the portfolio page, both languages: performance >= 98, a11y 100, best practices >= 95, SEO 100', async () => {
    for (const path of ['portfolio/', 'ko/portfolio/']) {
      const { scores } = await medianLighthouse(`${served.url}${path}`, path.startsWith('ko') ? 3 : 5);
      console.log(`Lighthouse 12.2.3, mobile, /${path}, median:`, scores);
      expect(checkScores(scores)).toEqual([]);
    }
  }, 480_000);
});
