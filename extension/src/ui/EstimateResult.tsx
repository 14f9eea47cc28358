import { Figure, HeadroomLine } from './EstimateFigures';
import { t } from './i18n-core';
import type { EstimateModel, HeadroomModel } from './model';

/** Core's refund estimate, exchange minimum, eligibility, policy and explanation, rendered as text. */
export function EstimateResult({ model }: { model: EstimateModel }) {
  return (
    <section class="rd-result" aria-live="polite" aria-label={t('estimateTitle')}>
      <p class={model.allowed ? 'rd-allowed' : 'rd-refused'} data-testid="verdict">
        {model.allowed ? t('allowed') : t('refused')}
        {model.reasons.map((reason) => (
          <span key={reason} class="rd-reason" data-testid="reason">
            {' '}
            {reason}
          </span>
        ))}
      </p>
      {model.portalMayAccept && (
        <p class="rd-note" data-testid="portal-may-accept">
          {model.portalMayAccept}
        </p>
      )}
      <dl class="rd-figures">
        {model.figures.map((figure) => (
          <Figure key={figure.path} figure={figure} />
        ))}
      </dl>
      {model.exchangeMinimum && <p data-testid="exchange">{t('exchangeMinimum', model.exchangeMinimum)}</p>}
      {model.exchangeFigures.length > 0 && (
        <dl class="rd-figures" data-testid="savings-plan">
          {model.exchangeFigures.map((figure) => (
            <Figure key={figure.path} figure={figure} />
          ))}
        </dl>
      )}
      {model.notExchangeable.length > 0 && (
        <p data-testid="exchange">{t('notExchangeable', model.notExchangeable.join(' '))}</p>
      )}
      {model.eligibility && (
        <p>
          {t('eligibility')}: {t('refundable')} {model.eligibility.refundable ? t('yes') : t('no')} ·{' '}
          {t('exchangeable')} {model.eligibility.exchangeable ? t('yes') : t('no')}
        </p>
      )}
      <p data-testid="policy">
        {t('policy')}:{' '}
        <a href={model.policy.page ?? model.policy.source} target="_blank" rel="noreferrer noopener">
          {model.policy.title}
        </a>{' '}
        {model.policy.page && (
          <>
            (
            <a href={model.policy.source} target="_blank" rel="noreferrer noopener">
              {t('source')}
            </a>
            ){' '}
          </>
        )}
        ({model.policy.id}, {t('inForceFrom', model.policy.inForceFrom)})
      </p>
      <details>
        <summary>{t('explanation')}</summary>
        <ol class="rd-steps" data-testid="explanation">
          {model.explanation.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** The customer's refund-limit headroom and every refill date (core's capStatus over the ledger). */
export function Headroom({ model }: { model: HeadroomModel }) {
  return <HeadroomLine model={model} all />;
}
