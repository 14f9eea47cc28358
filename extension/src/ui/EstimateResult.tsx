import { t } from './i18n';
import type { EstimateModel, HeadroomModel } from './model';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

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
      <dl class="rd-figures">
        <Figure label={t('refundNow')} value={model.refundNow} testId="refund-now" />
        <Figure label={t('fee')} value={model.fee} testId="fee" />
        <Figure label={t('canceledPayments')} value={model.canceled} testId="canceled" />
        <Figure label={t('capUse')} value={model.capUse} testId="cap-use" />
        <Figure label={t('limitLeftAfter')} value={model.remainingAfter} testId="remaining-after" />
        <Figure label={t('maxQuantityNow')} value={String(model.maxQuantityNow)} testId="max-quantity" />
        <Figure label={t('fitsOn')} value={model.fitsOn ?? t('fitsNever')} testId="fits-on" />
      </dl>
      {model.exchangeMinimum && <p data-testid="exchange">{t('exchangeMinimum', model.exchangeMinimum)}</p>}
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

/** The customer's refund-limit headroom and refill dates (core's capStatus over the ledger). */
export function Headroom({ model }: { model: HeadroomModel }) {
  return (
    <section class="rd-headroom" data-testid="headroom" aria-label={t('headroom')}>
      <p>
        {t('headroom')}: <strong data-testid="headroom-left">{t('headroomOf', model.remaining, model.max)}</strong>
      </p>
      {model.refills.length ? (
        <ul>
          {model.refills.map((refill) => (
            <li key={refill.date}>
              {t('refills')}: {refill.date} +{refill.amount}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noRefills')}</p>
      )}
    </section>
  );
}
