import type { EstimateView, FigureView, HeadroomView } from '../shapes';
import { t } from './i18n-core';

// An estimate the background formatted (core's figures with core's labels), shown as text.
export function Figure({ figure }: { figure: FigureView }) {
  return (
    <>
      <dt>
        {figure.label}
        {figure.azure && <code class="rd-azure"> {figure.azure}</code>}
      </dt>
      <dd data-testid={figure.testId} data-field={figure.path}>
        {figure.value}
      </dd>
    </>
  );
}

export function EstimateFigures({ view, testId }: { view: EstimateView; testId: string }) {
  return (
    <div class="rd-result" data-testid={testId} aria-live="polite">
      {view.ok && (
        <p class={view.allowed ? 'rd-allowed' : 'rd-refused'} data-testid="verdict">
          {view.allowed ? t('allowed') : t('refused')}
        </p>
      )}
      {view.reasons.map((reason) => (
        <p key={reason} class={view.ok ? 'rd-reason' : 'rd-error'} data-testid="reason">
          {reason}
        </p>
      ))}
      {view.portalMayAccept && (
        <p class="rd-note" data-testid="portal-may-accept">
          {view.portalMayAccept}
        </p>
      )}
      {view.figures.length > 0 && (
        <dl class="rd-figures">
          {view.figures.map((figure) => (
            <Figure key={figure.path} figure={figure} />
          ))}
        </dl>
      )}
    </div>
  );
}

/**
 * The customer's refund-limit headroom and its refill dates: the panel shows the next three; `all` lists every one,
 * and says so when none is due (the options page and the popup).
 */
export function HeadroomLine({ model, all = false }: { model: HeadroomView; all?: boolean }) {
  return (
    <section class="rd-headroom" data-testid="headroom" aria-label={t('headroom')}>
      <p>
        {t('headroom')}: <strong data-testid="headroom-left">{t('headroomOf', model.remaining, model.max)}</strong>
      </p>
      {model.refills.length > 0 ? (
        <ul>
          {(all ? model.refills : model.refills.slice(0, 3)).map((refill) => (
            <li key={refill.date}>
              {t('refills')}: {refill.date} +{refill.amount}
            </li>
          ))}
        </ul>
      ) : (
        all && <p>{t('noRefills')}</p>
      )}
    </section>
  );
}
