// Set by vite.config.ts: true only in the end-to-end test build (open shadow roots).
declare const __E2E__: boolean;
// Set by vite.config.ts from REFUND_DESK_SITE_URL: the published policy site, or '' when there is none.
declare const __SITE_URL__: string;
