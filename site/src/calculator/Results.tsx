// The answer: figures carrying their contract path and plain amount, the verdict with reasons, and the explanation.
import {
  azureFieldName,
  explain,
  type FigureOf,
  fieldLabel,
  figureLabel,
  formatMoney,
  type Money,
  type PolicyId,
  type Problem,
  policyPagePath,
  policyTitle,
  type Step,
} from '@refund-desk/core';
import { formatIsoDate } from '../lib/format.js';
import { rulePageHref } from '../lib/rule-pages.js';
import type { Answer } from './compute.js';
import type { Strings } from './strings.js';

type Locale = 'en' | 'ko';

interface FigureProps {
  /** The figure's contract path: core labels it, and outside checks read `data-field` / `data-value`. */
  field: string;
  of: FigureOf;
  locale: Locale;
  value: string;
  shown: string;
}

/** One figure, labelled by core, with Azure's field name as a caption where Azure has one (to compare with the portal). */
function Figure({ field, of, locale, value, shown }: FigureProps) {
  const azure = azureFieldName(field, of);
  return (
    <div class="rd-fig">
      <dt>
        {figureLabel(field, locale, of)}
        {azure ? <code class="rd-azure">{azure}</code> : null}
      </dt>
      <dd data-field={field} data-value={value}>
        {shown}
      </dd>
    </div>
  );
}

const moneyFigure = (of: FigureOf, field: string, money: Money, locale: Locale) => (
  <Figure key={field} field={field} of={of} locale={locale} value={money.amount} shown={formatMoney(money, locale)} />
);

const countFigure = (of: FigureOf, field: string, count: number, locale: Locale) => (
  <Figure
    key={field}
    field={field}
    of={of}
    locale={locale}
    value={String(count)}
    shown={new Intl.NumberFormat(locale).format(count)}
  />
);

interface ResultProps {
  answer: Answer;
  t: Strings;
  locale: Locale;
  describe: (problem: Problem) => string;
  /** How many explanation steps to show (presenter mode reveals them one by one). */
  revealed: number;
  onReveal: (count: number) => void;
}

export function Results(props: ResultProps) {
  const { answer } = props;
  if (answer.kind === 'cap') return <CapResult {...props} />;
  const { value, kind } = answer;
  const errors = value.policyResult.errors;
  return (
    <>
      <Verdict allowed={value.allowed} errors={errors} {...props} />
      <PolicyLine policy={value.policy} t={props.t} locale={props.locale} />
      {kind === 'refund' ? <RefundFigures {...props} /> : <ExchangeFigures {...props} />}
      <Explanation steps={value.steps} {...props} />
    </>
  );
}

