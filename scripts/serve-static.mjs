// A small static file server for a built site: correct content types, brotli/gzip by Accept-Encoding, the site's own
// 404 page, and only files inside the root. Used by `pnpm start`, the end-to-end tests and the budget script.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
// Pagefind's index fragments (.pf_*) are binary and already compressed.
const compressible = /^(text\/|application\/(json|javascript|xml|manifest)|image\/svg)/;

/** Finds the file a URL path names: a file, or a folder's index.html. Null when there is none. */
async function locate(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file, size: info.size };
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return { file: index, size: indexInfo.size, redirect: !urlPath.endsWith('/') };
  }
  return null;
}

function send(request, response, status, found) {
  const type = types[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  const accepts = String(request.headers['accept-encoding'] ?? '');
  const headers = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': found.file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  let encoder = null;
  if (compressible.test(type) && found.size > 512) {
    if (/\bbr\b/.test(accepts)) {
      encoder = createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts)) {
      encoder = createGzip({ level: 6 });
      headers['content-encoding'] = 'gzip';
    }
  }
  if (!encoder) headers['content-length'] = String(found.size);
  response.writeHead(status, headers);
  if (request.method === 'HEAD') return response.end();
  const source = createReadStream(found.file);
  const done = () => {};
  if (encoder) pipeline(source, encoder, response, done);
  else pipeline(source, response, done);
}

/**
 * Serves `root` on 127.0.0.1. `port` 0 picks any free port; otherwise the first free port from `port` upwards.
 * Resolves to { url, port, close() }.
 */
export async function serveStatic(root, { port = 0, host = '127.0.0.1', tries = 20 } = {}) {
  const base = resolve(root);
  const notFound = await locate(base, '/404.html');
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      const found = await locate(base, url.pathname);
      if (found?.redirect) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      } else if (found) {
        send(request, response, 200, found);
      } else if (notFound) {
        send(request, response, 404, notFound);
      } else {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  const listen = (candidate) =>
    new Promise((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(candidate, host, () => {
        server.off('error', reject);
        resolveListen(server.address().port);
      });
    });
  let bound;
  for (let attempt = 0; bound === undefined; attempt++) {
    try {
      bound = await listen(port === 0 ? 0 : port + attempt);
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= tries) throw error;
    }
  }
  return {
    url: `http://${host}:${bound}/`,
    port: bound,
    // Idle keep-alive connections would hold close() open for seconds; drop them.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
