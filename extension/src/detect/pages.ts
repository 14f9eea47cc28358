import { decodeTwice } from '@refund-desk/core';

// Page-kind predicates on the portal's hash route and Partner Center's path. Pure: a string in, a boolean or id out.
// The route forms are described in docs/design/portal-pages.md.

/** The hash route without "#" and without a leading "@tenant/" segment, percent-decoded (up to twice), lower case. */
export function portalRoute(hash: string): string {
  const route = decodeTwice(hash.replace(/^#/, '')).toLowerCase();
  return route.replace(/^@[^/]+\//, '');
}

const routeHeads = ['resource/', 'view/', 'blade/'];

function hasRouteHead(route: string): boolean {
  return routeHeads.some((head) => route.startsWith(head));
}

export function isReservationPage(hash: string): boolean {
  const route = portalRoute(hash);
  return hasRouteHead(route) && route.includes('/providers/microsoft.capacity/reservationorders/');
}

export function isSavingsPlanPage(hash: string): boolean {
  const route = portalRoute(hash);
  return hasRouteHead(route) && route.includes('/providers/microsoft.billingbenefits/savingsplanorders/');
}

export function isReservationsList(hash: string): boolean {
  const route = portalRoute(hash);
  return /^(?:view|blade)\/microsoft_azure_reservations\/reservationsbrowseblade(?:[/?]|$)/.test(route);
}

export function isNewSupportRequest(hash: string): boolean {
  const route = portalRoute(hash);
  return (
    /^create\/microsoft\.support(?:[/?]|$)/.test(route) ||
    /^(?:view|blade)\/microsoft_azure_support\/newsupportrequestv3blade(?:[/?]|$)/.test(route) ||
    /^(?:view|blade)\/microsoft_azure_support\/helpandsupportblade\/newsupportrequest(?:[/?]|$)/.test(route)
  );
}

const guid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const partnerCustomer = new RegExp(
  `^/(?:[a-z]{2}(?:-[a-z0-9]{2,4})?/)?dashboard/(?:[^/]+/)*?customers/(${guid})(?:/|$)`,
  'i',
);

/** The customer's tenant id on a Partner Center customer page, lower case; null elsewhere. */
export function partnerCustomerTenant(path: string): string | null {
  const match = partnerCustomer.exec(path);
  return match ? match[1]!.toLowerCase() : null;
}
