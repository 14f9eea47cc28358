import { portalMatchPatterns } from '@refund-desk/core';
import { browser, type Runtime } from '../browser';
import { changeKey } from '../shapes';
import { togglePanel } from './commands';
import { connection } from './db-connection';
import { forgetLookups } from './lookup-read';
import { route } from './router';

// Background worker: owns IndexedDB and the session store, answers validated messages, makes no network request.
const db = connection();
let seq = 0;

// Optional portal hosts: once the agent allows them (options page), run the same content script there too.
const otherPortals = {
  permissions: ['scripting'],
  origins: portalMatchPatterns('on request'),
};
async function registerOtherPortals(): Promise<void> {
  if (!(await browser.permissions.contains(otherPortals))) return;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: ['other-portals'] });
  if (registered.length) return;
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  await browser.scripting.registerContentScripts([
    { id: 'other-portals', matches: otherPortals.origins, js, runAt: 'document_idle', allFrames: false },
  ]);
}
browser.permissions.onAdded.addListener(() => {
  registerOtherPortals().catch(() => {});
});
browser.runtime.onStartup.addListener(() => {
  registerOtherPortals().catch(() => {});
});

// Every change broadcast empties the lookup cache too (the router already does so around its own writes).
browser.storage.onChanged.addListener((changes) => {
  if (changeKey in changes) forgetLookups();
});

// The keyboard command (manifest `commands`, 'toggle-panel') opens or minimizes the panel of the active tab.
browser.commands.onCommand.addListener((command: string) => {
  togglePanel(command, browser).catch(() => {});
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender, {
    db: () => db.get(),
    dbState: () => db.state(),
    // Every tab and extension page hears changes through storage.onChanged (pages/shared/changes.ts).
    async notify(notice) {
      await browser.storage.local.set({ [changeKey]: { ...notice, seq: Date.now() * 1000 + (seq++ % 1000) } });
    },
    async setBadge(tabId, text) {
      await browser.action.setBadgeText({ tabId, text });
    },
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    allowLocalFixtures: __E2E__,
    session: {
      async get(key) {
        const value = (await browser.storage.session.get(key))[key];
        return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      },
      async set(key, value) {
        await browser.storage.session.set({ [key]: value });
      },
    },
    async openOptions(tenantId) {
      const page = browser.runtime.getURL('src/pages/options/index.html');
      await browser.tabs.create({ url: tenantId ? `${page}#add=${tenantId}` : page });
    },
    newId: () => crypto.randomUUID(),
  }),
);
