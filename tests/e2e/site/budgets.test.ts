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
  lazy: { file: string; gzip: number }[];
}

let served: Served;
beforeAll(async () => {
  served = await serveSite();
});
afterAll(async () => {
  await served?.close();
});

describe('budgets', () => {
  it('pages without the calculator load no project JavaScript; the calculator loads at most 20 KB gzipped up front', () => {
    const { pages, calculatorPages, problems } = measureJavaScript() as {
      pages: PageScripts[];
      calculatorPages: PageScripts[];
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

  it('Lighthouse (mobile) on the calculator served compressed: performance >= 98, a11y 100, best practices >= 95, SEO 100', async () => {
    // Five runs, as Lighthouse's own guidance on variability suggests: one slow run on a busy machine does not decide.
    const { scores } = await medianLighthouse(`${served.url}calculator/`, 5);
    console.log('Lighthouse 12.2.3, mobile, /calculator/, median of 5:', scores);
    expect(checkScores(scores)).toEqual([]);
  }, 360_000);
});
