import type { TabMessage } from '../messages';

// The keyboard command: the background has no panel of its own, so it tells the active tab's content script.
export const togglePanelCommand = 'toggle-panel';

export interface TabsApi {
  tabs: {
    query(q: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: TabMessage): Promise<unknown>;
  };
}

/** Sends 'panel/toggle' to the active tab; false when the command is another or no tab can hear it. */
export async function togglePanel(command: string, api: TabsApi): Promise<boolean> {
  if (command !== togglePanelCommand) return false;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    await api.tabs.sendMessage(tab.id, { type: 'panel/toggle' });
    return true;
  } catch {
    // No content script in that tab (not a portal page): nothing to open.
    return false;
  }
}
