import {
  type CapStatus,
  type Checklist,
  type ExchangeEstimate,
  explain,
  formatMoney,
  type Locale,
  type Money,
  type PolicyRef,
  type Problem,
  type RefundEstimate,
  type Step,
} from '@refund-desk/core';
import type { CommandResult } from './json-command.js';
import { describeProblem } from './problem-text.js';
import { alignRows, type Row } from './text/align.js';
import { type Labels, labelsFor } from './text/labels.js';

/** The --text report: core's figures as aligned rows, the verdict with its reasons, then core's explanation. */
export function renderText(outcome: CommandResult, locale: Locale): string {
  const labels = labelsFor(locale);
  if (!outcome.result.ok) return section(`${labels.inputProblems}:`, outcome.result.errors.map(describeProblem));
  const money = (value: Money) => formatMoney(value, locale);
  switch (outcome.command) {
    case 'refund':
      return renderRefund(outcome.result.value, labels, money, locale);
    case 'exchange':
      return renderExchange(outcome.result.value, labels, money, locale);
    case 'cap':
      return renderCap(outcome.result.value, labels, money);
    case 'checklist':
      return renderChecklist(outcome.result.value, labels);
  }
}

type FormatMoney = (value: Money) => string;

function renderRefund(estimate: RefundEstimate, labels: Labels, money: FormatMoney, locale: Locale): string {
  const billing = estimate.billingInformation;
  const cap = estimate.policyResult;
  const rows: Row[] = [
    [labels.quantity, String(estimate.quantity)],
    [labels.days, `${estimate.elapsedDays} / ${estimate.termDays}`],
    [labels.priceBasis, estimate.priceBasis === 'current' ? labels.currentPrice : labels.purchasePrice],
  ];
  if (billing.billingPlan === 'Monthly') {
    rows.push([labels.payments, `${billing.completedTransactions} / ${billing.totalTransactions}`]);
  }
  rows.push(
    [labels.totalPaid, money(billing.billingCurrencyTotalPaidAmount)],
    [labels.prorated, money(billing.billingCurrencyProratedAmount)],
    [labels.refund, money(estimate.billingRefundAmount)],
    [labels.earlyTerminationFee, money(estimate.earlyTerminationFee)],
  );
  if (billing.billingPlan === 'Monthly') {
    rows.push([labels.remainingCommitment, money(billing.billingCurrencyRemainingCommitmentAmount)]);
  }
  if (estimate.pricingRefundAmount.currency !== estimate.billingRefundAmount.currency) {
    rows.push([labels.refundUsd, money(estimate.pricingRefundAmount)]);
  }
  rows.push(
    [labels.canceledCommitment, money(cap.capUse)],
    [labels.countedInWindow, money(cap.consumedRefundsTotal)],
    [labels.limit, money(cap.maxRefundLimit)],
    [labels.leftAfter, money(cap.remainingAfter)],
  );
  if (cap.errors.some((problem) => problem.code === 'REFUND_LIMIT_EXCEEDED')) {
    rows.push(
      [labels.maxQuantityNow, String(cap.maxQuantityNow)],
      [labels.fitsOn, cap.fitsOn ?? labels.notBeforeTermEnds],
    );
  }
  return [
    heading(labels.refundTitle, estimate.policy, labels),
    alignRows(rows).join('\n'),
    verdict(estimate.allowed, cap.errors, labels),
    explanation(estimate.steps, labels, locale),
  ].join('\n\n');
}

function renderExchange(estimate: ExchangeEstimate, labels: Labels, money: FormatMoney, locale: Locale): string {
  const rows: Row[] = [];
  estimate.reservationsToExchange.forEach((item, index) => {
    rows.push([labels.returnRefund(index + 1), money(item.billingRefundAmount)]);
    if (item.billingInformation.billingPlan === 'Monthly') {
      rows.push([
        labels.returnCommitment(index + 1),
        money(item.billingInformation.billingCurrencyRemainingCommitmentAmount),
      ]);
    }
  });
  rows.push(
    [labels.refundsTotal, money(estimate.refundsTotal)],
    [labels.purchasesTotal, money(estimate.purchasesTotal)],
    [labels.netPayable, money(estimate.netPayable)],
  );
  return [
    heading(labels.exchangeTitle, estimate.policy, labels),
    alignRows(rows).join('\n'),
    verdict(estimate.allowed, estimate.policyResult.errors, labels),
    explanation(estimate.steps, labels, locale),
  ].join('\n\n');
}

function renderCap(status: CapStatus, labels: Labels, money: FormatMoney): string {
  const rows: Row[] = [
    [labels.countedInWindow, money(status.consumedRefundsTotal)],
    [labels.limit, money(status.maxRefundLimit)],
    [labels.remaining, money(status.remaining)],
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

function heading(title: string, policy: PolicyRef, labels: Labels): string {
  return [
    title,
    `${labels.policy}: ${policy.id} — ${policy.title} (${labels.inForceFrom} ${policy.inForceFrom})`,
    `${labels.source}: ${policy.source}`,
  ].join('\n');
}

function verdict(allowed: boolean, reasons: readonly Problem[], labels: Labels): string {
  if (allowed && reasons.length === 0) return `${labels.allowed}.`;
  return section(`${allowed ? labels.allowed : labels.refused}:`, reasons.map(describeProblem));
}

function explanation(steps: readonly Step[], labels: Labels, locale: Locale): string {
  return section(`${labels.explanation}:`, explain([...steps], locale));
}

function section(title: string, lines: readonly string[]): string {
  return [title, ...lines.map((line) => `  - ${line}`)].join('\n');
}
