#!/usr/bin/env node
// Budgets for the built site, printed and checked:
//  1. pages without the calculator load no project JavaScript (no island, none of the island's chunks);
//  2. the calculator page loads at most 20 KB of gzipped JavaScript up front (every script the HTML loads or preloads,
//     inline scripts, the island and its renderer, and their static imports; chunks imported lazily are listed apart);
//  3. the portfolio page loads at most 30 KB of gzipped JavaScript up front (its own script, which loads the app and
//     the worker only when files are given); its module worker (core's import, valuation and planning) is not loaded
//     up front, and is measured and printed as loaded on demand;
//  4. Lighthouse 12.2.3 on the calculator and portfolio pages served compressed, mobile: performance >= 98,
//     accessibility 100, best practices >= 95, SEO 100.
// Run after `pnpm --filter @refund-desk/site build`: `pnpm --filter @refund-desk/site budgets` (add --no-lighthouse to skip 4).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';

const siteRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(siteRoot, 'dist');
export const limits = {
  upFrontGzipBytes: 20 * 1024,
  portfolioUpFrontGzipBytes: 30 * 1024,
  performance: 0.98,
  accessibility: 1,
  'best-practices': 0.95,
  seo: 1,
};

const gz = (text) => gzipSync(text, { level: 9 }).length;

function htmlPages() {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) pages.push(`/${relative(dist, path).split(sep).join('/')}`);
    }
  };
  walk(dist);
  return pages.sort();
}

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;|&#38;/g, '&');

/** A JS file's static imports (they load before it runs) and dynamic imports (they load later), as site paths. */
function importsOf(path) {
  const code = readFileSync(join(dist, path), 'utf8');
  const base = new URL(path, 'http://site');
  const resolveSpec = (spec) => new URL(spec, base).pathname;
  const staticImports = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${}*,\s]+from\s*)?["']([^"']+)["']/g)].map((m) =>
    resolveSpec(m[1]),
  );
  const exportsFrom = [...code.matchAll(/export\s*[{*][^;]*?from\s*["']([^"']+)["']/g)].map((m) => resolveSpec(m[1]));
  const dynamicImports = [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => resolveSpec(m[1]));
  // Vite's worker pattern: new Worker(new URL("/_astro/worker-….js", import.meta.url), …) starts a file of its own.
  const workers = [...code.matchAll(/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["']([^"']+)["']/g)].map((m) =>
    resolveSpec(m[1]),
  );
  return { staticImports: [...staticImports, ...exportsFrom], dynamicImports, workers };
}

/** The portfolio page's own script: Astro names a component's processed script after the component. */
const isPortfolioScript = (file) => /\/Portfolio\.astro_astro_type_script_[^/]*\.js$/.test(file);

