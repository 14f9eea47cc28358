import { describe, expect, it } from 'vitest';
import { decodeTwice, parsePortalUrl, portalMatchPatterns, portalSiteOfHost } from './portal-url.js';

const ORDER = '6ef59113-3482-40da-8d79-787f823e34bc';
const RES = 'a1b2c3d4-0000-4000-8000-123456789abc';

describe('parsePortalUrl', () => {
  const cases: [string, string, ReturnType<typeof parsePortalUrl>][] = [
    [
      'tenant form',
      `https://portal.azure.com/#@contoso.onmicrosoft.com/resource/providers/Microsoft.Capacity/reservationOrders/${ORDER}/reservations/${RES}/overview`,
      { reservationOrderId: ORDER, reservationId: RES, tenant: 'contoso.onmicrosoft.com' },
    ],
    [
      'lower-case export link',
      `https://portal.azure.com#resource/providers/microsoft.capacity/reservationOrders/${ORDER}/reservations/${RES}/overview`,
      { reservationOrderId: ORDER, reservationId: RES },
    ],
    [
      'order only',
      `https://portal.azure.com/#resource/providers/Microsoft.Capacity/reservationOrders/${ORDER}`,
      { reservationOrderId: ORDER },
    ],
    [
      'view blade with an encoded id',
      `https://portal.azure.com/#view/Microsoft_Azure_Reservations/ReservationDetailsBlade/id/${encodeURIComponent(`/providers/Microsoft.Capacity/reservationOrders/${ORDER}/reservations/${RES}`)}`,
      { reservationOrderId: ORDER, reservationId: RES },
    ],
    [
      'encoded twice, upper-case GUIDs',
      `https://portal.azure.com/#view/X/Y/id/${encodeURIComponent(encodeURIComponent(`/providers/MICROSOFT.CAPACITY/RESERVATIONORDERS/${ORDER.toUpperCase()}`))}`,
      { reservationOrderId: ORDER },
    ],
    ['unrelated page', 'https://portal.azure.com/#browse/resourcegroups', null],
    [
      'savings plan',
      `https://portal.azure.com/#resource/providers/Microsoft.BillingBenefits/savingsPlanOrders/${ORDER}`,
      null,
    ],
    ['not a GUID', 'https://portal.azure.com/#resource/providers/Microsoft.Capacity/reservationOrders/abc', null],
    ['malformed escape', 'https://portal.azure.com/#view/%E0%A4%A', null],
  ];
  for (const [name, url, expected] of cases) {
    it(name, () => expect(parsePortalUrl(url)).toEqual(expected));
  }
  it('never throws on odd input', () => {
    expect(parsePortalUrl(undefined as unknown as string)).toBeNull();
    expect(parsePortalUrl('x'.repeat(10_000))).toBeNull();
  });
});

describe('portal hosts', () => {
  it.each([
    ['portal.azure.com', 'portal'],
    ['PORTAL.AZURE.COM', 'portal'],
    ['ms.portal.azure.com', 'portal'],
    ['a.b-c.portal.azure.com', 'portal'],
    ['portal.azure.us', 'portal'],
    ['partner.microsoft.com', 'partner'],
    ['x.portal.azure.us', null],
    ['evilportal.azure.com', null],
    ['portal.azure.com.evil.example', null],
    ['a_b.portal.azure.com', null],
    ['', null],
  ] as const)('%s -> %s', (host, site) => {
    expect(portalSiteOfHost(host)).toBe(site);
  });

  it('gives browser match patterns for the hosts run from install and those asked for', () => {
    expect(portalMatchPatterns('always')).toEqual(['https://portal.azure.com/*', 'https://partner.microsoft.com/*']);
    expect(portalMatchPatterns('on request')).toEqual(['https://*.portal.azure.com/*', 'https://portal.azure.us/*']);
    expect(portalMatchPatterns()).toHaveLength(4);
  });
});

describe('decodeTwice', () => {
  it('decodes once or twice and leaves a stray percent sign alone', () => {
    expect(decodeTwice('%252Fproviders')).toBe('/providers');
    expect(decodeTwice('%2Fa%2Fb')).toBe('/a/b');
    expect(decodeTwice('100%')).toBe('100%');
    expect(decodeTwice('plain')).toBe('plain');
  });
});
