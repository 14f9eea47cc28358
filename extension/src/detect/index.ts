import { parsePortalUrl } from '@refund-desk/core';
import { siteOf } from './hosts';
import {
  isNewSupportRequest,
  isReservationPage,
  isReservationsList,
  isSavingsPlanPage,
  partnerCustomerTenant,
} from './pages';

export type Page =
  | { kind: 'reservation'; reservationOrderId: string; reservationId?: string; tenant?: string }
  | { kind: 'reservations-list' }
  | { kind: 'support-request' }
  | { kind: 'savings-plan' }
  | { kind: 'partner-customer'; tenantId: string };

/** What the extension does on this URL, or null for nothing at all. */
export function detectPage(href: string, allowLocalFixtures = false): Page | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const site = siteOf(url, allowLocalFixtures);
  if (!site) return null;
  if (site.site === 'partner') {
    const tenantId = partnerCustomerTenant(site.path);
    return tenantId ? { kind: 'partner-customer', tenantId } : null;
  }
  if (isReservationPage(site.hash)) {
    // Core owns ID parsing; it reads the hash, so hand it a portal URL with that hash.
    const ids = parsePortalUrl(`https://portal.azure.com/${site.hash}`);
    return ids ? { kind: 'reservation', ...ids } : null;
  }
  if (isSavingsPlanPage(site.hash)) return { kind: 'savings-plan' };
  if (isReservationsList(site.hash)) return { kind: 'reservations-list' };
  if (isNewSupportRequest(site.hash)) return { kind: 'support-request' };
  return null;
}

/** Two detections that should keep the same UI mounted. */
export function samePage(a: Page | null, b: Page | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
