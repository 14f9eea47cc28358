// Which site a URL belongs to. The e2e build also accepts fixture pages on 127.0.0.1 under /portal/ and /partner/.
export type Site = { site: 'portal' | 'partner'; hash: string; path: string };

const portalHost = /^(?:[a-z0-9-]+\.)*portal\.azure\.com$|^portal\.azure\.us$/;

export function siteOf(url: URL, allowLocalFixtures: boolean): Site | null {
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'https:' && portalHost.test(host)) return { site: 'portal', hash: url.hash, path: url.pathname };
  if (url.protocol === 'https:' && host === 'partner.microsoft.com')
    return { site: 'partner', hash: url.hash, path: url.pathname };
  if (allowLocalFixtures && url.protocol === 'http:' && host === '127.0.0.1') {
    if (url.pathname.startsWith('/portal/')) return { site: 'portal', hash: url.hash, path: url.pathname.slice(7) };
    if (url.pathname.startsWith('/partner/')) return { site: 'partner', hash: url.hash, path: url.pathname.slice(8) };
  }
  return null;
}
