import type { JSX } from 'preact';
import type { Page } from '../../detect';
import type { BookLookup, Customer, EstimateView } from '../../shapes';
import { CopyRow } from '../../ui/CopyButton';
import { EstimateFigures } from '../../ui/EstimateFigures';
import { lang, t } from '../../ui/i18n-core';
import type { Surface } from '../mount';
import { nearbyAnswer } from '../nearby';
import { hintsFor, type PageHints, readPageHints, sameHints } from '../page-hints';
import { ask, onChange } from '../runtime';
import { rememberTabReservation } from '../tab-state';
import { observePage } from '../watch';
import { type BookActions, BookReservation, type Saved } from './book-reservation';

type ReservationPage = Extract<Page, { kind: 'reservation' }>;
export const today = () => new Date().toISOString().slice(0, 10);

interface State {
  hints: PageHints;
  /** undefined while the book is asked, null when the reservation is not in it */
  lookup: BookLookup | null | undefined;
  context: Customer | null;
  /** A reservation not in the book: core's estimate of what the agent typed for it in the popup. */
  typed: EstimateView | null;
  saved: Saved | null;
  problem: string;
}

function Panel({ page, state, actions }: { page: ReservationPage; state: State; actions: BookActions }) {
  const { hints, lookup, context, typed } = state;
  return (
    <>
      {state.problem && (
        <p class="rd-error" role="alert">
          {state.problem}
        </p>
      )}
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
      {lookup && <BookReservation lookup={lookup} saved={state.saved} actions={actions} />}
      {lookup === null && (
        // Not in the book: typing happens in the popup or the options page, so the page loads no form.
        <>
          <p class="rd-note" data-testid="not-in-book">
            {t('notInBook')}
          </p>
          {typed && <EstimateFigures view={typed} testId="typed-estimate" />}
          <button type="button" class="rd-button" onClick={() => ask({ type: 'options/open' }).catch(() => {})}>
            {t('openBook')}
          </button>
        </>
      )}
    </>
  );
}

