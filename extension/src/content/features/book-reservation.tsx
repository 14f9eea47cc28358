import { useState } from 'preact/hooks';
import type { BookFact, BookLookup, CorrectableFact, EstimateView, PlausibilityFlag, RefundRecord } from '../../shapes';
import { EstimateFigures, HeadroomLine } from '../../ui/EstimateFigures';
import { t } from '../../ui/i18n-core';
import { ask } from '../runtime';

// A reservation of the book, with no typing: each fact with where it came from (correctable), today's estimate for all
// units, the suggested return (R-advise.1) with its estimate, and "Record this refund" (core's ledgerEntryFromEstimate,
// computed again by the background) with an undo.

/** The correctable fact a contract path stands for ("reservation.price.currency" → currency), or null. */
export function factOf(path: string): CorrectableFact | null {
  if (path === 'reservation.price.currency') return 'currency';
  if (path === 'customer' || path === 'tenantId') return 'customer';
  const name = /^reservation\.(\w+)/.exec(path)?.[1];
  const facts: readonly string[] = ['product', 'term', 'billingPlan', 'start', 'quantity', 'price', 'usdPerUnit'];
  return name && facts.includes(name) ? (name as CorrectableFact) : null;
}

function Fact({ fact, ids, onDone }: { fact: BookFact; ids: Ids; onDone: (error?: string) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const which = factOf(fact.path);
  const id = `rd-fix-${fact.path.replace(/\W/g, '-')}`;
  const save = (e: Event) => {
    e.preventDefault();
    if (!which) return;
    ask({ type: 'book/correct', ids, facts: { [which]: text.trim() } }).then(
      () => {
        setOpen(false);
        onDone();
      },
      (error: Error) => onDone(error.message),
    );
  };
  return (
    <li data-testid="fact" data-path={fact.path}>
      <span class="rd-label">{fact.label}</span>: <span data-testid="fact-value">{fact.value}</span>{' '}
      <span class="rd-origin" data-testid="fact-origin">
        ({t('factOrigin', fact.origin)})
      </span>
      {which && !open && (
        <button type="button" class="rd-link" aria-label={t('correctLabel', fact.label)} onClick={() => setOpen(true)}>
          {t('correct')}
        </button>
      )}
      {open && (
        <form class="rd-row" onSubmit={save}>
          <label for={id}>{t('correctLabel', fact.label)}</label>
          <input
            id={id}
            name={which ?? ''}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            title={t('correctHint')}
          />
          <button type="submit" class="rd-button">
            {t('save')}
          </button>
          <button type="button" class="rd-button" onClick={() => setOpen(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
    </li>
  );
}

type Ids = { reservationOrderId: string; reservationId: string };

/** A fact the book lacks, listed with the others so that it can be typed once. */
const missingFact = (m: BookLookup['missing'][number]): BookFact => ({
  path: m.fact === 'customer' ? 'customer' : m.fact === 'price' ? 'reservation.price.amount' : `reservation.${m.fact}`,
  label: m.label,
  value: '—',
  origin: t('missingFacts', m.label),
  corrected: false,
});
type Saved =
  | { refund: RefundRecord; undo: string }
  | { undone: true }
  | { flags: PlausibilityFlag[]; quantity: number };

function RecordButton({
  view,
  ids,
  date,
  testId,
  onSaved,
}: {
  view: EstimateView;
  ids: Ids;
  date: string;
  testId: string;
  onSaved: (s: Saved | string) => void;
}) {
  if (!view.record) return null;
  const record = (confirmed: boolean) =>
    ask({ type: 'refund/record', ids, date, quantity: view.quantity, ...(confirmed && { confirmed }) }).then(
      (reply) => onSaved(reply.saved ? reply : { flags: reply.flags, quantity: view.quantity }),
      (e: Error) => onSaved(e.message),
    );
  return (
    <button type="button" class="rd-button rd-primary" data-testid={testId} onClick={() => record(false)}>
      {t('recordThisRefund', view.record.amount)}
    </button>
  );
}

export function BookReservation({
  lookup,
  date,
  onChanged,
}: {
  lookup: BookLookup;
  date: string;
  onChanged: () => void;
}) {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [problem, setProblem] = useState('');
  const ids = { reservationOrderId: lookup.reservationOrderId, reservationId: lookup.reservationId };
  const done = (s: Saved | string) => {
    if (typeof s === 'string') setProblem(t('storageError', s));
    else {
      setProblem('');
      setSaved(s);
      onChanged();
    }
  };
  const undo = (token: string) =>
    ask({ type: 'refund/undo', token }).then(
      () => done({ undone: true }),
      (e: Error) => done(e.message),
    );
  const confirm = (quantity: number) =>
    ask({ type: 'refund/record', ids, date, quantity, confirmed: true }).then(
      (reply) => done(reply.saved ? reply : { flags: reply.flags, quantity }),
      (e: Error) => done(e.message),
    );
  const suggested = lookup.suggested;
  return (
    <div class="rd-book" data-testid="book-reservation">
      {lookup.displayName && (
        <p class="rd-name" data-testid="display-name">
          {lookup.displayName}
        </p>
      )}
      {lookup.headroom && <HeadroomLine model={lookup.headroom} />}
      <h3>{t('estimateToday', lookup.estimate.quantity)}</h3>
      {lookup.missing.length > 0 && (
        <p class="rd-error" data-testid="missing">
          {t('missingFacts', lookup.missing.map((m) => m.label).join(', '))}
        </p>
      )}
      <EstimateFigures view={lookup.estimate} testId="estimate" />
      <RecordButton view={lookup.estimate} ids={ids} date={date} testId="record-refund" onSaved={done} />
      <h3 data-testid="suggested-title">
        {suggested.quantity > 0 ? t('suggestedReturn', suggested.quantity) : t('noSuggestedReturn')}
      </h3>
      {suggested.quantity > 0 && suggested.estimate && suggested.quantity !== lookup.estimate.quantity && (
        <>
          <EstimateFigures view={suggested.estimate} testId="suggested-estimate" />
          <RecordButton view={suggested.estimate} ids={ids} date={date} testId="record-suggested" onSaved={done} />
        </>
      )}
      {problem && (
        <p class="rd-error" role="alert">
          {problem}
        </p>
      )}
      {saved && 'refund' in saved && (
        <p role="status" data-testid="recorded">
          {t('recorded', saved.refund.amount, saved.refund.date)}{' '}
          <button type="button" class="rd-button" data-testid="undo" onClick={() => undo(saved.undo)}>
            {t('undo')}
          </button>
        </p>
      )}
      {saved && 'undone' in saved && <p role="status">{t('undone')}</p>}
      {saved && 'flags' in saved && (
        <div role="alert" data-testid="flags">
          {saved.flags.map((f) => (
            <p key={f.code} class="rd-error">
              {f.message}
            </p>
          ))}
          <button type="button" class="rd-button" onClick={() => confirm(saved.quantity)}>
            {t('recordAnyway')}
          </button>
        </div>
      )}
      <details class="rd-facts" open>
        <summary>{t('factsTitle')}</summary>
        <ul data-testid="facts">
          {[...lookup.facts, ...lookup.missing.map(missingFact)].map((fact) => (
            <Fact
              key={fact.path}
              fact={fact}
              ids={ids}
              onDone={(e) => (e ? setProblem(t('storageError', e)) : onChanged())}
            />
          ))}
        </ul>
      </details>
    </div>
  );
}
