// The static server for a built site, on maintained parts: sirv finds the files (content types, only files inside the
// root, a folder's index.html) and compression encodes them with brotli or gzip as the browser asks. This file adds
// what a static host does for the site: the trailing-slash redirect, the site's own 404 page, cache headers.
// Used by `pnpm start`, the end-to-end tests and the budget script.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** "/ko" when ROOT/ko/index.html exists: a folder asked for without its slash (its relative links need the slash). */
function folderWithoutSlash(root, pathname) {
  if (pathname.endsWith('/') || /\.[^/]*$/.test(pathname)) return false;
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const index = resolve(root, `.${decoded}`, 'index.html');
  return index.startsWith(root + sep) && existsSync(index);
}

/**
 * Serves `root` on 127.0.0.1. `port` 0 picks any free port; otherwise the first free port from `port` upwards.
 * Resolves to { url, port, close() }. The files are listed once, at start: serve a finished build.
 */
export async function serveStatic(root, { port = 0, host = '127.0.0.1', tries = 20 } = {}) {
  const base = resolve(root);
  const files = sirv(base, {
    etag: true,
    setHeaders(response, pathname) {
      response.setHeader('X-Content-Type-Options', 'nosniff');
      // Astro's hashed assets never change under the same name; pages may.
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const notFoundFile = join(base, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : null;
  // Pagefind's index fragments have no registered type and are compressed already: compression leaves them alone.
  const compress = compression({ threshold: 512 });

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (folderWithoutSlash(base, url.pathname)) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    compress(request, response, () =>
      files(request, response, () => {
        response.statusCode = 404;
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.setHeader('Cache-Control', 'no-cache');
        if (notFound) {
          response.setHeader('Content-Type', 'text/html;charset=utf-8');
          response.end(request.method === 'HEAD' ? undefined : notFound);
        } else {
          response.setHeader('Content-Type', 'text/plain;charset=utf-8');
          response.end('Not found');
        }
      }),
    );
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
