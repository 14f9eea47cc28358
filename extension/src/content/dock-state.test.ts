import { describe, expect, it } from 'vitest';
import { readPlace } from './dock-state';

describe('the panel place read back from storage', () => {
  it('keeps a valid side and minimized flag', () => {
    expect(readPlace({ side: 'left', minimized: true })).toEqual({ side: 'left', minimized: true });
  });

  it('falls back to the right edge, open, for anything else', () => {
    for (const value of [undefined, null, 'left', { side: 'top' }, { minimized: 'yes' }]) {
      expect(readPlace(value)).toEqual({ side: 'right', minimized: false });
    }
  });
});
