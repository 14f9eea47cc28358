// This tab's own reservation, for the support-request checklist opened later in the same tab: kept in the tab's
// sessionStorage (one per tab, kept across reloads and navigations within the site), never shared with other tabs.
import { isGuid } from '@refund-desk/core';

const key = 'refund-desk:tab-reservation';

export interface TabReservation {
  reservationOrderId: string;
  reservationId?: string;
}

export function rememberTabReservation(ids: TabReservation): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Storage may be off for the site: the checklist then asks to open the reservation first.
  }
}

/** The tab's reservation, or null; whatever the page may have put there is checked (GUIDs only). */
export function tabReservation(): TabReservation | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<TabReservation> | null;
    if (!v || typeof v.reservationOrderId !== 'string' || !isGuid(v.reservationOrderId)) return null;
    const reservationId = typeof v.reservationId === 'string' && isGuid(v.reservationId) ? v.reservationId : undefined;
    return { reservationOrderId: v.reservationOrderId, ...(reservationId && { reservationId }) };
  } catch {
    return null;
  }
}
