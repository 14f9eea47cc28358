// Store-ready zips of the Chrome/Edge and Firefox builds (run `pnpm build` first), in extension/artifacts/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
mkdirSync(`${root}artifacts`, { recursive: true });

for (const [dir, label] of [
  ['dist', 'chrome'],
  ['dist-firefox', 'firefox'],
]) {
  if (!existsSync(`${root}${dir}/manifest.json`)) {
    console.error(`${dir}/manifest.json is missing: run the build first`);
    process.exit(1);
  }
  const zip = zipDirectory(`${root}${dir}`);
  const out = `${root}artifacts/refund-desk-${version}-${label}.zip`;
  writeFileSync(out, zip);
  console.log(`${out} (${zip.length} bytes)`);
}