function Verdict(props: { allowed: boolean; errors: Problem[] } & ResultProps) {
  const { allowed, errors, t, describe } = props;
  return (
    <div class={allowed ? 'rd-verdict rd-ok' : 'rd-verdict rd-no'}>
      <p data-field="allowed" data-value={String(allowed)}>
        <strong>{allowed ? t.allowed : t.refused}</strong>
      </p>
      {errors.length > 0 ? (
        <>
          <p>{t.reasons}:</p>
          <ul>
            {errors.map((problem) => (
              <li key={problem.code} data-code={problem.code}>
                {describe(problem)} <code>{problem.code}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function PolicyLine(props: { policy: { id: string; title: string; inForceFrom: string }; t: Strings; locale: Locale }) {
  const { policy, t, locale } = props;
  return (
    <p class="rd-policy">
      {t.policyLine}:{' '}
      <a href={policyPagePath(policy.id as PolicyId, locale)} data-field="policy.id" data-value={policy.id}>
        {policy.id}
      </a>{' '}
      ({policyTitle(policy.id, locale)}, {t.inForce} {formatIsoDate(policy.inForceFrom, locale)})
    </p>
  );
}

function RefundFigures({ answer, t, locale }: ResultProps) {
  if (answer.kind !== 'refund') return null;
  const v = answer.value;
  const b = v.billingInformation;
  const p = v.policyResult;
  const money = (field: string, amount: Money) => moneyFigure('refund', field, amount, locale);
  const count = (field: string, value: number) => countFigure('refund', field, value, locale);
  return (
    <>
      <p class="rd-basis">
        <span data-field="priceBasis" data-value={v.priceBasis}>
          {t.priceBasis[v.priceBasis]}
        </span>
        <span data-field="fullCredit" data-value={String(v.fullCredit)}>
          {v.fullCredit ? ` · ${t.fullCredit}` : ''}
        </span>
        {/* R-cap.2: refused only because the canceled future payments count; the portal may still accept it. */}
        <span data-field="policyResult.refusedByFuturePayments" data-value={String(p.refusedByFuturePayments)}>
          {p.refusedByFuturePayments ? ` · ${t.portalMayAccept}` : ''}
        </span>
        <span hidden data-field="billingInformation.totalTransactions" data-value={String(b.totalTransactions)} />
        <span hidden data-field="billingInformation.billingPlan" data-value={b.billingPlan} />
      </p>
      <dl class="rd-figures">
        {money('billingRefundAmount', v.billingRefundAmount)}
        {money('earlyTerminationFee', v.earlyTerminationFee)}
        {money('billingInformation.billingCurrencyTotalPaidAmount', b.billingCurrencyTotalPaidAmount)}
        {money('billingInformation.billingCurrencyProratedAmount', b.billingCurrencyProratedAmount)}
        {money(
          'billingInformation.billingCurrencyRemainingCommitmentAmount',
          b.billingCurrencyRemainingCommitmentAmount,
        )}
        {money('pricingRefundAmount', v.pricingRefundAmount)}
      </dl>
      <dl class="rd-figures">
        {money('policyResult.capUse', p.capUse)}
        {money('policyResult.consumedRefundsTotal', p.consumedRefundsTotal)}
        {money('policyResult.maxRefundLimit', p.maxRefundLimit)}
        {money('policyResult.remainingAfter', p.remainingAfter)}
        {count('policyResult.maxQuantityNow', p.maxQuantityNow)}
        <Figure
          field="policyResult.fitsOn"
          of="refund"
          locale={locale}
          value={p.fitsOn ?? ''}
          shown={p.fitsOn ? formatIsoDate(p.fitsOn, locale) : t.fitsNever}
        />
      </dl>
      <dl class="rd-figures rd-small">
        {count('elapsedDays', v.elapsedDays)}
        {count('remainingDays', v.remainingDays)}
        {count('termDays', v.termDays)}
        <Figure
          field="billingInformation.completedTransactions"
          of="refund"
          locale={locale}
          value={String(b.completedTransactions)}
          shown={`${b.completedTransactions} / ${b.totalTransactions}`}
        />
      </dl>
    </>
  );
}

function ExchangeFigures({ answer, locale }: ResultProps) {
  if (answer.kind !== 'exchange') return null;
  const v = answer.value;
  const money = (field: string, amount: Money) => moneyFigure('exchange', field, amount, locale);
  const hourly = v.minimumSavingsPlanHourly;
  return (
    <>
      <dl class="rd-figures">
        {money('refundsTotal', v.refundsTotal)}
        {money('purchasesTotal', v.purchasesTotal)}
        {money('netPayable', v.netPayable)}
        {/* R-exchange.7: the smallest hourly savings plan the returned value covers; compute returns only. */}
        {hourly ? money('minimumSavingsPlanHourly.P1Y', hourly.P1Y) : null}
        {hourly ? money('minimumSavingsPlanHourly.P3Y', hourly.P3Y) : null}
      </dl>
      {hourly ? null : <span hidden data-field="minimumSavingsPlanHourly" data-value="null" />}
      {v.reservationsToExchange.map((row, i) => (
        <dl class="rd-figures rd-small" key={i} aria-label={fieldLabel(`returns[${i}]`, locale)}>
          {money(`reservationsToExchange[${i}].billingRefundAmount`, row.billingRefundAmount)}
          {money(
            `reservationsToExchange[${i}].billingInformation.billingCurrencyRemainingCommitmentAmount`,
            row.billingInformation.billingCurrencyRemainingCommitmentAmount,
          )}
        </dl>
      ))}
    </>
  );
}

function CapResult({ answer, t, locale }: ResultProps) {
  if (answer.kind !== 'cap') return null;
  const v = answer.value;
  const money = (field: string, amount: Money) => moneyFigure('cap', field, amount, locale);
  return (
    <>
      <dl class="rd-figures">
        {money('consumedRefundsTotal', v.consumedRefundsTotal)}
        {money('maxRefundLimit', v.maxRefundLimit)}
        {money('remaining', v.remaining)}
      </dl>
      <h3>{t.refills}</h3>
      {v.refills.length === 0 ? (
        <p>{t.noRefills}</p>
      ) : (
        <ol class="rd-refills">
          {v.refills.map((refill, i) => (
            <li key={i}>
              <span data-field={`refills[${i}].date`} data-value={refill.date}>
                {formatIsoDate(refill.date, locale)}
              </span>
              {' · '}
              <span data-field={`refills[${i}].amount`} data-value={refill.amount.amount}>
                {formatMoney(refill.amount, locale)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function Explanation(props: { steps: Step[] } & ResultProps) {
  const { steps, t, locale, revealed, onReveal } = props;
  const lines = explain(steps, locale);
  const shown = Math.min(revealed, steps.length);
  return (
    <>
      <h3>{t.explanation}</h3>
      <ol class="rd-steps">
        {steps.slice(0, shown).map((step, i) => (
          <li key={i}>
            {lines[i]}{' '}
            <a href={rulePageHref(step.rule, locale)} class="rd-rule">
              {step.rule}
            </a>
          </li>
        ))}
      </ol>
      {shown < steps.length ? (
        <p class="rd-reveal">
          <button type="button" onClick={() => onReveal(shown + 1)}>
            {t.nextStep} ({shown + 1}/{steps.length})
          </button>{' '}
          <button type="button" onClick={() => onReveal(steps.length)}>
            {t.allSteps}
          </button>
        </p>
      ) : null}
    </>
  );
}
