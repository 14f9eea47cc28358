import { detectPage, type Page, samePage } from '../detect';
import type { TabIdsReply } from '../messages';
import { defaultSettings, type Settings } from '../shapes';
import { lang, setLang, t } from '../ui/i18n-core';
import { currentPlace, loadPlace, setPlace } from './dock-state';
import { showPartnerBanner } from './features/partner-center-banner';
import { firstDraw, showReservationPanel, today } from './features/reservation-panel';
import { showSavingsPlanNote } from './features/savings-plan-note';
import { showSupportChecklist } from './features/support-checklist';
import { installContentMessages, loadLang } from './messages';
import { mount, warmUp } from './mount';
import { forgetNearby, loadNearby } from './nearby';
import { ask, onChange, onTabMessage } from './runtime';
import { tabReservation } from './tab-state';
import { watchNavigation } from './watch';

// Guard: one instance per page (a re-injected script after an update finds the flag and stands down).
const flag = '__refundDeskContent';
const scope = globalThis as Record<string, unknown>;

/** Runs the feature for the current URL; leaving the page aborts its signal, which removes its UI and observer. */
function start(): void {
  let current: { page: Page | null; controller: AbortController } = { page: null, controller: new AbortController() };
  let settings: Settings = defaultSettings;
  const life = new AbortController();

  const show = (page: Page, signal: AbortSignal) => {
    const surface = mount(page.kind, signal);
    if (page.kind === 'reservation') showReservationPanel(page, surface, signal);
    else if (page.kind === 'support-request') showSupportChecklist(surface, signal);
    else if (page.kind === 'partner-customer') showPartnerBanner(page.tenantId, surface, signal);
    else if (page.kind === 'savings-plan') showSavingsPlanNote(surface);
  };

  // Settings (language) and the panel's place are read once, as the script starts, so that a panel appears in the
  // same frame as the URL matches instead of waiting for the background then.
  let ready: Promise<void> | null = null;
  const load = () => {
    ready ??= Promise.all([
      ask({ type: 'settings/get' }).then(
        (s) => {
          settings = s;
        },
        () => {},
      ),
      loadPlace(),
    ]).then(() => loadLang(setLang(settings.language)));
    return ready;
  };
  let loaded = false;

  const update = () => {
    const page = detectPage(location.href, __E2E__);
    if (samePage(page, current.page)) return;
    current.controller.abort();
    const controller = new AbortController();
    current = { page, controller };
    // Leaving a reservation clears this tab's toolbar badge.
    if (page?.kind !== 'reservation') ask({ type: 'tab/page' }).catch(() => {});
    // The reservations list is recognised but needs no UI of its own.
    if (!page || page.kind === 'reservations-list') return;
    // Once loaded, the panel is drawn synchronously, in the task of the navigation itself.
    if (loaded) show(page, controller.signal);
    else
      load().then(() => {
        if (!controller.signal.aborted) show(page, controller.signal);
      });
  };

  // The keyboard command (manifest `commands`) reaches this tab through the background: open or minimize the panel.
  onTabMessage((type) => {
    if (type === 'panel/toggle') setPlace({ minimized: !currentPlace().minimized });
    if (type !== 'tab/ids') return undefined;
    const page = current.page;
    const ids: TabIdsReply =
      page?.kind === 'reservation'
        ? {
            reservationOrderId: page.reservationOrderId,
            ...(page.reservationId && { reservationId: page.reservationId }),
          }
        : null;
    return ids;
  });
  watchNavigation(update, life.signal);
  load().then(() => {
    loaded = true;
    // While the page is idle, pay the panel's cold start once, off the page (and start hearing changes).
    setTimeout(() => {
      warmUp({ title: t('panelTitle'), customer: 'Contoso' }, firstDraw());
      // The tab's storage is opened by its first use, a wait on the browser: paid now rather than on a reservation page.
      tabReservation();
      // The answers kept at hand are asked now, and again a moment after anything they depend on changes.
      const kept = loadNearby(today(), lang());
      let again: ReturnType<typeof setTimeout> | undefined;
      onChange(() => {
        forgetNearby();
        clearTimeout(again);
        again = setTimeout(() => loadNearby(today(), lang()), 1000);
      }, ['ledger', 'book', 'corrections', 'customers', 'context', 'settings']);
      // The e2e build says when the script is ready (its answers at hand included), so that the size check times
      // navigations from then (scripts/size.mjs).
      if (__E2E__)
        kept.then(() => {
          document.documentElement.dataset.refundDeskReady = '';
        });
    }, 0);
  });
  update();
}

if (!scope[flag]) {
  scope[flag] = true;
  installContentMessages();
  start();
}
