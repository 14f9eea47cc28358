// The answer first: one headline and what to do next; then the figures that matter for this case, grouped, in words
// with Azure's field name as a caption; a picture of the rest of the term; every figure (data-field / data-value, read
// by outside checks and the vector tests) in a collapsed table; and the explanation, step by step.
import {
  azureFieldName,
  type CapStatus,
  type ExchangeEstimate,
  estimateExchange,
  explain,
  type FigureOf,
  fieldLabel,
  figureLabel,
  figurePaths,
  formatMoney,
  type Money,
  type PolicyId,
  type Problem,
  policyPagePath,
  policyTitle,
  policyWordParams,
  problemSentence,
  productByKey,
  type RefundEstimate,
  type RefundRequest,
  type Step,
  sentence,
} from '@refund-desk/core';
import type { ComponentChildren } from 'preact';
import { formatIsoDate } from '../lib/format.js';
import { localePrefix, rulePageHref } from '../lib/rule-pages.js';
import { TimelineChart } from './Chart.js';
import type { Answer } from './compute.js';
import type { CalcState } from './state.js';
import type { Strings } from './strings.js';
import { refundTimeline } from './timeline.js';

type Locale = 'en' | 'ko';

interface ResultProps {
  answer: Answer;
  t: Strings;
  locale: Locale;
  describe: (problem: Problem) => string;
  /** How many explanation steps to show (presenter mode reveals them one by one). */
  revealed: number;
  onReveal: (count: number) => void;
  /** Tries what the answer suggests (the largest quantity that fits, the earliest date). */
  onApply: (change: Partial<CalcState>) => void;
}

/** "{amount}" placeholders of the calculator's own sentences. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const isMoney = (v: unknown): v is Money =>
  typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v && Object.keys(v).length === 2;
const isZero = (money: Money) => /^-?0(?:\.0+)?$/.test(money.amount);
/** "-100.00 USD" → "100.00 USD": how far over the limit a refusal is (the sign moved, no arithmetic). */
const negated = (money: Money): Money => ({ ...money, amount: money.amount.replace(/^-/, '') });

/** The value at a contract path ("policyResult.capUse", "refills[1].date"). */
function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** What outside checks read: money as its amount, null as "null", the rest as text. */
const plain = (v: unknown) => (isMoney(v) ? v.amount : String(v));

function shown(path: string, v: unknown, t: Strings, locale: Locale): string {
  if (isMoney(v)) return formatMoney(v, locale);
  if (path === 'allowed') return v ? t.allowed : t.refused;
  if (path.endsWith('fitsOn') && v === null) return t.fitsNever;
  if (path.endsWith('minimumSavingsPlanHourly') && v === null) return sentence('noSavingsPlanSizing', locale);
  if (path === 'priceBasis') return t.priceBasis[v as 'purchase' | 'current'] ?? String(v);
  if (path.endsWith('billingPlan')) return t.plans[v as 'Upfront' | 'Monthly'] ?? String(v);
  if (path === 'policy.id') return `${v} (${policyTitle(String(v), locale)})`;
  if (typeof v === 'boolean') return t.yesNo[`${v}`];
  if (typeof v === 'number') return new Intl.NumberFormat(locale).format(v);
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v)) return formatIsoDate(v, locale);
  return String(v);
}

interface FigureProps {
  path: string;
  of: FigureOf;
  value: unknown;
  t: Strings;
  locale: Locale;
  /** The label when the case needs other words than core's (a refused refund is never "paid back"). */
  label?: string;
}

/** One figure: its label for people, Azure's field name as a small caption, and the value outside checks read. */
function Figure({ path, of, value, t, locale, label }: FigureProps) {
  const azure = azureFieldName(path, of);
  return (
    <div class="rd-fig">
      <dt>
        {label ?? figureLabel(path, locale, of)}
        {azure ? <code class="rd-azure">{azure}</code> : null}
      </dt>
      <dd data-field={path} data-value={plain(value)}>
        {shown(path, value, t, locale)}
      </dd>
    </div>
  );
}

function Group({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="rd-group-figures" aria-label={title}>
      <h3>{title}</h3>
      <dl class="rd-figures">{children}</dl>
    </section>
  );
}

export function Results(props: ResultProps) {
  const { answer, t, locale } = props;
  const steps = answer.kind === 'cap' ? [] : answer.value.steps;
  return (
    <>
      {answer.kind === 'refund' ? <RefundAnswer {...props} estimate={answer.value} request={answer.request} /> : null}
      {answer.kind === 'exchange' ? <ExchangeAnswer {...props} estimate={answer.value} /> : null}
      {answer.kind === 'cap' ? <CapAnswer {...props} status={answer.value} /> : null}
      <AllFigures answer={answer} t={t} locale={locale} />
      {steps.length > 0 ? <Explanation steps={steps} {...props} /> : null}
    </>
  );
}

