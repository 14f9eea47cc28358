import { describe, expect, it } from 'vitest';
import { detectPage } from './index';

const order = '11111111-2222-4333-8444-555555555555';
const reservation = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const tenant = '0f0e0d0c-0b0a-4908-8706-050403020100';
const armOrder = `/providers/Microsoft.Capacity/reservationOrders/${order}`;
const armReservation = `${armOrder}/reservations/${reservation}`;
const once = encodeURIComponent(armReservation);
const twice = encodeURIComponent(once);

const both = { kind: 'reservation', reservationOrderId: order, reservationId: reservation };
const orderOnly = { kind: 'reservation', reservationOrderId: order };

// [url, expected kind and ids (null: the extension does nothing)]
const table: [string, object | null][] = [
  // reservation detail: the three route forms, any case, encoded once or twice
  [`https://portal.azure.com/#@contoso.onmicrosoft.com/resource${armReservation}/overview`, both],
  [`https://portal.azure.com/#resource${armReservation}/overview`, both],
  [`https://portal.azure.com#resource${armReservation.toLowerCase()}/overview`, both],
  [`https://portal.azure.com/#resource${armReservation.toUpperCase().replace('/PROVIDERS', '/providers')}`, both],
  [`https://portal.azure.com/#view/Microsoft_Azure_Reservations/ReservationDetailsBlade/reservationId/${once}`, both],
  [`https://portal.azure.com/#view/Microsoft_Azure_Reservations/ReservationDetailsBlade/reservationId/${twice}`, both],
  [`https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Reservations/X/id/${twice}`, both],
  [`https://portal.azure.com/#resource${armOrder}/overview`, orderOnly],
  [`https://portal.azure.com/#${encodeURIComponent(`resource${armOrder}`)}`, orderOnly],
  [`https://ms.portal.azure.com/#resource${armReservation}`, both],
  [`https://portal.azure.us/#resource${armReservation}`, both],
  // reservations list
  [
    'https://portal.azure.com/#view/Microsoft_Azure_Reservations/ReservationsBrowseBlade',
    { kind: 'reservations-list' },
  ],
  [
    'https://portal.azure.com/#view/Microsoft_Azure_Reservations/ReservationsBrowseBlade/productType/Reservations',
    { kind: 'reservations-list' },
  ],
  [
    'https://portal.azure.com/#blade/Microsoft_Azure_Reservations/ReservationsBrowseBlade',
    { kind: 'reservations-list' },
  ],
  // new support request, three forms
  ['https://portal.azure.com/#create/Microsoft.Support', { kind: 'support-request' }],
  ['https://portal.azure.com/#@contoso.onmicrosoft.com/create/Microsoft.Support', { kind: 'support-request' }],
  ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', { kind: 'support-request' }],
  [
    'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/issueType/billing',
    { kind: 'support-request' },
  ],
  [
    'https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
    { kind: 'support-request' },
  ],
  // Partner Center customer pages, with and without a locale
  [
    `https://partner.microsoft.com/dashboard/v2/customers/${tenant}/subscriptions`,
    { kind: 'partner-customer', tenantId: tenant },
  ],
  [
    `https://partner.microsoft.com/en-us/dashboard/v2/customers/${tenant}`,
    { kind: 'partner-customer', tenantId: tenant },
  ],
  [
    `https://partner.microsoft.com/ko-kr/dashboard/commerce2/customers/${tenant.toUpperCase()}/azurereservations`,
    { kind: 'partner-customer', tenantId: tenant },
  ],
  // savings plans: recognised, out of scope
  [
    'https://portal.azure.com/#resource/providers/Microsoft.BillingBenefits/savingsPlanOrders/abc/savingsPlans/def/overview',
    { kind: 'savings-plan' },
  ],
  // anything else: nothing
  ['https://portal.azure.com/#browse/resourcegroups', null],
  ['https://portal.azure.com/#home', null],
  ['https://portal.azure.com/', null],
  ['https://portal.azure.com/#view/Microsoft_Azure_Reservations/CreateBlade', null],
  ['https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/overview', null],
  ['https://partner.microsoft.com/dashboard/v2/customers/list', null],
  ['https://partner.microsoft.com/en-us/dashboard/home', null],
  [`https://example.com/#resource${armReservation}`, null],
  [`http://portal.azure.com/#resource${armReservation}`, null],
  [`https://portal.azure.com.evil.example/#resource${armReservation}`, null],
  [`https://evilportal.azure.com/#resource${armReservation}`, null],
  ['https://portal.azure.com/#resource/providers/Microsoft.Capacity/reservationOrders/not-a-guid', null],
  ['not a url', null],
];

describe('detectPage', () => {
  it.each(table)('%s', (url, expected) => {
    const page = detectPage(url);
    if (expected === null) expect(page).toBeNull();
    else expect(page).toMatchObject(expected);
  });

  it('reads the tenant from the @tenant form', () => {
    const page = detectPage(`https://portal.azure.com/#@contoso.onmicrosoft.com/resource${armReservation}`);
    expect(page).toMatchObject({ kind: 'reservation', tenant: 'contoso.onmicrosoft.com' });
  });

  it('accepts local fixture pages only when asked to', () => {
    const local = `http://127.0.0.1:4100/portal/#resource${armReservation}`;
    expect(detectPage(local)).toBeNull();
    expect(detectPage(local, true)).toMatchObject(both);
    expect(detectPage(`http://127.0.0.1:4100/partner/en-us/dashboard/v2/customers/${tenant}`, true)).toEqual({
      kind: 'partner-customer',
      tenantId: tenant,
    });
    expect(detectPage('http://127.0.0.1:4100/other/#create/Microsoft.Support', true)).toBeNull();
  });
});
