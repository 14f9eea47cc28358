import { describe, expect, it } from 'vitest';
import { type Box, panelWidth, place } from './place';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('place', () => {
  for (const width of [1024, 1280, 1920]) {
    it(`never covers the Essentials or a right-side pane at ${width} px`, () => {
      const viewport = { width, height: 800 };
      const essentials = box(260, 90, width - 20, 230);
      const pane = box(width - 480, 40, width, 800);
      for (const side of ['left', 'right'] as const) {
        for (const panes of [[], [pane]]) {
          const p = place({ viewport, side, topBar: box(0, 0, width, 40), essentials, panes });
          const left = p.side === 'left' ? 8 : width - 8 - p.width;
          const panel = box(left, p.top, left + p.width, p.top + p.maxHeight);
          expect(overlaps(panel, essentials), `${side} ${panes.length}`).toBe(false);
          for (const q of panes) expect(overlaps(panel, q)).toBe(false);
          expect(panel.bottom).toBeLessThanOrEqual(viewport.height);
        }
      }
    });
  }

  it('keeps the chosen edge when nothing is in the way, and moves off a pane', () => {
    const viewport = { width: 1280, height: 800 };
    expect(place({ viewport, side: 'left', topBar: null, essentials: null, panes: [] })).toMatchObject({
      side: 'left',
      top: 8,
    });
    const pane = box(900, 40, 1280, 800);
    expect(place({ viewport, side: 'right', topBar: null, essentials: null, panes: [pane] }).side).toBe('left');
  });

  it('sizes the panel to the window within bounds', () => {
    expect(panelWidth(1024)).toBe(320);
    expect(panelWidth(1920)).toBe(380);
    expect(panelWidth(600)).toBe(280);
  });
});