function Headline(props: {
  allowed: boolean;
  text: string;
  errors: Problem[];
  t: Strings;
  describe: (problem: Problem) => string;
  children?: ComponentChildren;
}) {
  const { allowed, text, errors, t, describe } = props;
  return (
    <div class={allowed ? 'rd-verdict rd-ok' : 'rd-verdict rd-no'}>
      <p class="rd-headline" data-field="allowed" data-value={String(allowed)}>
        <strong>{text}</strong>
      </p>
      {errors.length > 0 ? (
        <ul class="rd-reasons" aria-label={t.reasons}>
          {errors.map((problem) => (
            <li key={problem.code} data-code={problem.code}>
              {describe(problem)}
            </li>
          ))}
        </ul>
      ) : null}
      {props.children}
    </div>
  );
}

function Next({ t, items }: { t: Strings; items: ComponentChildren[] }) {
  const shownItems = items.filter(Boolean);
  if (shownItems.length === 0) return null;
  return (
    <div class="rd-next">
      <h3>{t.nextHeading}</h3>
      <ul>
        {shownItems.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function PolicyLine(props: { policy: { id: string; inForceFrom: string }; t: Strings; locale: Locale }) {
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

/** The exchange or trade-in a refused refund could become instead (R-cap.7, R-exchange.7), as core sizes it. */
function alternative(request: RefundRequest, estimate: RefundEstimate, t: Strings, locale: Locale) {
  const product = productByKey(request.reservation.product);
  if (!product?.exchangeable) return [t.nextNotExchangeable];
  const exchange = estimateExchange({
    date: request.date,
    returns: [{ reservation: request.reservation, quantity: estimate.quantity }],
    purchases: [],
    ...(request.policy && { policy: request.policy }),
  });
  if (!exchange.ok) return [];
  const codes = exchange.value.policyResult.errors.map((e) => e.code);
  const hourly = exchange.value.minimumSavingsPlanHourly;
  return [
    codes.includes('EXCHANGE_NOT_ALLOWED') ? null : t.nextExchange,
    hourly ? fill(t.nextTradeIn, { P1Y: formatMoney(hourly.P1Y, locale), P3Y: formatMoney(hourly.P3Y, locale) }) : null,
  ];
}

function requestLink(t: Strings, locale: Locale) {
  return (
    <>
      {t.nextRequest} <a href={`${localePrefix(locale)}request-for-customer/`}>{t.nextRequestLink}</a>
    </>
  );
}

function RefundAnswer(props: ResultProps & { estimate: RefundEstimate; request: RefundRequest }) {
  const { estimate: v, request, t, locale, onApply } = props;
  const p = v.policyResult;
  const b = v.billingInformation;
  const codes = p.errors.map((e) => e.code);
  const notRefundable = codes.includes('NOT_REFUNDABLE');
  const overLimit = codes.includes('REFUND_LIMIT_EXCEEDED');
  const money = (amount: Money) => formatMoney(amount, locale);
  const limit = policyWordParams(v.policy.id, locale).limit!;
  const gate = v.steps.findIndex((s) => s.key === 'gate.notRefundable');
  const reason = (
    gate >= 0 ? explain(v.steps, locale)[gate]! : p.errors[0] ? problemSentence(p.errors[0].code, locale) : ''
  ).replace(/[.。]$/, '');
  const headline = v.allowed
    ? fill(t.headlineRefund, { amount: money(v.billingRefundAmount) })
    : overLimit && !notRefundable
      ? fill(t.headlineRefusedLimit, { limit, over: money(negated(p.remainingAfter)) })
      : fill(t.headlineRefused, { reason });
  const monthly = b.billingPlan === 'Monthly';
  const next = v.allowed
    ? [
        isZero(v.earlyTerminationFee) ? null : fill(t.nextFee, { amount: money(v.earlyTerminationFee) }),
        monthly && !isZero(b.billingCurrencyRemainingCommitmentAmount)
          ? fill(t.nextCancels, { amount: money(b.billingCurrencyRemainingCommitmentAmount) })
          : null,
        fill(t.nextCounts, { amount: money(p.capUse), limit, left: money(p.remainingAfter) }),
        requestLink(t, locale),
      ]
    : notRefundable
      ? alternative(request, v, t, locale)
      : [
          p.maxQuantityNow > 0 ? (
            <>
              {fill(t.nextMaxQuantity, { n: p.maxQuantityNow })}{' '}
              <button type="button" onClick={() => onApply({ returnQuantity: String(p.maxQuantityNow) })}>
                {fill(t.tryQuantity, { n: p.maxQuantityNow })}
              </button>
            </>
          ) : (
            t.nextNoQuantity
          ),
          p.fitsOn ? (
            <>
              {fill(t.nextFitsOn, { date: formatIsoDate(p.fitsOn, locale) })}{' '}
              <button type="button" onClick={() => onApply({ date: p.fitsOn! })}>
                {fill(t.tryDate, { date: formatIsoDate(p.fitsOn, locale) })}
              </button>
            </>
          ) : (
            t.nextFitsNever
          ),
          // R-cap.2: refused only because the canceled future payments count; the portal may still accept it.
          p.refusedByFuturePayments ? t.refusedByFuturePayments : null,
          ...alternative(request, v, t, locale),
        ];
  const figure = (path: string, label?: string) => (
    <Figure
      key={path}
      path={path}
      of="refund"
      value={valueAt(v, path)}
      t={t}
      locale={locale}
      {...(label && { label })}
    />
  );
  const timeline = notRefundable ? null : refundTimeline(request, v);
  return (
    <>
      <Headline allowed={v.allowed} text={headline} errors={p.errors} t={t} describe={props.describe}>
        <Next t={t} items={next} />
      </Headline>
      <PolicyLine policy={v.policy} t={t} locale={locale} />
      {notRefundable ? null : (
        <div class="rd-groups">
          <Group title={t.groupMoney}>
            {figure('billingRefundAmount', v.allowed ? undefined : t.refusedRefundLabel)}
            {isZero(v.earlyTerminationFee) ? null : figure('earlyTerminationFee')}
            {monthly ? figure('billingInformation.billingCurrencyRemainingCommitmentAmount') : null}
            {v.billingRefundAmount.currency === 'USD' ? null : figure('pricingRefundAmount')}
          </Group>
          <Group title={t.groupLimit}>
            {figure('policyResult.capUse')}
            {p.consumedRefundsTotal.amount === '0.00' ? null : figure('policyResult.consumedRefundsTotal')}
            {v.allowed ? figure('policyResult.remainingAfter') : null}
            {overLimit ? figure('policyResult.maxQuantityNow') : null}
            {overLimit ? figure('policyResult.fitsOn') : null}
          </Group>
          <Group title={t.groupTerm}>
            {figure('elapsedDays')}
            {figure('remainingDays')}
            {monthly ? figure('billingInformation.completedTransactions') : null}
          </Group>
        </div>
      )}
      {v.priceBasis === 'current' || v.fullCredit ? (
        <p class="rd-basis">
          {v.priceBasis === 'current' ? t.priceBasis.current : ''}
          {v.priceBasis === 'current' && v.fullCredit ? ' · ' : ''}
          {v.fullCredit ? t.fullCredit : ''}
        </p>
      ) : null}
      {timeline ? <TimelineChart timeline={timeline} t={t} locale={locale} /> : null}
    </>
  );
}

function ExchangeAnswer(props: ResultProps & { estimate: ExchangeEstimate }) {
  const { estimate: v, t, locale } = props;
  const money = (amount: Money) => formatMoney(amount, locale);
  const errors = v.policyResult.errors;
  const headline = v.allowed
    ? isZero(v.netPayable)
      ? t.headlineExchangeEven
      : fill(t.headlineExchange, { amount: money(v.netPayable) })
    : fill(t.headlineRefused, { reason: problemSentence(errors[0]?.code ?? '', locale).replace(/[.。]$/, '') });
  const hourly = v.minimumSavingsPlanHourly;
  const short = errors.some((e) => e.code === 'EXCHANGE_INSUFFICIENT_COMMITMENT');
  const next = [
    short ? fill(t.nextShortfall, { amount: money(negated(v.netPayable)) }) : null,
    hourly ? fill(t.nextTradeIn, { P1Y: money(hourly.P1Y), P3Y: money(hourly.P3Y) }) : null,
    v.allowed ? requestLink(t, locale) : null,
  ];
  const figure = (path: string) => (
    <Figure key={path} path={path} of="exchange" value={valueAt(v, path)} t={t} locale={locale} />
  );
  return (
    <>
      <Headline allowed={v.allowed} text={headline} errors={errors} t={t} describe={props.describe}>
        <Next t={t} items={next} />
      </Headline>
      <PolicyLine policy={v.policy} t={t} locale={locale} />
      <div class="rd-groups">
        <Group title={t.groupExchange}>
          {figure('refundsTotal')}
          {figure('purchasesTotal')}
          {figure('netPayable')}
          {/* R-exchange.7: the smallest hourly savings plan the returned value covers; compute returns only. */}
          {hourly ? figure('minimumSavingsPlanHourly.P1Y') : null}
          {hourly ? figure('minimumSavingsPlanHourly.P3Y') : null}
        </Group>
        {v.reservationsToExchange.map((row, i) => (
          <Group key={i} title={fieldLabel(`returns[${i}]`, locale)}>
            {figure(`reservationsToExchange[${i}].billingRefundAmount`)}
            {row.billingInformation.billingPlan === 'Monthly'
              ? figure(`reservationsToExchange[${i}].billingInformation.billingCurrencyRemainingCommitmentAmount`)
              : null}
          </Group>
        ))}
      </div>
    </>
  );
}

function CapAnswer(props: ResultProps & { status: CapStatus }) {
  const { status: v, t, locale } = props;
  const refill = v.refills[0];
  const figure = (path: string) => (
    <Figure key={path} path={path} of="cap" value={valueAt(v, path)} t={t} locale={locale} />
  );
  return (
    <>
      <Headline
        allowed={true}
        text={fill(t.headlineCap, { amount: formatMoney(v.remaining, locale) })}
        errors={[]}
        t={t}
        describe={props.describe}
      >
        <Next
          t={t}
          items={[
            refill
              ? fill(t.nextRefill, {
                  amount: formatMoney(refill.amount, locale),
                  date: formatIsoDate(refill.date, locale),
                })
              : t.noRefills,
          ]}
        />
      </Headline>
      <div class="rd-groups">
        <Group title={t.groupLimit}>
          {figure('consumedRefundsTotal')}
          {figure('remaining')}
        </Group>
      </div>
      {v.refills.length > 0 ? (
        <>
          <h3>{t.refills}</h3>
          <ol class="rd-refills">
            {v.refills.map((r, i) => (
              <li key={i}>
                {formatIsoDate(r.date, locale)} · {formatMoney(r.amount, locale)}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

/** Every figure of the answer by its contract path, rows of a list expanded ("refills[].date" → each refill). */
function figureRows(answer: Answer): string[] {
  const of: FigureOf = answer.kind;
  const rows: string[] = [];
  for (const path of figurePaths(of)) {
    if (path.endsWith('errors')) continue;
    const list = /^(\w+)\[\]\.(.+)$/.exec(path);
    if (!list) {
      rows.push(path);
      continue;
    }
    const items = (answer.value as unknown as Record<string, unknown[]>)[list[1]!] ?? [];
    for (let i = 0; i < items.length; i++) rows.push(`${list[1]}[${i}].${list[2]}`);
  }
  if (answer.kind === 'exchange' && answer.value.minimumSavingsPlanHourly === null) {
    return [...rows.filter((path) => !path.startsWith('minimumSavingsPlanHourly.')), 'minimumSavingsPlanHourly'];
  }
  return rows;
}

/** All figures with Azure's field names (or the contract path), collapsed: for the portal side by side, and checks. */
function AllFigures({ answer, t, locale }: { answer: Answer; t: Strings; locale: Locale }) {
  const of: FigureOf = answer.kind;
  // A refused refund is never "paid back", not even in the table.
  const refusedRefund = answer.kind === 'refund' && !answer.value.allowed;
  return (
    <details class="rd-all">
      <summary>{t.allFigures}</summary>
      <table class="rd-table">
        <thead>
          <tr>
            <th scope="col">{t.figureColumn}</th>
            <th scope="col">{t.valueColumn}</th>
            <th scope="col">{t.fieldColumn}</th>
          </tr>
        </thead>
        <tbody>
          {figureRows(answer).map((path) => {
            const value = valueAt(answer.value, path);
            return (
              <tr key={path}>
                <th scope="row" data-label={t.figureColumn}>
                  {refusedRefund && path === 'billingRefundAmount'
                    ? t.refusedRefundLabel
                    : figureLabel(path, locale, of)}
                </th>
                <td data-label={t.valueColumn} data-field={path} data-value={plain(value)}>
                  {shown(path, value, t, locale)}
                </td>
                <td data-label={t.fieldColumn}>
                  <code>{azureFieldName(path, of) ?? path}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

function Explanation(props: { steps: Step[] } & ResultProps) {
  const { steps, t, locale, revealed, onReveal } = props;
  const lines = explain(steps, locale);
  const shownSteps = Math.min(revealed, steps.length);
  return (
    <section class="rd-explanation" aria-labelledby="rd-steps-title">
      <h3 id="rd-steps-title">{t.explanation}</h3>
      <ol class="rd-steps">
        {steps.slice(0, shownSteps).map((step, i) => (
          <li key={i} class={i === shownSteps - 1 ? 'rd-latest' : undefined}>
            {lines[i]}{' '}
            <a href={rulePageHref(step.rule, locale)} class="rd-rule">
              {step.rule}
            </a>
          </li>
        ))}
      </ol>
      {shownSteps < steps.length ? (
        <p class="rd-reveal">
          <button type="button" onClick={() => onReveal(shownSteps + 1)}>
            {t.nextStep} ({shownSteps + 1}/{steps.length})
          </button>{' '}
          <button type="button" onClick={() => onReveal(steps.length)}>
            {t.allSteps}
          </button>
        </p>
      ) : null}
    </section>
  );
}
