// Builds the three targets one after another: dist (Chrome, Edge), dist-firefox, dist-e2e (tests only).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox', 'e2e'];

for (const mode of targets) {
  const started = performance.now();
  await build({ root, mode, configFile: `${root}vite.config.ts`, logLevel: 'warn' });
  console.log(`built ${mode} in ${Math.round(performance.now() - started)} ms`);
}
