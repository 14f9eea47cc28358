import { defineConfig } from 'vitest/config';

// One runner, one project per face. Unit projects run before the builds; e2e projects run on the built output.
const preactJsx = { jsx: 'automatic', jsxImportSource: 'preact' } as const;

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'cli', include: ['packages/cli/src/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'contract', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      {
        test: { name: 'extension', include: ['extension/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
        esbuild: preactJsx,
        // The build-time constants of extension/vite.config.ts, as in the store build with a published site.
        define: { __E2E__: 'false', __SITE_URL__: JSON.stringify('https://refund-desk.example') },
      },
      {
        test: { name: 'site', include: ['site/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
        esbuild: preactJsx,
      },
      {
        test: {
          name: 'e2e-extension',
          include: ['tests/e2e/extension/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e-site',
          include: ['tests/e2e/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