/** What one page loads: up-front files (with their static closure), inline script bytes, lazy chunks, island files. */
export function pageScripts(page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const entries = new Set();
  const islandEntries = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src && !/^https?:/.test(src)) entries.add(new URL(src, `http://site${page}`).pathname);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (/rel="modulepreload"/.test(tag)) entries.add(new URL(attr(tag, 'href'), `http://site${page}`).pathname);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(tag, name);
      if (url) islandEntries.add(new URL(url, `http://site${page}`).pathname);
    }
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter(([tag]) => !/type="application\/(ld\+)?json"/.test(tag))
    .map((m) => m[1])
    .join('\n');
  const closure = (roots) => {
    const seen = new Set();
    const lazy = new Set();
    const workers = new Set();
    const visit = (file) => {
      if (seen.has(file) || !file.endsWith('.js')) return;
      seen.add(file);
      const imports = importsOf(file);
      imports.staticImports.forEach(visit);
      for (const d of imports.dynamicImports) lazy.add(d);
      for (const w of imports.workers) workers.add(w);
    };
    roots.forEach(visit);
    return { files: seen, lazy, workers };
  };
  // Project entries: the island's files, and the portfolio page's own script (it mounts no island).
  const projectEntries = new Set([...islandEntries, ...[...entries].filter(isPortfolioScript)]);
  const upFront = closure([...entries, ...islandEntries]);
  // Project files: reached from a project entry and not from Starlight's own scripts (shared helpers are Starlight's).
  const starlight = closure([...entries].filter((file) => !projectEntries.has(file)));
  const project = closure([...projectEntries]);
  for (const file of starlight.files) project.files.delete(file);
  const lazyClosure = closure([...upFront.lazy].filter((f) => !upFront.files.has(f)));
  const lazyFiles = lazyClosure.files;
  for (const file of upFront.files) lazyFiles.delete(file);
  // Of those, the ones the project's own code imports later (the calculator's engine, the portfolio's app).
  const projectLazy = closure([...project.lazy].filter((f) => !upFront.files.has(f))).files;
  // A worker started from any of the page's code (and whatever the worker itself imports) loads only when started.
  const workerFiles = closure([...upFront.workers, ...lazyClosure.workers]).files;
  const size = (file) => gz(readFileSync(join(dist, file)));
  return {
    page,
    islands: (html.match(/<astro-island\b/g) ?? []).length,
    upFront: [...upFront.files].map((file) => ({ file, gzip: size(file), project: project.files.has(file) })),
    inlineGzip: inline.trim() ? gz(inline) : 0,
    lazy: [...lazyFiles].map((file) => ({ file, gzip: size(file), project: projectLazy.has(file) })),
    workers: [...workerFiles].map((file) => ({ file, gzip: size(file), upFront: upFront.files.has(file) })),
  };
}

export function measureJavaScript() {
  const pages = htmlPages().map(pageScripts);
  const calculatorPages = pages.filter((p) => p.page.endsWith('/calculator/index.html'));
  const portfolioPages = pages.filter((p) => p.page.endsWith('/portfolio/index.html'));
  const projectFiles = new Set(
    [...calculatorPages, ...portfolioPages].flatMap((p) => p.upFront.filter((f) => f.project).map((f) => f.file)),
  );
  const problems = [];
  for (const p of pages) {
    const isCalculator = calculatorPages.includes(p);
    const isPortfolio = portfolioPages.includes(p);
    p.total = p.upFront.reduce((sum, f) => sum + f.gzip, 0) + p.inlineGzip;
    p.project = p.upFront.filter((f) => projectFiles.has(f.file)).reduce((sum, f) => sum + f.gzip, 0);
    p.worker = p.workers.reduce((sum, f) => sum + f.gzip, 0);
    if (!isCalculator && !isPortfolio && (p.islands > 0 || p.project > 0))
      problems.push(`${p.page} loads project JavaScript (${p.project} B)`);
    if (isCalculator && p.total > limits.upFrontGzipBytes) {
      problems.push(`${p.page} loads ${p.total} B of gzipped JS up front (limit ${limits.upFrontGzipBytes} B)`);
    }
    if (isPortfolio) {
      if (p.total > limits.portfolioUpFrontGzipBytes)
        problems.push(
          `${p.page} loads ${p.total} B of gzipped JS up front (limit ${limits.portfolioUpFrontGzipBytes} B)`,
        );
      if (p.project === 0) problems.push(`${p.page} has no script of its own: the portfolio tool cannot start`);
      if (p.workers.length === 0) problems.push(`${p.page} starts no worker: core would run on the page's thread`);
      for (const f of p.workers.filter((w) => w.upFront))
        problems.push(`${p.page} loads its worker ${f.file} up front`);
    }
  }
  return { pages, calculatorPages, portfolioPages, problems };
}

const requireFromTests = createRequire(join(siteRoot, '..', 'tests', 'package.json'));

