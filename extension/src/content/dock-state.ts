import type { Side } from './place';
import { readLocal, writeLocal } from './runtime';

// The panel's place, remembered in the extension's storage for every page: which edge, and whether it is minimized.
// One small store: the dock renders from it, the keyboard command and the dock's buttons change it.
export interface DockPlace {
  side: Side;
  minimized: boolean;
}

export const placeKey = 'refund-desk:panel-place';
let place: DockPlace = { side: 'right', minimized: false };
const listeners = new Set<(p: DockPlace) => void>();

export function readPlace(value: unknown): DockPlace {
  const v = (value ?? {}) as Partial<DockPlace>;
  return { side: v.side === 'left' ? 'left' : 'right', minimized: v.minimized === true };
}

export async function loadPlace(): Promise<void> {
  place = readPlace(await readLocal(placeKey).catch(() => undefined));
}

export const currentPlace = (): DockPlace => place;

export function setPlace(next: Partial<DockPlace>): void {
  place = { ...place, ...next };
  for (const listener of listeners) listener(place);
  writeLocal(placeKey, place).catch(() => {});
}

export function watchPlace(listener: (p: DockPlace) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
