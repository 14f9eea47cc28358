import type { BookLookup } from '../shapes';
import type { Lang } from '../ui/i18n-core';
import { ask } from './runtime';

// The book's answers for the reservations this tab is likely to open ('book/nearby'), asked while the page is idle, so
// that a reservation page draws its estimate in the navigation's own frame: asking the background as the page opens
// waits on a browser busy with the navigation (10 to 25 ms here). The page still asks, and that answer replaces this one.

let kept: { date: string; lang: Lang; answers: BookLookup[] } | null = null;
let asked = 0;

/** Asks for the answers of `date` in `lang` (the newest request wins; a failure keeps none); resolves when settled. */
export function loadNearby(date: string, lang: Lang): Promise<void> {
  const mine = ++asked;
  return ask({ type: 'book/nearby', date, lang }).then(
    (answers) => {
      if (mine === asked) kept = { date, lang, answers };
    },
    () => {
      if (mine === asked) kept = null;
    },
  );
}

/** Forgets the answers (the book, a ledger or a correction changed): none is shown until asked again. */
export function forgetNearby(): void {
  asked++;
  kept = null;
}

/** The kept answer for the page's reservation on `date` in `lang`; an order alone must name one reservation. */
export function nearbyAnswer(
  ids: { reservationOrderId: string; reservationId?: string },
  date: string,
  lang: Lang,
): BookLookup | undefined {
  if (!kept || kept.date !== date || kept.lang !== lang) return undefined;
  const order = ids.reservationOrderId.toLowerCase();
  const id = ids.reservationId?.toLowerCase();
  const found = kept.answers.filter((a) => a.reservationOrderId === order && (!id || a.reservationId === id));
  return found.length === 1 ? found[0] : undefined;
}