/** The reservation page: the book's answer at once when it holds the reservation. */
export function showReservationPanel(page: ReservationPage, surface: Surface, signal: AbortSignal) {
  // Values read from the page count only when the page shows this URL's reservation order (not the previous blade's).
  const read = () => hintsFor(readPageHints(), page.reservationOrderId);
  const ids = {
    reservationOrderId: page.reservationOrderId,
    ...(page.reservationId && { reservationId: page.reservationId }),
  };
  // The answer kept at hand, when there is one, draws at once; the background's own answer follows.
  const lookup = nearbyAnswer(ids, today(), lang());
  const state: State = { hints: read(), lookup, context: null, typed: null, saved: null, problem: '' };
  const set = (next: Partial<State>) => {
    Object.assign(state, next);
    if (signal.aborted) return;
    const customer = state.lookup?.customer ?? state.context;
    surface.draw(
      { title: t('panelTitle'), ...(customer && { customer: customer.name || customer.tenantId }) },
      <Panel page={page} state={state} actions={actions} />,
    );
  };
  const failed = (e: Error) => set({ problem: t('storageError', e.message) });
  // Writes go through the background, which estimates again (core's ledgerEntryFromEstimate) and broadcasts the change.
  const bookIds = () => ({
    reservationOrderId: state.lookup?.reservationOrderId ?? page.reservationOrderId,
    reservationId: state.lookup?.reservationId ?? page.reservationId ?? '',
  });
  const actions: BookActions = {
    record: (quantity, confirmed) =>
      ask({ type: 'refund/record', ids, date: today(), quantity, ...(confirmed && { confirmed }) }).then(
        (reply) => set({ problem: '', saved: reply.saved ? reply : { flags: reply.flags, quantity } }),
        failed,
      ),
    undo: (token) => ask({ type: 'refund/undo', token }).then(() => set({ saved: { undone: true } }), failed),
    correct: (fact, value) =>
      ask({ type: 'book/correct', ids: bookIds(), facts: { [fact]: value } }).then(lookUp, failed),
  };
  const typedEstimate = async () => {
    const inputs = await ask({ type: 'inputs/get', key: page.reservationId ?? page.reservationOrderId });
    if (!inputs) return;
    const c = state.context;
    const withCustomer = c && !inputs.customer ? { ...inputs, customer: c.tenantId } : inputs;
    const answer = await ask({ type: 'estimate/refund', ids, inputs: withCustomer, date: today(), lang: lang() });
    set({
      typed: answer.ok
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
    });
  };
  function lookUp(): Promise<void> {
    return ask({ type: 'book/lookup', ids, date: today(), lang: lang() }).then(
      (answer) => {
        set({ lookup: answer ?? null });
        if (!answer) typedEstimate().catch(() => {});
      },
      (e: Error) => {
        set({ lookup: null });
        failed(e);
      },
    );
  }
  // With no answer at hand, the book is asked before the panel is drawn, so that the background looks up while the page
  // lays the panel out; with one, the background's own answer is asked once the panel is on screen (the message takes
  // a part of the navigation's frame).
  let looked: Promise<void>;
  if (lookup) {
    set({});
    // (A hidden tab paints no frames: it asks at once. A panel gone by then asks nothing.)
    const later = (go: () => void) => (document.hidden ? go() : requestAnimationFrame(() => setTimeout(go, 0)));
    looked = new Promise((resolve) => later(() => resolve(signal.aborted ? undefined : lookUp())));
  } else {
    looked = lookUp();
    set({});
  }
  // In a task of their own once the book has answered (so that nothing waits in line before the answer or its frame):
  // the customer carried to this tab, this tab's reservation (for its checklist) and the toolbar badge.
  looked.then(() =>
    setTimeout(() => {
      if (signal.aborted) return;
      ask({ type: 'customer/context/get' }).then(
        (context) => {
          set({ context });
          if (context && state.lookup === null) typedEstimate().catch(() => {});
        },
        () => {},
      );
      rememberTabReservation(ids);
      ask({ type: 'tab/page', ids }).catch(() => {});
    }, 0),
  );
  // Portal blades fill in after load: re-read the hints once per batch of changes.
  observePage(() => {
    const next = read();
    if (!sameHints(state.hints, next)) set({ hints: next });
  }, signal);
  // What another tab records, corrects or types shows here without reload.
  const stop = onChange(lookUp, ['ledger', 'book', 'corrections', 'customers', 'context', 'inputs']);
  signal.addEventListener('abort', stop, { once: true });
}

/**
 * A panel with a reservation of the book in it, for mount.ts's warm-up off the page: drawing and laying it out once
 * while the page is idle pays the cold start (code, styles, fonts) before a real answer has to appear.
 */
export function firstDraw(): JSX.Element {
  const page: ReservationPage = {
    kind: 'reservation',
    reservationOrderId: '00000000-0000-4000-8000-000000000000',
    reservationId: '00000000-0000-4000-8000-000000000001',
  };
  const figure = (n: number) => ({
    path: `f${n}`,
    label: 'Refund now',
    azure: 'refundAmount',
    value: '1,000.00 USD',
    testId: `f${n}`,
  });
  const estimate: EstimateView = {
    ok: true,
    allowed: true,
    quantity: 2,
    figures: [1, 2, 3, 4, 5, 6].map(figure),
    reasons: [],
    portalMayAccept: null,
    record: { date: '2026-01-01', amount: '1,000.00 USD', note: '' },
  };
  const fact = (path: string) => ({
    path,
    label: 'Price',
    value: '1,000.00 USD',
    origin: 'export.csv, row 2',
    corrected: false,
  });
  const lookup: BookLookup = {
    ...page,
    reservationId: page.reservationId ?? '',
    displayName: 'VM_RI',
    facts: ['reservation.product', 'reservation.term', 'reservation.start', 'reservation.price.amount'].map(fact),
    customer: { tenantId: page.reservationOrderId, name: 'Contoso' },
    correction: null,
    missing: [],
    estimate,
    suggested: { quantity: 1, estimate },
    headroom: { remaining: '50,000.00 USD', max: '50,000.00 USD', refills: [] },
  };
  const state: State = { hints: { essentials: [] }, lookup, context: null, typed: null, saved: null, problem: '' };
  const none = () => {};
  return <Panel page={page} state={state} actions={{ record: none, undo: none, correct: none }} />;
}
