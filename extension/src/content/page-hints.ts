import { orderIdLabel, selectors } from '../detect/selectors';

// What the page shows readably, as hints to confirm: never trusted, always rendered as text.
export interface PageHints {
  title?: string;
  essentials: { label: string; value: string }[];
}

const clip = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);

export function readPageHints(root: ParentNode = document): PageHints {
  const title = clip(root.querySelector(selectors.bladeTitle.css)?.textContent);
  const essentials = [...root.querySelectorAll(selectors.essentialsItem.css)].slice(0, 30).flatMap((item) => {
    const label = clip(item.querySelector(selectors.essentialsLabel.css)?.textContent);
    const value = clip(item.querySelector(selectors.essentialsValue.css)?.textContent);
    return label && value ? [{ label, value }] : [];
  });
  return { ...(title && { title }), essentials };
}

/**
 * The hints of the reservation in the URL only: after a hash navigation the previous blade may still be on screen, so a
 * read value counts only when the page's reservation order ID (in its Essentials) is the URL's.
 */
export function hintsFor(hints: PageHints, reservationOrderId: string): PageHints {
  const shown = hints.essentials
    .find((e) => orderIdLabel.test(e.label))
    ?.value.trim()
    .toLowerCase();
  return shown === reservationOrderId.toLowerCase() ? hints : { essentials: [] };
}

export function sameHints(a: PageHints, b: PageHints): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