/** Lighthouse (mobile, default throttling) on a URL, with Debian's Chromium through chrome-launcher. */
export async function runLighthouse(url) {
  const lighthousePath = requireFromTests.resolve('lighthouse');
  const lighthouse = (await import(pathToFileURL(lighthousePath).href)).default;
  const fromLighthouse = createRequire(lighthousePath);
  const chromeLauncher = await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result.lhr.categories;
    const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.score]));
    const failing = [];
    for (const [id, category] of Object.entries(categories)) {
      if (category.score === 1) continue;
      for (const ref of category.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}/${ref.id} (${audit.score})`);
      }
    }
    return { scores, failing, metrics: result.lhr.audits.metrics?.details?.items?.[0] ?? {} };
  } finally {
    await chrome.kill();
  }
}

/**
 * Lighthouse scores vary from run to run, more so on a busy 2-core machine; like Lighthouse's own guidance on
 * variability, take the median of several runs per category.
 */
export async function medianLighthouse(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const scores = {};
  for (const id of Object.keys(results[0].scores)) scores[id] = median(results.map((r) => r.scores[id] ?? 0));
  return { scores, runs: results };
}

export function checkScores(scores) {
  return Object.entries(limits)
    .filter(([id]) => id in scores)
    .filter(([id, min]) => scores[id] === null || scores[id] < min)
    .map(([id, min]) => `Lighthouse ${id} ${scores[id]} < ${min}`);
}

async function main() {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const js = measureJavaScript();
  console.log(
    'JavaScript per page (gzipped, up front; "project" = the calculator island, the portfolio script and their chunks):',
  );
  for (const p of js.pages) {
    console.log(
      `  ${p.page.padEnd(40)} ${kb(p.total).padStart(9)}  project ${kb(p.project).padStart(8)}  islands ${p.islands}`,
    );
  }
  for (const p of js.calculatorPages) {
    console.log(
      `\n${p.page}: up front ${kb(p.total)} (limit ${kb(limits.upFrontGzipBytes)}), inline ${kb(p.inlineGzip)}`,
    );
    for (const f of p.upFront)
      console.log(`    ${f.project ? 'project ' : 'starlight'} ${kb(f.gzip).padStart(8)}  ${f.file}`);
    for (const f of p.lazy) console.log(`    lazy      ${kb(f.gzip).padStart(8)}  ${f.file}`);
  }
  for (const p of js.portfolioPages) {
    console.log(
      `\n${p.page}: up front ${kb(p.total)} (limit ${kb(limits.portfolioUpFrontGzipBytes)}), inline ${kb(p.inlineGzip)}; on demand, once files are given: app ${kb(p.lazy.filter((f) => f.project).reduce((sum, f) => sum + f.gzip, 0))}, worker ${kb(p.worker)}`,
    );
    for (const f of p.upFront)
      console.log(`    ${f.project ? 'project ' : 'starlight'} ${kb(f.gzip).padStart(8)}  ${f.file}`);
    for (const f of p.lazy)
      console.log(`    ${f.project ? 'lazy app ' : 'lazy     '} ${kb(f.gzip).padStart(8)}  ${f.file}`);
    for (const f of p.workers)
      console.log(`    ${f.upFront ? 'WORKER UP FRONT' : 'worker   '} ${kb(f.gzip).padStart(8)}  ${f.file}`);
  }
  const problems = [...js.problems];
  if (!process.argv.includes('--no-lighthouse')) {
    const server = await serveStatic(dist, { port: 0 });
    try {
      for (const path of ['calculator/', 'ko/calculator/', 'portfolio/', 'ko/portfolio/']) {
        const { scores, runs } = await medianLighthouse(`${server.url}${path}`);
        console.log(`\nLighthouse 12.2.3, mobile, ${path}, median of ${runs.length} runs:`, scores);
        for (const { scores: run, failing, metrics: m } of runs) {
          console.log(
            `  run: performance ${run.performance}, FCP ${m.firstContentfulPaint} ms, LCP ${m.largestContentfulPaint} ms, TBT ${m.totalBlockingTime} ms, CLS ${m.cumulativeLayoutShift}`,
          );
          if (failing.length > 0) console.log(`    audits below 1: ${failing.join(', ')}`);
        }
        problems.push(...checkScores(scores).map((p) => `${path}: ${p}`));
      }
    } finally {
      await server.close();
    }
  }
  if (problems.length > 0) {
    console.error(`\nBudgets NOT met:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets met.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
