// The answer: figures carrying their contract path and plain amount, the verdict with reasons, and the explanation.
import {
  explain,
  formatMoney,
  type Money,
  type PolicyId,
  type Problem,
  policyById,
  policyPagePath,
  type Step,
} from '@refund-desk/core';
import { formatIsoDate } from '../lib/format.js';
import { rulePageHref } from '../lib/rule-pages.js';
import type { Answer } from './compute.js';
import type { Strings } from './strings.js';

type Locale = 'en' | 'ko';

interface FigureProps {
  field: string;
  label: string;
  value: string;
  shown: string;
  azure?: boolean;
}

/** One figure; `field` is its contract path, shown as the secondary label agents compare with the portal. */
function Figure({ field, label, value, shown, azure = true }: FigureProps) {
  return (
    <div class="rd-fig">
      <dt>
        {label}
        {azure ? <code class="rd-azure">{field.split('.').pop()}</code> : null}
      </dt>
      <dd data-field={field} data-value={value}>
        {shown}
      </dd>
    </div>
  );
}

const moneyFigure = (field: string, label: string, money: Money, locale: Locale) => (
  <Figure key={field} field={field} label={label} value={money.amount} shown={formatMoney(money, locale)} />
);

const countFigure = (field: string, label: string, count: number, locale: Locale) => (
  <Figure
    key={field}
    field={field}
    label={label}
    value={String(count)}
    shown={new Intl.NumberFormat(locale).format(count)}
    azure={false}
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
      ({locale === 'ko' ? (policyById(policy.id)?.ko.title ?? policy.title) : policy.title}, {t.inForce}{' '}
      {formatIsoDate(policy.inForceFrom, locale)})
    </p>
  );
}

function RefundFigures({ answer, t, locale }: ResultProps) {
  if (answer.kind !== 'refund') return null;
  const v = answer.value;
  const b = v.billingInformation;
  const f = t.figures;
  const p = v.policyResult;
  return (
    <>
      <p class="rd-basis">
        <span data-field="priceBasis" data-value={v.priceBasis}>
          {t.priceBasis[v.priceBasis]}
        </span>
        <span data-field="fullCredit" data-value={String(v.fullCredit)}>
          {v.fullCredit ? ` · ${t.fullCredit}` : ''}
        </span>
        <span hidden data-field="billingInformation.totalTransactions" data-value={String(b.totalTransactions)} />
        <span hidden data-field="billingInformation.billingPlan" data-value={b.billingPlan} />
      </p>
      <dl class="rd-figures">
        {moneyFigure('billingRefundAmount', f.billingRefundAmount, v.billingRefundAmount, locale)}
        {moneyFigure('earlyTerminationFee', f.earlyTerminationFee, v.earlyTerminationFee, locale)}
        {moneyFigure(
          'billingInformation.billingCurrencyTotalPaidAmount',
          f.billingCurrencyTotalPaidAmount,
          b.billingCurrencyTotalPaidAmount,
          locale,
        )}
        {moneyFigure(
          'billingInformation.billingCurrencyProratedAmount',
          f.billingCurrencyProratedAmount,
          b.billingCurrencyProratedAmount,
          locale,
        )}
        {moneyFigure(
          'billingInformation.billingCurrencyRemainingCommitmentAmount',
          f.billingCurrencyRemainingCommitmentAmount,
          b.billingCurrencyRemainingCommitmentAmount,
          locale,
        )}
        {moneyFigure('pricingRefundAmount', f.pricingRefundAmount, v.pricingRefundAmount, locale)}
      </dl>
      <dl class="rd-figures">
        {moneyFigure('policyResult.capUse', f.capUse, p.capUse, locale)}
        {moneyFigure('policyResult.consumedRefundsTotal', f.consumedRefundsTotal, p.consumedRefundsTotal, locale)}
        {moneyFigure('policyResult.maxRefundLimit', f.maxRefundLimit, p.maxRefundLimit, locale)}
        {moneyFigure('policyResult.remainingAfter', f.remainingAfter, p.remainingAfter, locale)}
        {countFigure('policyResult.maxQuantityNow', f.maxQuantityNow, p.maxQuantityNow, locale)}
        <Figure
          field="policyResult.fitsOn"
          label={f.fitsOn}
          value={p.fitsOn ?? ''}
          shown={p.fitsOn ? formatIsoDate(p.fitsOn, locale) : f.fitsNever}
          azure={false}
        />
      </dl>
      <dl class="rd-figures rd-small">
        {countFigure('elapsedDays', f.elapsedDays, v.elapsedDays, locale)}
        {countFigure('remainingDays', f.remainingDays, v.remainingDays, locale)}
        {countFigure('termDays', f.termDays, v.termDays, locale)}
        <Figure
          field="billingInformation.completedTransactions"
          label={f.transactions}
          value={String(b.completedTransactions)}
          shown={`${b.completedTransactions} / ${b.totalTransactions}`}
          azure={false}
        />
      </dl>
    </>
  );
}

function ExchangeFigures({ answer, t, locale }: ResultProps) {
  if (answer.kind !== 'exchange') return null;
  const v = answer.value;
  const f = t.figures;
  return (
    <>
      <dl class="rd-figures">
        {moneyFigure('refundsTotal', f.refundsTotal, v.refundsTotal, locale)}
        {moneyFigure('purchasesTotal', f.purchasesTotal, v.purchasesTotal, locale)}
        {moneyFigure('netPayable', f.netPayable, v.netPayable, locale)}
      </dl>
      {v.reservationsToExchange.map((row, i) => (
        <dl class="rd-figures rd-small" key={i} aria-label={`${t.returnN} ${i + 1}`}>
          {moneyFigure(
            `reservationsToExchange[${i}].billingRefundAmount`,
            `${f.billingRefundAmount} (${t.returnN} ${i + 1})`,
            row.billingRefundAmount,
            locale,
          )}
          {moneyFigure(
            `reservationsToExchange[${i}].billingInformation.billingCurrencyRemainingCommitmentAmount`,
            `${f.billingCurrencyRemainingCommitmentAmount} (${t.returnN} ${i + 1})`,
            row.billingInformation.billingCurrencyRemainingCommitmentAmount,
            locale,
          )}
        </dl>
      ))}
    </>
  );
}

function CapResult({ answer, t, locale }: ResultProps) {
  if (answer.kind !== 'cap') return null;
  const v = answer.value;
  const f = t.figures;
  return (
    <>
      <dl class="rd-figures">
        {moneyFigure('consumedRefundsTotal', f.consumedRefundsTotal, v.consumedRefundsTotal, locale)}
        {moneyFigure('maxRefundLimit', f.maxRefundLimit, v.maxRefundLimit, locale)}
        {moneyFigure('remaining', f.remaining, v.remaining, locale)}
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
