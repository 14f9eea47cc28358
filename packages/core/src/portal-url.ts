// Reservation order and reservation IDs out of Azure portal links (portal-pages.md). Pure; never throws.
import { GUID_PATTERN } from './guid.js';
import type { PortalIds } from './types.js';

const ORDER = new RegExp(
  `/providers/microsoft\\.capacity/reservationorders/(${GUID_PATTERN})(?:/reservations/(${GUID_PATTERN}))?(?=$|[/?#&])`,
  'i',
);
const TENANT = /#@([^/]+)\//;

/** Where the faces run: the portal's and Partner Center's hosts, as browser match patterns (portal-pages.md). */
export interface PortalHost {
  /** A host, or "*.host" for the host and every subdomain of it (match-pattern style). */
  readonly pattern: string;
  readonly site: 'portal' | 'partner';
  /** "always": the extension runs there from install; "on request": only once the agent allows the host. */
  readonly access: 'always' | 'on request';
  readonly what: string;
}

export const portalHosts: readonly PortalHost[] = Object.freeze([
  { pattern: 'portal.azure.com', site: 'portal', access: 'always', what: 'Azure portal' },
  { pattern: '*.portal.azure.com', site: 'portal', access: 'on request', what: 'Azure portal under a tenant host' },
  { pattern: 'portal.azure.us', site: 'portal', access: 'on request', what: 'Azure Government portal' },
  { pattern: 'partner.microsoft.com', site: 'partner', access: 'always', what: 'Partner Center' },
]);

/** The hosts as browser match patterns ("https://portal.azure.com/*"), all or those of one kind of access. */
export function portalMatchPatterns(access?: PortalHost['access']): string[] {
  return portalHosts.filter((host) => !access || host.access === access).map((host) => `https://${host.pattern}/*`);
}

const HOST_LABEL = /^[a-z0-9-]+$/;

/** Which site a host name belongs to (any letter case), or null when it is none of `portalHosts`. */
export function portalSiteOfHost(hostname: string): PortalHost['site'] | null {
  if (typeof hostname !== 'string') return null;
  const host = hostname.toLowerCase();
  for (const { pattern, site } of portalHosts) {
    if (host === pattern) return site;
    if (pattern.startsWith('*.')) {
      const base = pattern.slice(2);
      if (host === base) return site;
      const labels = host.endsWith(`.${base}`) ? host.slice(0, -base.length - 1).split('.') : [];
      if (labels.length > 0 && labels.every((label) => HOST_LABEL.test(label))) return site;
    }
  }
  return null;
}

/** Percent-decodes up to twice (portal blade parameters carry encoded ARM ids); malformed escapes stop the decoding. */
export function decodeTwice(text: string): string {
  let decoded = text;
  for (let round = 0; round < 2; round++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return decoded;
}

/**
 * Reads `reservationOrders/{order}[/reservations/{reservation}]` from a portal URL in any of its route forms
 * (`#@tenant/resource/…`, `#resource/…`, `#view/…` with an encoded id), any letter case. Null when none.
 */
export function parsePortalUrl(url: string): PortalIds | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  const decoded = decodeTwice(url);
  const match = ORDER.exec(decoded);
  if (!match) return null;
  const tenant = TENANT.exec(decoded)?.[1];
  return {
    reservationOrderId: match[1]!.toLowerCase(),
    ...(match[2] && { reservationId: match[2].toLowerCase() }),
    ...(tenant && { tenant }),
  };
}
