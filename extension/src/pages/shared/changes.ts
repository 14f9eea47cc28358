import { browser } from '../../browser';
import { type ChangeKind, type ChangeNotice, changeKey } from '../../shapes';

// Every open tab and extension page hears what the background changed, without reload: the background writes a notice
// under one storage.local key, and storage.onChanged reaches content scripts and extension pages alike.

export function readNotice(value: unknown): ChangeNotice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, what, tenantIds } = value as Partial<ChangeNotice>;
  if (typeof seq !== 'number' || !Array.isArray(what) || !Array.isArray(tenantIds)) return null;
  return {
    seq,
    what: what.filter((w) => typeof w === 'string'),
    tenantIds: tenantIds.filter((t) => typeof t === 'string'),
  };
}

/** Calls `listener` after each change of one of `kinds` (all when omitted); returns the function that stops it. */
export function onChange(listener: (notice: ChangeNotice) => void, kinds?: readonly ChangeKind[]): () => void {
  const heard = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[changeKey]) return;
    const notice = readNotice(changes[changeKey].newValue);
    if (notice && (!kinds || notice.what.some((w) => kinds.includes(w)))) listener(notice);
  };
  browser.storage.onChanged.addListener(heard);
  return () => browser.storage.onChanged.removeListener(heard);
}
