import { describe, expect, it } from 'vitest';
import { togglePanelCommand as manifestCommand } from '../../manifest.config';
import { togglePanel, togglePanelCommand } from './commands';

function tabs(active: { id?: number }[], fails = false) {
  const sent: [number, unknown][] = [];
  return {
    sent,
    api: {
      tabs: {
        query: async () => active,
        sendMessage: async (id: number, message: unknown) => {
          if (fails) throw new Error('Could not establish connection. Receiving end does not exist.');
          sent.push([id, message]);
        },
      },
    },
  };
}

describe('togglePanel', () => {
  it('is the command the manifest declares', () => {
    expect(togglePanelCommand).toBe(manifestCommand);
  });

  it('sends panel/toggle to the active tab', async () => {
    const t = tabs([{ id: 42 }]);
    expect(await togglePanel('toggle-panel', t.api)).toBe(true);
    expect(t.sent).toEqual([[42, { type: 'panel/toggle' }]]);
  });

  it('ignores other commands and tabs without an id or a content script', async () => {
    const other = tabs([{ id: 1 }]);
    expect(await togglePanel('_execute_action', other.api)).toBe(false);
    expect(other.sent).toEqual([]);
    expect(await togglePanel('toggle-panel', tabs([{}]).api)).toBe(false);
    expect(await togglePanel('toggle-panel', tabs([]).api)).toBe(false);
    expect(await togglePanel('toggle-panel', tabs([{ id: 3 }], true).api)).toBe(false);
  });
});
