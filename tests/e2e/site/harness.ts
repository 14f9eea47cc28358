// Shared set-up for the site's end-to-end tests: the built site served on a free 127.0.0.1 port, Debian's Chromium.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium.mjs';
// @ts-expect-error: a plain ESM script shared with `pnpm start`; it has no type declarations.
import { serveStatic } from '../../../scripts/serve-static.mjs';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
export const siteDist = join(repoRoot, 'site', 'dist');

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serveSite(): Promise<Served> {
  if (!statSync(join(siteDist, 'index.html'), { throwIfNoEntry: false })) {
    throw new Error(`No built site in ${siteDist}: run \`pnpm --filter @refund-desk/site build\` first.`);
  }
  return serveStatic(siteDist, { port: 0 });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumFlags],
  });
}

/** Every built page as a site path ("/", "/ko/calculator/"), Pagefind's own files left out. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(siteDist, path).split(sep).join('/');
        pages.push(`/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(siteDist);
  return pages.sort();
}

export function readPage(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(siteDist, file), 'utf8');
}

// ---- The contract's worked cases, turned into calculator links by this test's own reading of the URL format. ----

type Json = Record<string, unknown>;
export interface Vector {
  id: string;
  kind: 'refund' | 'exchange' | 'cap' | string;
  request: Json;
  expect: { ok: boolean; value?: Json; errors?: { code: string; field?: string }[] };
}

export function loadVectors(): Vector[] {
  const file = resolve(repoRoot, 'tests', 'vectors.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] }).vectors;
}

const amountOf = (money: unknown) => (money as { amount: string }).amount;

/** The calculator query for a vector's request (the URL format documented in site/src/calculator/state.ts). */
export function vectorQuery(vector: Vector): string {
  const r = vector.request;
  const q = new URLSearchParams({ v: '1', mode: vector.kind, date: String(r.date) });
  if (r.policy) q.set('policy', String(r.policy));
  for (const entry of (r.ledger as Json[] | undefined) ?? [])
    q.append('ledger', `${entry.date}:${amountOf(entry.amount)}`);
  if (vector.kind === 'refund') {
    const res = r.reservation as Json;
    const price = res.price as { amount: string; currency: string };
    q.set('product', String(res.product));
    q.set('term', String(res.term));
    q.set('plan', String(res.billingPlan));
    q.set('start', String(res.start));
    q.set('quantity', String(res.quantity));
    q.set('price', price.amount);
    q.set('currency', price.currency);
    if (res.currentPrice) q.set('current', amountOf(res.currentPrice));
    if (res.usdPerUnit) q.set('rate', String(res.usdPerUnit));
    if (res.used !== undefined) q.set('used', String(res.used));
    if (r.fee) q.set('fee', String(r.fee));
    if (r.quantity !== undefined) q.set('returnQuantity', String(r.quantity));
    if (res.originalQuantity !== undefined) q.set('originalQuantity', String(res.originalQuantity));
  }
  if (vector.kind === 'exchange') {
    const returns = r.returns as { reservation: Json; quantity?: number }[];
    const purchases = r.purchases as Json[];
    q.set('currency', (returns[0]!.reservation.price as { currency: string }).currency);
    for (const { reservation: res, quantity } of returns) {
      const fields = [res.product, res.term, res.billingPlan, res.start, res.quantity, amountOf(res.price)];
      fields.push(quantity ?? '', res.currentPrice ? amountOf(res.currentPrice) : '');
      q.append('return', fields.join(','));
    }
    for (const p of purchases) q.append('buy', [p.product, p.term, p.billingPlan, amountOf(p.price)].join(','));
  }
  return q.toString();
}

/** Flattens an expected value into contract paths; money becomes its amount string, error lists stay whole. */
export function expectedLeaves(value: Json, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (key === 'errors') leaves.set(path, child);
    else if (Array.isArray(child)) {
      child.forEach((item, i) => {
        for (const [p, v] of expectedLeaves(item as Json, `${path}[${i}]`)) leaves.set(p, v);
      });
    } else if (child && typeof child === 'object' && 'amount' in child && 'currency' in child) {
      leaves.set(path, (child as { amount: string }).amount);
    } else if (child && typeof child === 'object') {
      for (const [p, v] of expectedLeaves(child as Json, path)) leaves.set(p, v);
    } else leaves.set(path, child);
  }
  return leaves;
}

/** The lengths of an expected value's lists other than errors (refills…): the contract fixes their length and order. */
export function expectedListLengths(value: Json, prefix = ''): Map<string, number> {
  const lengths = new Map<string, number>();
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (key === 'errors') continue;
    if (Array.isArray(child)) {
      lengths.set(path, child.length);
      child.forEach((item, i) => {
        if (item && typeof item === 'object') {
          for (const [p, n] of expectedListLengths(item as Json, `${path}[${i}]`)) lengths.set(p, n);
        }
      });
    } else if (child && typeof child === 'object') {
      for (const [p, n] of expectedListLengths(child as Json, path)) lengths.set(p, n);
    }
  }
  return lengths;
}
