import { Component } from 'preact';
import type { BookFact, BookLookup, CorrectableFact, EstimateView, PlausibilityFlag, RefundRecord } from '../../shapes';
import { EstimateFigures, HeadroomLine } from '../../ui/EstimateFigures';
import { t } from '../../ui/i18n-core';

// A reservation of the book, with no typing: each fact with where it came from (correctable), today's estimate for all
// units, the suggested return (R-advise.1) with its estimate, and "Record this refund" with an undo. Stateless: the
// feature (reservation-panel.tsx) keeps what was saved and draws again (the content script carries no hooks library).

/** The correctable fact a contract path stands for ("reservation.price.currency" → currency), or null. */
export function factOf(path: string): CorrectableFact | null {
  if (path === 'reservation.price.currency') return 'currency';
  if (path === 'customer' || path === 'tenantId') return 'customer';
  const name = /^reservation\.(\w+)/.exec(path)?.[1];
  const facts: readonly string[] = ['product', 'term', 'billingPlan', 'start', 'quantity', 'price', 'usdPerUnit'];
  return name && facts.includes(name) ? (name as CorrectableFact) : null;
}

/** A fact the book lacks, listed with the others so that it can be typed once. */
const missingFact = (m: BookLookup['missing'][number]): BookFact => ({
  path: m.fact === 'customer' ? 'customer' : m.fact === 'price' ? 'reservation.price.amount' : `reservation.${m.fact}`,
  label: m.label,
  value: '—',
  origin: t('missingFacts', m.label),
  corrected: false,
});

export type Saved =
  | { refund: RefundRecord; undo: string }
  | { undone: true }
  | { flags: PlausibilityFlag[]; quantity: number };

export interface BookActions {
  /** Records `quantity` units' refund as the background estimates it (confirmed: despite its flags). */
  record(quantity: number, confirmed?: true): void;
  undo(token: string): void;
  /** Keeps the agent's value of one fact ('' goes back to the book's). */
  correct(fact: CorrectableFact, value: string): void;
}

/** One function for every correction form, so that the input is focused once, when its form is drawn. */
const focusOnce = (input: HTMLInputElement | null) => input?.focus();

/**
 * A fact's correction, folded away. Its form is drawn only while it is open: most facts are never corrected, and the
 * panel drawn when a URL matches holds about 30 fewer elements of its 109 (scripts/size.mjs times that draw).
 */
class Correction extends Component<
  { fact: BookFact; which: CorrectableFact; actions: BookActions },
  { open?: boolean }
> {
  render({ fact, which, actions }: Correction['props'], { open }: Correction['state']) {
    const id = `rd-fix-${fact.path.replace(/\W/g, '-')}`;
    const save = (e: Event) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      actions.correct(which, (form.elements.namedItem('value') as HTMLInputElement).value.trim());
      (form.parentElement as HTMLDetailsElement).open = false;
    };
    return (
      <details class="rd-fix" onToggle={(e) => this.setState({ open: e.currentTarget.open })}>
        <summary class="rd-link" aria-label={t('correctLabel', fact.label)}>
          {t('correct')}
        </summary>
        {open && (
          <form class="rd-row" onSubmit={save}>
            <label for={id}>{t('correctLabel', fact.label)}</label>
            <input id={id} name="value" title={t('correctHint')} autocomplete="off" ref={focusOnce} />
            <button type="submit" class="rd-button">
              {t('save')}
            </button>
          </form>
        )}
      </details>
    );
  }
}

function Fact({ fact, actions }: { fact: BookFact; actions: BookActions }) {
  const which = factOf(fact.path);
  return (
    <li data-testid="fact" data-path={fact.path}>
      <span class="rd-label">{fact.label}</span>: <span data-testid="fact-value">{fact.value}</span>{' '}
      <span class="rd-origin" data-testid="fact-origin">
        ({t('factOrigin', fact.origin)})
      </span>
      {which && <Correction fact={fact} which={which} actions={actions} />}
    </li>
  );
}

export function BookReservation({
  lookup,
  saved,
  actions,
}: {
  lookup: BookLookup;
  saved: Saved | null;
  actions: BookActions;
}) {
  const recordButton = (view: EstimateView, testId: string) =>
    view.record && (
      <button
        type="button"
        class="rd-button rd-primary"
        data-testid={testId}
        onClick={() => actions.record(view.quantity)}
      >
        {t('recordThisRefund', view.record.amount)}
      </button>
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
      {recordButton(lookup.estimate, 'record-refund')}
      <h3 data-testid="suggested-title">
        {suggested.quantity > 0 ? t('suggestedReturn', suggested.quantity) : t('noSuggestedReturn')}
      </h3>
      {suggested.quantity > 0 && suggested.estimate && suggested.quantity !== lookup.estimate.quantity && (
        <>
          <EstimateFigures view={suggested.estimate} testId="suggested-estimate" />
          {recordButton(suggested.estimate, 'record-suggested')}
        </>
      )}
      {saved && 'refund' in saved && (
        <p role="status" data-testid="recorded">
          {t('recorded', saved.refund.amount, saved.refund.date)}{' '}
          <button type="button" class="rd-button" data-testid="undo" onClick={() => actions.undo(saved.undo)}>
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
          <button type="button" class="rd-button" onClick={() => actions.record(saved.quantity, true)}>
            {t('recordAnyway')}
          </button>
        </div>
      )}
      <details class="rd-facts" open>
        <summary>{t('factsTitle')}</summary>
        <ul data-testid="facts">
          {[...lookup.facts, ...lookup.missing.map(missingFact)].map((fact) => (
            <Fact key={fact.path} fact={fact} actions={actions} />
          ))}
        </ul>
      </details>
    </div>
  );
}
