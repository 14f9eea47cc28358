import {
  type CapStatus,
  type Checklist,
  describeProblem,
  type ExchangeEstimate,
  explain,
  type FigureOf,
  figureLabel,
  formatMoney,
  type Locale,
  type Money,
  type PolicyRef,
  type Problem,
  policyTitle,
  priceBasisLabel,
  type RefundEstimate,
  type Step,
  sentence,
} from '@refund-desk/core';
import type { CommandResult } from './json-command.js';
import { alignRows, type Row } from './text/align.js';
import { type Labels, labelsFor } from './text/labels.js';

/** The --text report: core's figures as aligned rows, the verdict with its reasons, then core's explanation. */
export function renderText(outcome: CommandResult, locale: Locale): string {
  const labels = labelsFor(locale);
  const problem = (item: Problem) => problemLine(item, locale);
  if (!outcome.result.ok) return section(`${labels.inputProblems}:`, outcome.result.errors.map(problem));
  const words: Words = {
    labels,
    locale,
    money: (value: Money) => formatMoney(value, locale),
    problem,
    figure: (path: string, of: FigureOf) => figureLabel(path, locale, of),
  };
  switch (outcome.command) {
    case 'refund':
      return renderRefund(outcome.result.value, words);
    case 'exchange':
      return renderExchange(outcome.result.value, words);
    case 'cap':
      return renderCap(outcome.result.value, words);
    case 'checklist':
      return renderChecklist(outcome.result.value, labels);
  }
}

interface Words {
  labels: Labels;
  locale: Locale;
  money: (value: Money) => string;
  problem: (problem: Problem) => string;
  figure: (path: string, of: FigureOf) => string;
}

/**
 * A problem as core words it for people, its field named in words; the JSON path follows in brackets, so the reader
 * can find the field in the request file, and the code last.
 */
function problemLine(problem: Problem, locale: Locale): string {
  const where = problem.field ? ` [${problem.field}]` : '';
  return `${describeProblem(problem, locale)}${where} (${problem.code})`;
}

function renderRefund(estimate: RefundEstimate, words: Words): string {
  const { labels, money, locale } = words;
  const figure = (path: string) => words.figure(path, 'refund');
  const billing = estimate.billingInformation;
  const cap = estimate.policyResult;
  const rows: Row[] = [
    [figure('quantity'), String(estimate.quantity)],
    [labels.days, `${estimate.elapsedDays} / ${estimate.termDays}`],
    [figure('priceBasis'), priceBasisLabel(estimate.priceBasis, locale)],
  ];
  if (billing.billingPlan === 'Monthly') {
    rows.push([labels.payments, `${billing.completedTransactions} / ${billing.totalTransactions}`]);
  }
  rows.push(
    [figure('billingRefundAmount'), money(estimate.billingRefundAmount)],
    [figure('earlyTerminationFee'), money(estimate.earlyTerminationFee)],
    [figure('billingInformation.billingCurrencyTotalPaidAmount'), money(billing.billingCurrencyTotalPaidAmount)],
    [figure('billingInformation.billingCurrencyProratedAmount'), money(billing.billingCurrencyProratedAmount)],
  );
  if (billing.billingPlan === 'Monthly') {
    rows.push([
      figure('billingInformation.billingCurrencyRemainingCommitmentAmount'),
      money(billing.billingCurrencyRemainingCommitmentAmount),
    ]);
  }
  if (estimate.pricingRefundAmount.currency !== estimate.billingRefundAmount.currency) {
    rows.push([figure('pricingRefundAmount'), money(estimate.pricingRefundAmount)]);
  }
  rows.push(
    [figure('policyResult.capUse'), money(cap.capUse)],
    [figure('policyResult.consumedRefundsTotal'), money(cap.consumedRefundsTotal)],
    [figure('policyResult.maxRefundLimit'), money(cap.maxRefundLimit)],
    [figure('policyResult.remainingAfter'), money(cap.remainingAfter)],
  );
  if (cap.errors.some((problem) => problem.code === 'REFUND_LIMIT_EXCEEDED')) {
    rows.push(
      [figure('policyResult.maxQuantityNow'), String(cap.maxQuantityNow)],
      [figure('policyResult.fitsOn'), cap.fitsOn ?? sentence('fitsNever', locale)],
    );
  }
  // R-cap.2: refused only because the canceled future payments count; the portal may still accept it.
  const portalMayAccept = cap.refusedByFuturePayments ? [sentence('refusedByFuturePayments', locale)] : [];
  return [
    heading(labels.refundTitle, estimate.policy, words),
    alignRows(rows).join('\n'),
    verdict(estimate.allowed, cap.errors, words),
    ...portalMayAccept,
    explanation(estimate.steps, labels, locale),
  ].join('\n\n');
}

