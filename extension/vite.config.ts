import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor, type Target } from './manifest.config';
import { drawIcon, iconPath, iconSizes } from './scripts/icons.mjs';

// `mode` picks the target: chrome (dist), firefox (dist-firefox), e2e (dist-e2e).
export const outDirs: Record<Target, string> = { chrome: 'dist', firefox: 'dist-firefox', e2e: 'dist-e2e' };

/** REFUND_DESK_SITE_URL (https only, no trailing slash), or '' when the site is not published anywhere. */
function siteUrl(): string {
  const url = process.env.REFUND_DESK_SITE_URL?.trim().replace(/\/+$/, '') ?? '';
  if (url && !url.startsWith('https://'))
    throw new Error(`REFUND_DESK_SITE_URL must be an https address, not "${url}"`);
  return url;
}

/** Draws the icons (scripts/icons.mjs) into the bundle; crxjs then finds them there instead of on disk. */
function icons(): Plugin {
  return {
    name: 'refund-desk-icons',
    buildStart() {
      for (const size of iconSizes) this.emitFile({ type: 'asset', fileName: iconPath(size), source: drawIcon(size) });
    },
  };
}

/**
 * V8's explicit compile hint on the content script: its functions are compiled as the script loads (at document_idle,
 * while the page is idle) instead of on their first call, which for most of them is the navigation that shows the
 * panel (about 1.5 ms of that frame on the size check's machine). Written once the bundle is out: the minifier drops
 * comments. Browsers other than Chromium's read it as a comment.
 */
function compileHint(outDir: string): Plugin {
  const hint = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'refund-desk-compile-hint',
    apply: 'build',
    closeBundle() {
      // Missing only when the build failed (this hook runs then too): that failure is the one to report.
      const file = join(import.meta.dirname, outDir, 'src/content/index.js');
      if (!existsSync(file)) return;
      const code = readFileSync(file, 'utf8');
      if (!code.startsWith(hint)) writeFileSync(file, hint + code);
    },
  };
}

function asTarget(mode: string): Target {
  if (mode === 'chrome' || mode === 'firefox' || mode === 'e2e') return mode;
  throw new Error(`unknown build mode "${mode}": use chrome, firefox or e2e`);
}

export default defineConfig(({ mode }) => {
  const target = asTarget(mode === 'production' ? 'chrome' : mode);
  return {
    root: import.meta.dirname,
    // The JSX transform is set on esbuild (not a plugin) so crxjs's separate IIFE build of the content script gets it too.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: {
      __E2E__: JSON.stringify(target === 'e2e'),
      // Where the policy site is published, if it is: the panel then links the policy to its page there.
      __SITE_URL__: JSON.stringify(siteUrl()),
    },
    publicDir: false,
    build: {
      outDir: outDirs[target],
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      chunkSizeWarningLimit: 200,
    },
    plugins: [
      icons(),
      crx({
        manifest: manifestFor(target),
        browser: target === 'firefox' ? 'firefox' : 'chrome',
        // One self-contained content script: no loader, no chunks exposed to pages, styles only in the shadow root.
        contentScripts: { injectCss: false, standaloneFiles: ['src/content/index.ts'] },
      }),
      compileHint(outDirs[target]),
    ],
  };
});
