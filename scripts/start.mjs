// `pnpm start`: build everything, serve the built site on 127.0.0.1, and say where the built extension is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-static.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const build = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error(`The build failed (exit status ${build.status ?? build.signal}); nothing to serve.`);
  process.exit(build.status ?? 1);
}

const site = join(root, 'site', 'dist');
const server = await serveStatic(site, { port: Number(process.env.PORT ?? 4321) });
const extension = (folder) => {
  const path = join(root, 'extension', folder);
  return existsSync(path) ? path : `${path} (not built)`;
};

console.log(`
Refund Desk is ready.

  Site:       ${server.url}
  Calculator: ${server.url}calculator/   (한국어: ${server.url}ko/calculator/)

  Load the browser extension unpacked from:
    Chromium / Edge: ${extension('dist')}
    Firefox:         ${extension('dist-firefox')}

Press Ctrl+C to stop.`);

const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
