import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { ask } from '../../browser';
import type { Page } from '../../detect';
import { lastReservationKey, type Settings } from '../../shapes';
import { CopyRow } from '../../ui/CopyButton';
import { Estimator, type EstimatorStore } from '../../ui/Estimator';
import { lang, t } from '../../ui/i18n';
import { type PageHints, readPageHints, sameHints } from '../page-hints';
import { suggestionsFrom } from '../page-values';
import { observePage } from '../watch';
import { Collapsible } from './Collapsible';

type ReservationPage = Extract<Page, { kind: 'reservation' }>;

function Panel({ page, settings, hints }: { page: ReservationPage; settings: Settings; hints: PageHints }) {
  const key = page.reservationId ?? page.reservationOrderId;
  const ids = {
    reservationOrderId: page.reservationOrderId,
    ...(page.reservationId && { reservationId: page.reservationId }),
  };
  const store = useMemo<EstimatorStore>(
    () => ({
      load: () => ask({ type: 'inputs/get', key }),
      save: async (inputs) => {
        await ask({ type: 'inputs/put', key, inputs });
      },
      compute: (inputs, date) => ask({ type: 'estimate/refund', ids, inputs, date, lang: lang() }),
      record: async (refund) => {
        await ask({ type: 'refund/put', refund });
      },
    }),
    [key, page.reservationOrderId, page.reservationId],
  );
  return (
    <Collapsible id="rd-reservation" title={t('panelTitle')} collapsed={settings.panelCollapsed}>
      <CopyRow label={t('reservationOrderId')} value={page.reservationOrderId} />
      {page.reservationId && <CopyRow label={t('reservationId')} value={page.reservationId} />}
      {(hints.title || hints.essentials.length > 0) && (
        <details class="rd-hints" data-testid="hints">
          <summary class="rd-label">{t('readFromPage')}</summary>
          <ul>
            {hints.title && <li>{hints.title}</li>}
            {hints.essentials.map((e) => (
              <li key={e.label}>
                {e.label}: {e.value}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Estimator idPrefix="rd-res" store={store} suggestions={suggestionsFrom(hints)} />
    </Collapsible>
  );
}

export function showReservationPanel(
  page: ReservationPage,
  container: HTMLElement,
  settings: Settings,
  signal: AbortSignal,
) {
  let hints = readPageHints();
  const draw = () => render(<Panel page={page} settings={settings} hints={hints} />, container);
  draw();
  // Portal blades fill in after load: re-read the hints once per batch of changes.
  observePage(() => {
    const next = readPageHints();
    if (sameHints(hints, next)) return;
    hints = next;
    draw();
  }, signal);
  ask({
    type: 'session/put',
    key: lastReservationKey,
    value: [page.reservationOrderId, page.reservationId ?? ''],
  }).catch(() => {});
  signal.addEventListener('abort', () => render(null, container), { once: true });
}
