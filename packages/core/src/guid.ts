// The one GUID check of every face: Azure's reservation, order and tenant IDs are GUIDs, matched case-insensitively
// and kept lower-case.

/** The pattern without anchors, for building larger patterns (portal links). */
export const GUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const WHOLE_GUID = new RegExp(`^${GUID_PATTERN}$`);

export function isGuid(text: string): boolean {
  return WHOLE_GUID.test(text);
}

/** The GUID in lower case, or undefined when `value` is not one (surrounding spaces and braces are forgiven). */
export function normalizeGuid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/^\{(.*)\}$/, '$1');
  return isGuid(text) ? text.toLowerCase() : undefined;
}
