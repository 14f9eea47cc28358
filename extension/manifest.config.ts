import { defineManifest } from '@crxjs/vite-plugin';
import { portalMatchPatterns } from '@refund-desk/core';
import { iconPath, iconSizes } from './scripts/icons.mjs';

// One manifest, three targets. Only the background form (Firefox) and the e2e test match differ.
export type Target = 'chrome' | 'firefox' | 'e2e';

// Core's one list of portal hosts: where the script always runs, and the hosts the agent may allow from the options.
export const portalMatches = portalMatchPatterns('always');
export const optionalHosts = portalMatchPatterns('on request');
/** The keyboard command that opens and closes the panel (the background passes it to the tab). */
export const togglePanelCommand = 'toggle-panel';
// Drawn at build time by scripts/icons.mjs (vite.config.ts emits them).
const icons = Object.fromEntries(iconSizes.map((size: number) => [String(size), iconPath(size)]));
// Fixture pages for end-to-end tests; only in the e2e build.
export const e2eMatches = ['http://127.0.0.1/*'];

// Extension pages: own scripts and styles only, nothing fetched, nothing framed.
const extensionPagesCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function manifestFor(target: Target) {
  const background =
    target === 'firefox'
      ? { scripts: ['src/background/index.ts'], type: 'module' as const }
      : { service_worker: 'src/background/index.ts', type: 'module' as const };
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Refund Desk',
    description: '__MSG_extDescription__',
    version: '0.1.0',
    default_locale: 'en',
    permissions: ['storage'],
    // Asked for only with the optional hosts, to run the content script there.
    optional_permissions: ['scripting'],
    optional_host_permissions: optionalHosts,
    background,
    content_scripts: [
      {
        matches: target === 'e2e' ? [...portalMatches, ...e2eMatches] : portalMatches,
        js: ['src/content/index.ts'],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    icons,
    action: { default_popup: 'src/pages/popup/index.html', default_title: '__MSG_extName__', default_icon: icons },
    commands: {
      [togglePanelCommand]: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    options_ui: { page: 'src/pages/options/index.html', open_in_tab: true },
    content_security_policy: { extension_pages: extensionPagesCsp },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'refund-desk@refund-desk.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  } as Parameters<typeof defineManifest>[0]);
}
