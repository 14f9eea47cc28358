// Set by vite.config.ts: true only in the end-to-end test build (open shadow roots).
declare const __E2E__: boolean;
