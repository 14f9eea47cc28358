// The public documents the rule book cites (docs/rules.md), from core's list. Pages cite them as S1…S7; only the
// ones with an address are listed and linked.
import { sources as citedSources, type SourceId } from '@refund-desk/core';

export interface Source {
  id: SourceId;
  title: string;
  url: string;
}

export const sources: readonly Source[] = (Object.keys(citedSources) as SourceId[]).flatMap((id) => {
  const { title, url } = citedSources[id];
  return url ? [{ id, title, url }] : [];
});

/** The S-id for a source link, or the link itself when it is not one of ours. */
export function sourceLabel(url: string): string {
  return sources.find((source) => source.url === url)?.id ?? url;
}

export function sourceById(id: string): Source | undefined {
  return sources.find((source) => source.id === id);
}