function renderExchange(estimate: ExchangeEstimate, words: Words): string {
  const { labels, money, locale } = words;
  const figure = (path: string) => words.figure(path, 'exchange');
  const rows: Row[] = [];
  estimate.reservationsToExchange.forEach((item, index) => {
    const row = `reservationsToExchange[${index}]`;
    rows.push([figure(`${row}.billingRefundAmount`), money(item.billingRefundAmount)]);
    if (item.billingInformation.billingPlan === 'Monthly') {
      rows.push([
        figure(`${row}.billingInformation.billingCurrencyRemainingCommitmentAmount`),
        money(item.billingInformation.billingCurrencyRemainingCommitmentAmount),
      ]);
    }
  });
  rows.push(
    [figure('refundsTotal'), money(estimate.refundsTotal)],
    [figure('purchasesTotal'), money(estimate.purchasesTotal)],
    [figure('netPayable'), money(estimate.netPayable)],
  );
  const hourly = estimate.minimumSavingsPlanHourly;
  if (hourly) {
    rows.push(
      [figure('minimumSavingsPlanHourly.P1Y'), money(hourly.P1Y)],
      [figure('minimumSavingsPlanHourly.P3Y'), money(hourly.P3Y)],
    );
  }
  return [
    heading(labels.exchangeTitle, estimate.policy, words),
    alignRows(rows).join('\n'),
    verdict(estimate.allowed, estimate.policyResult.errors, words),
    explanation(estimate.steps, labels, locale),
  ].join('\n\n');
}

function renderCap(status: CapStatus, words: Words): string {
  const { labels, money } = words;
  const figure = (path: string) => words.figure(path, 'cap');
  const rows: Row[] = [
    [figure('consumedRefundsTotal'), money(status.consumedRefundsTotal)],
    [figure('maxRefundLimit'), money(status.maxRefundLimit)],
    [figure('remaining'), money(status.remaining)],
  ];
  const refills = status.refills.map(({ date, amount }): Row => [date, `+${money(amount)}`]);
  return [
    labels.capTitle,
    alignRows(rows).join('\n'),
    refills.length > 0 ? section(`${labels.refills}:`, alignRows(refills, '')) : labels.noRefills,
  ].join('\n\n');
}

function renderChecklist(checklist: Checklist, labels: Labels): string {
  const items = checklist.items.map((item, index) => {
    const number = `${index + 1}. `;
    const indent = ' '.repeat(number.length);
    const lines = [`${number}${item.title}`];
    if (item.detail) lines.push(`${indent}${item.detail}`);
    if (item.value) lines.push(`${indent}→ ${item.value}`);
    return lines.join('\n');
  });
  return [
    labels.checklistTitle,
    items.join('\n'),
    [`${labels.description}:`, ...checklist.description.split('\n').map((line) => `  ${line}`)].join('\n'),
  ].join('\n\n');
}

/** The policy, titled in the reader's language (core's title for the id, not the English one of the JSON). */
function heading(title: string, policy: PolicyRef, { labels, locale }: Words): string {
  return [
    title,
    `${labels.policy}: ${policy.id} — ${policyTitle(policy.id, locale)} (${labels.inForceFrom} ${policy.inForceFrom})`,
    `${labels.source}: ${policy.source}`,
  ].join('\n');
}

function verdict(allowed: boolean, reasons: readonly Problem[], { labels, problem }: Words): string {
  if (allowed && reasons.length === 0) return `${labels.allowed}.`;
  return section(`${allowed ? labels.allowed : labels.refused}:`, reasons.map(problem));
}

function explanation(steps: readonly Step[], labels: Labels, locale: Locale): string {
  return section(`${labels.explanation}:`, explain([...steps], locale));
}

function section(title: string, lines: readonly string[]): string {
  return [title, ...lines.map((line) => `  - ${line}`)].join('\n');
}
