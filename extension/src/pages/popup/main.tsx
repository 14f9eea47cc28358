import { parsePortalUrl } from '@refund-desk/core';
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ask, browser } from '../../browser';
import type { TabIdsReply } from '../../messages';
import type { ReservationInputs, Settings } from '../../shapes';
import { CopyRow } from '../../ui/CopyButton';
import { Estimator, type EstimatorStore } from '../../ui/Estimator';
import type { Ids } from '../../ui/estimate';
import { formWords } from '../../ui/form-words';
import { lang, t } from '../../ui/i18n';
import { estimateModel, isTenantId } from '../../ui/model';
import { loadSettings } from '../shared/page';

const guids = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A portal link, or bare IDs (order first), read through core's parser. */
export function idsFromText(text: string): Ids | null {
  const fromLink = parsePortalUrl(text.trim());
  if (fromLink) return fromLink;
  const [order, reservation] = text.match(guids) ?? [];
  if (!order) return null;
  const path = `/providers/Microsoft.Capacity/reservationOrders/${order}${reservation ? `/reservations/${reservation}` : ''}`;
  return parsePortalUrl(`https://portal.azure.com/#resource${path}`);
}

/** The reservation the active tab shows, asked of its content script (null elsewhere: no typing of IDs then either). */
async function activeTabIds(): Promise<TabIdsReply> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return ((await browser.tabs.sendMessage(tab.id, { type: 'tab/ids' })) as TabIdsReply) ?? null;
}

function Popup({ settings, initial }: { settings: Settings; initial: Ids }) {
  const [text, setText] = useState('');
  const [ids, setIds] = useState<Ids>(initial);
  const [problem, setProblem] = useState('');
  const key = ids.reservationId ?? ids.reservationOrderId;
  const store = useMemo<EstimatorStore>(() => {
    // Typed-in reservations without IDs are kept only while the popup is open.
    let scratch: ReservationInputs | null = null;
    return {
      load: async () => {
        if (key) scratch = await ask({ type: 'inputs/get', key });
        return scratch;
      },
      save: async (inputs) => {
        scratch = inputs;
        if (key) await ask({ type: 'inputs/put', key, inputs });
      },
      // Extension pages run core themselves; the ledger and settings come from the background.
      compute: async (inputs, date) => {
        const tenant = inputs.customer.trim().toLowerCase();
        const refunds = isTenantId(tenant) ? (await ask({ type: 'ledger/get', tenantId: tenant })).refunds : [];
        return estimateModel(inputs, ids, date, refunds, settings, lang(), t('required'));
      },
      // With the reservation's IDs the background estimates again from the inputs and keeps core's
      // ledgerEntryFromEstimate; without, the entry computed here is sent. Entries that look wrong are held with their
      // reasons (said here as the error).
      record: async (refund) => {
        const reply =
          ids.reservationOrderId && scratch
            ? await ask({
                type: 'refund/record',
                ids: {
                  reservationOrderId: ids.reservationOrderId,
                  ...(ids.reservationId && { reservationId: ids.reservationId }),
                },
                date: refund.date,
                inputs: scratch,
              })
            : await ask({ type: 'refund/put', refund });
        if (!reply.saved) throw new Error(reply.flags.map((f) => f.message).join(' '));
      },
    };
  }, [key, ids, settings]);
  const use = (e: Event) => {
    e.preventDefault();
    const found = idsFromText(text);
    setProblem(found ? '' : t('pasteNoIds'));
    if (found) setIds({ reservationOrderId: found.reservationOrderId, reservationId: found.reservationId });
  };
  return (
    <main class="rd-panel">
      <h1>{t('popupTitle')}</h1>
      <form onSubmit={use} class="rd-field">
        <label for="paste">{t('pasteLabel')}</label>
        <textarea
          id="paste"
          rows={3}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-describedby="paste-hint"
        />
        <span id="paste-hint">{t('pasteHint')}</span>
        {problem && (
          <span class="rd-error" role="alert">
            {problem}
          </span>
        )}
        <button type="submit" class="rd-button">
          {t('use')}
        </button>
      </form>
      {ids.reservationOrderId && <CopyRow label={t('reservationOrderId')} value={ids.reservationOrderId} />}
      {ids.reservationId && <CopyRow label={t('reservationId')} value={ids.reservationId} />}
      <Estimator key={key ?? 'typed'} idPrefix="popup" store={store} words={formWords(lang())} />
    </main>
  );
}

Promise.all([loadSettings(), activeTabIds().catch(() => null)]).then(([settings, tabIds]) =>
  render(<Popup settings={settings} initial={tabIds ?? {}} />, document.getElementById('app')!),
);
