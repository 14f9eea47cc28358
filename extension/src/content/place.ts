// Where the panel goes so that it never covers the portal's Essentials or the portal's own right-side panes: it docks
// to the edge the agent chose, moves to the other edge while a portal pane holds that one, and starts below the
// Essentials when it would otherwise lie over them. Pure: rectangles in, a placement out.
export type Side = 'left' | 'right';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlaceInput {
  viewport: { width: number; height: number };
  side: Side;
  /** The portal's top bar, the Essentials block and any open right-side panes, as found on the page. */
  topBar: Box | null;
  essentials: Box | null;
  panes: Box[];
}

export interface Placement {
  side: Side;
  top: number;
  width: number;
  maxHeight: number;
}

const gap = 8;

/** The panel's width: a third of the window, between 280 and 380 px (so 1024 px still leaves the blade readable). */
export function panelWidth(viewportWidth: number): number {
  return Math.round(Math.min(380, Math.max(280, viewportWidth / 3.2)));
}

function overlapsX(a: Box, left: number, right: number): boolean {
  return a.left < right && a.right > left;
}

export function place(input: PlaceInput): Placement {
  const { viewport, topBar, essentials, panes } = input;
  const width = panelWidth(viewport.width);
  const span = (side: Side) =>
    side === 'left' ? [gap, gap + width] : [viewport.width - gap - width, viewport.width - gap];
  const blocked = (side: Side) => panes.some((p) => overlapsX(p, span(side)[0]!, span(side)[1]!));
  // A pane on the chosen edge sends the panel to the other one; if both are held, it keeps the chosen edge.
  const side =
    blocked(input.side) && !blocked(input.side === 'left' ? 'right' : 'left')
      ? input.side === 'left'
        ? 'right'
        : 'left'
      : input.side;
  const [left, right] = span(side) as [number, number];
  let top = (topBar?.bottom ?? 0) + gap;
  if (essentials && overlapsX(essentials, left, right)) top = Math.max(top, essentials.bottom + gap);
  // Never pushed so low that nothing shows: at least 160 px of panel stay on screen.
  top = Math.min(top, Math.max(gap, viewport.height - 160));
  return { side, top: Math.round(top), width, maxHeight: Math.max(120, Math.round(viewport.height - top - gap)) };
}
