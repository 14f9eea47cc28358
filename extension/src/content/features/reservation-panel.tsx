import { useEffect, useState } from 'preact/hooks';
import type { Page } from '../../detect';
import type { BookLookup, Customer, EstimateView } from '../../shapes';
import { CopyRow } from '../../ui/CopyButton';
import { EstimateFigures } from '../../ui/EstimateFigures';
import { lang, t } from '../../ui/i18n-core';
import type { Surface } from '../mount';
import { hintsFor, type PageHints, readPageHints, sameHints } from '../page-hints';
import { ask, onChange } from '../runtime';
import { rememberTabReservation } from '../tab-state';
import { observePage } from '../watch';
import { BookReservation } from './book-reservation';

type ReservationPage = Extract<Page, { kind: 'reservation' }>;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A reservation not in the book: what the agent typed for it in the popup, estimated by the background (core), shown as
 * text; typing itself happens in the popup or the options page, so the page loads no form.
 */
function NotInBook({ page, context }: { page: ReservationPage; context: Customer | null }) {
  const [typed, setTyped] = useState<EstimateView | null>(null);
  useEffect(() => {
    const ids = {
      reservationOrderId: page.reservationOrderId,
      ...(page.reservationId && { reservationId: page.reservationId }),
    };
    ask({ type: 'inputs/get', key: page.reservationId ?? page.reservationOrderId })
      .then(async (inputs) => {
        if (!inputs) return;
        const withCustomer = context && !inputs.customer ? { ...inputs, customer: context.tenantId } : inputs;
        const answer = await ask({ type: 'estimate/refund', ids, inputs: withCustomer, date: today(), lang: lang() });
        setTyped(
          answer.ok
            ? { ...answer.value, ok: true, quantity: answer.value.estimate.quantity, record: null }
            : {
                ok: false,
                allowed: false,
                quantity: 0,
                figures: [],
                reasons: answer.errors.map((e) => e.message),
                portalMayAccept: null,
                record: null,
              },
        );
      })
      .catch(() => {});
  }, [page.reservationOrderId, page.reservationId, context?.tenantId]);
  return (
    <>
      <p class="rd-note" data-testid="not-in-book">
        {t('notInBook')}
      </p>
      {typed && <EstimateFigures view={typed} testId="typed-estimate" />}
      <button type="button" class="rd-button" onClick={() => ask({ type: 'options/open' }).catch(() => {})}>
        {t('openBook')}
      </button>
    </>
  );
}

function Panel({
  page,
  hints,
  lookup,
  context,
  refresh,
}: {
  page: ReservationPage;
  hints: PageHints;
  lookup: BookLookup | null | undefined;
  context: Customer | null;
  refresh: () => void;
}) {
  return (
    <>
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
      {lookup && !lookup.customer && !context && <p class="rd-note">{t('customerUnknown')}</p>}
      {lookup && <BookReservation lookup={lookup} date={today()} onChanged={refresh} />}
      {lookup === null && <NotInBook page={page} context={context} />}
    </>
  );
}

/** The reservation page: the book's answer at once when it holds the reservation, else the manual form. */
export function showReservationPanel(page: ReservationPage, surface: Surface, signal: AbortSignal) {
  // Values read from the page count only when the page shows this URL's reservation order (not the previous blade's).
  const read = () => hintsFor(readPageHints(), page.reservationOrderId);
  let hints = read();
  let lookup: BookLookup | null | undefined;
  let context: Customer | null = null;
  let problem = '';
  const ids = {
    reservationOrderId: page.reservationOrderId,
    ...(page.reservationId && { reservationId: page.reservationId }),
  };
  const draw = () => {
    if (signal.aborted) return;
    const customer = lookup?.customer ?? context;
    surface.draw(
      { title: t('panelTitle'), ...(customer && { customer: customer.name || customer.tenantId }) },
      <>
        {problem && (
          <p class="rd-error" role="alert">
            {problem}
          </p>
        )}
        <Panel page={page} hints={hints} lookup={lookup} context={context} refresh={lookUp} />
      </>,
    );
  };
  function lookUp() {
    ask({ type: 'book/lookup', ids, date: today(), lang: lang() }).then(
      (answer) => {
        lookup = answer ?? null;
        draw();
      },
      (e: Error) => {
        problem = t('storageError', e.message);
        lookup = null;
        draw();
      },
    );
  }
  draw();
  lookUp();
  ask({ type: 'customer/context/get' }).then(
    (c) => {
      context = c;
      draw();
    },
    () => {},
  );
  rememberTabReservation(ids);
  ask({ type: 'tab/page', ids }).catch(() => {});
  // Portal blades fill in after load: re-read the hints once per batch of changes.
  observePage(() => {
    const next = read();
    if (sameHints(hints, next)) return;
    hints = next;
    draw();
  }, signal);
  // What another tab records or corrects shows here without reload.
  const stop = onChange(lookUp, ['ledger', 'book', 'corrections', 'customers', 'context']);
  signal.addEventListener('abort', stop, { once: true });
}
