import { describe, expect, it } from 'vitest';
import { parsePortalUrl } from './portal-url.js';

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
