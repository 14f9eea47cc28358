// Which site a URL belongs to: core's list of portal hosts (portalHosts). The e2e build also accepts fixture pages on
// 127.0.0.1 under /portal/ and /partner/.
import { portalSiteOfHost } from '@refund-desk/core';

export type Site = { site: 'portal' | 'partner'; hash: string; path: string };

export function siteOf(url: URL, allowLocalFixtures: boolean): Site | null {
  const host = url.hostname.toLowerCase();
  const site = url.protocol === 'https:' ? portalSiteOfHost(host) : null;
  if (site) return { site, hash: url.hash, path: url.pathname };
  if (allowLocalFixtures && url.protocol === 'http:' && host === '127.0.0.1') {
    if (url.pathname.startsWith('/portal/')) return { site: 'portal', hash: url.hash, path: url.pathname.slice(7) };
    if (url.pathname.startsWith('/partner/')) return { site: 'partner', hash: url.hash, path: url.pathname.slice(8) };
  }
  return null;
}
