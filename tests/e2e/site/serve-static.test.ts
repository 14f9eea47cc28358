// The static server behind `pnpm start`, the tests and the budgets: types, compression, 404 page, nothing outside the root.

import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serveSite, siteDist } from './harness.js';

let served: Served;
beforeAll(async () => {
  served = await serveSite();
});
afterAll(async () => {
  await served?.close();
});

/** The media type and charset of a Content-Type header ("text/html;charset=utf-8" → "text/html; charset=utf-8"). */
const typeOf = (header: string | string[] | undefined) =>
  String(header ?? '')
    .toLowerCase()
    .split(';')
    .map((part) => part.trim())
    .join('; ');

/** A raw GET (fetch would decompress for us and hide what the server sent). */
function get(path: string, encoding = '') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${served.url}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('serve-static', () => {
  it('serves pages with brotli or gzip as the browser asks, and plain otherwise', async () => {
    const br = await get('calculator/', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(typeOf(br.headers['content-type'])).toBe('text/html; charset=utf-8');
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(br.body).toString();
    expect(html).toContain('<astro-island');

    const gz = await get('ko/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('lang="ko"');

    const plain = await get('');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<html');
  });

  it('names script, style and WebAssembly types correctly', async () => {
    const astro = readdirSync(join(siteDist, '_astro'));
    const js = astro.find((f) => f.endsWith('.js'))!;
    const script = await get(`_astro/${js}`, 'br');
    expect(typeOf(script.headers['content-type'])).toMatch(/^text\/javascript(; charset=utf-8)?$/);
    // Hashed assets are cached for good, and scripts compressed.
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    if (script.body.length > 1024) expect(script.headers['content-encoding']).toBe('br');
    const wasm = readdirSync(join(siteDist, 'pagefind')).find((f) => f.endsWith('.wasm'));
    if (wasm) expect(typeOf((await get(`pagefind/${wasm}`)).headers['content-type'])).toBe('application/wasm');
    expect(typeOf((await get('favicon.svg')).headers['content-type'])).toBe('image/svg+xml');
  });

  it('answers unknown paths with the site 404 page, and never serves files outside the site', async () => {
    const missing = await get('no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('404');
    expect(typeOf(missing.headers['content-type'])).toBe('text/html; charset=utf-8');
    for (const path of ['../package.json', '..%2f..%2fpackage.json', '%2e%2e/%2e%2e/README.md']) {
      const escaped = await get(path);
      expect(escaped.status, path).toBe(404);
      expect(escaped.body.toString(), path).not.toContain('"name"');
    }
  });

  it('redirects a folder without its trailing slash', async () => {
    const res = await get('ko');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/ko/');
  });
});
