// Reservation order and reservation IDs out of Azure portal links (portal-pages.md). Pure; never throws.
import { GUID_PATTERN } from './guid.js';
import type { PortalIds } from './types.js';

const ORDER = new RegExp(
  `/providers/microsoft\\.capacity/reservationorders/(${GUID_PATTERN})(?:/reservations/(${GUID_PATTERN}))?(?=$|[/?#&])`,
  'i',
);
const TENANT = /#@([^/]+)\//;

/** Percent-decodes up to twice (portal blade parameters carry encoded ARM ids); malformed escapes stop the decoding. */
function decodeTwice(text: string): string {
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
