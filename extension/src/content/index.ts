import { ask } from '../browser';
import { detectPage, type Page, samePage } from '../detect';
import { defaultSettings, type Settings } from '../shapes';
import { setLang } from '../ui/i18n';
import { showPartnerBanner } from './features/partner-center-banner';
import { showReservationPanel } from './features/reservation-panel';
import { showSavingsPlanNote } from './features/savings-plan-note';
import { showSupportChecklist } from './features/support-checklist';
import { mount } from './mount';
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
    const { container } = mount(page.kind, signal);
    if (page.kind === 'reservation') showReservationPanel(page, container, settings, signal);
    else if (page.kind === 'support-request') showSupportChecklist(container, settings, signal);
    else if (page.kind === 'partner-customer') showPartnerBanner(page.tenantId, container, settings, signal);
    else if (page.kind === 'savings-plan') showSavingsPlanNote(container, settings, signal);
  };

  // Settings (language, collapsed) are asked for once, as the script starts, so that a panel can appear as soon as
  // the URL matches instead of waiting for the background's answer then.
  let settingsLoaded: Promise<void> | null = null;
  const loadSettings = () => {
    settingsLoaded ??= ask({ type: 'settings/get' })
      .then((s) => {
        settings = s;
      })
      .catch(() => {})
      .finally(() => setLang(settings.language));
    return settingsLoaded;
  };

  const update = () => {
    const page = detectPage(location.href, __E2E__);
    if (samePage(page, current.page)) return;
    current.controller.abort();
    const controller = new AbortController();
    current = { page, controller };
    // The reservations list is recognised but needs no UI of its own.
    if (!page || page.kind === 'reservations-list') return;
    loadSettings().then(() => {
      if (!controller.signal.aborted) show(page, controller.signal);
    });
  };

  watchNavigation(update, life.signal);
  loadSettings();
  update();
}

if (!scope[flag]) {
  scope[flag] = true;
  start();
}
