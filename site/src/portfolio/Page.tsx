// What the page shows once files were given: progress, the import report, what is missing, the customers and the
// downloads. Sections appear in the order a partner works through them.
import type { Actions, PageState } from './app.js';
import { Customers } from './Customers.js';
import { progressText } from './fill.js';
import { Needs } from './Needs.js';
import { Report } from './Report.js';
import type { PageWords } from './strings.js';

interface Props {
  state: PageState;
  words: PageWords;
  actions: Actions;
}

export function Page({ state, words: t, actions }: Props) {
  const { overview, progress, busy } = state;
  return (
    <div class="rd-pf-app" data-busy={busy ? 'true' : 'false'} data-ready={overview && !busy ? 'true' : 'false'}>
      {busy ? (
        <div class="rd-pf-working">
          <progress
            class="rd-pf-progress"
            aria-label={t.loading}
            max={progress?.total || 1}
            value={progress ? progress.done : undefined}
          />
          <p class="rd-pf-note">
            {progress ? progressText(t, progress.stage, progress.done, progress.total) : t.loading}
          </p>
        </div>
      ) : null}
      {state.error ? <p class="rd-pf-error">{state.error}</p> : null}
      {overview?.error ? <p class="rd-pf-error">{overview.error}</p> : null}
      {overview ? (
        <>
          <Report overview={overview} t={t} onMore={actions.moreProblems} />
          <Needs
            page={state.needs}
            total={overview.needsTotal}
            t={t}
            busy={busy}
            notice={state.notice}
            onFill={actions.fill}
            onPage={actions.needsPage}
          />
          <Customers overview={overview} details={state.details} t={t} actions={actions} />
          <section class="rd-pf-section" aria-labelledby="pf-downloads">
            <h2 id="pf-downloads">{t.downloadsTitle}</h2>
            <div class="rd-pf-buttons">
              <button type="button" onClick={() => actions.download('plan-csv')} disabled={busy}>
                {t.exportPlan}
              </button>
              <button type="button" onClick={() => actions.download('book-json')} disabled={busy}>
                {t.exportBook}
              </button>
              <button type="button" onClick={actions.startOver}>
                {t.startOver}
              </button>
            </div>
            <p class="rd-pf-note">{t.downloadsNote}</p>
            <p class="rd-pf-note">{t.estimateNotQuote}</p>
          </section>
        </>
      ) : null}
    </div>
  );
}
