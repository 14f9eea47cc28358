import {
  azureFieldName,
  describeProblem,
  type ExchangeEstimate,
  explain,
  type FigureOf,
  figureLabel,
  formatMoney,
  type Locale,
  ledgerEntryFromEstimate,
  type Money,
  policyPagePath,
  policyTitle,
  productByKey,
  type RefundEstimate,
  sentence,
} from '@refund-desk/core';
import type { FigureView, HeadroomView, RefundRecord, ReservationInputs, Settings } from '../shapes';
import { estimate, type FieldError, headroom, type Ids } from './estimate';

// What the panels show, computed where core runs (the background for content scripts, the page itself for extension
// pages) and handed over as plain, already formatted data: the content script carries no money code at all.
// The same shapes the background hands to the content script (shapes.ts), so both draw with one set of components.
export type HeadroomModel = HeadroomView;

/** One figure as the panel shows it: core's label for its contract path, Azure's field name, the formatted value. */
export type FigureModel = FigureView;

export interface EstimateModel {
  allowed: boolean;
  reasons: string[];
  figures: FigureModel[];
  /** Set when the refund is refused only because the canceled future payments count: the portal may accept it (R-cap.2). */
  portalMayAccept: string | null;
  exchangeMinimum: string | null;
  /** The exchange's savings-plan sizing (R-exchange.7), when every return is compute. */
  exchangeFigures: FigureModel[];
  notExchangeable: string[];
  eligibility: { refundable: boolean; exchangeable: boolean } | null;
  /** The policy, titled in the reader's language; `page` is its page on the published site, when there is one. */
  policy: RefundEstimate['policy'] & { page?: string };
  explanation: string[];
  headroom: HeadroomModel | null;
  /** The ledger entry to record once this refund is made (core's ledgerEntryFromEstimate); null unless allowed for a customer. */
  record: RefundRecord | null;
  /** core's own answer, for the checklist and for tests */
  estimate: RefundEstimate;
}

export type ModelResult = { ok: true; value: EstimateModel } | { ok: false; errors: FieldError[] };

const tenantPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isTenantId(text: string): boolean {
  return tenantPattern.test(text.trim());
}

function figure(of: FigureOf, path: string, value: string, testId: string, locale: Locale): FigureModel {
  return { path, label: figureLabel(path, locale, of), azure: azureFieldName(path, of), value, testId };
}

function refundFigures(refund: RefundEstimate, locale: Locale): FigureModel[] {
  const money = (m: Money) => formatMoney(m, locale);
  const r = refund.policyResult;
  const f = (path: string, value: string, testId: string) => figure('refund', path, value, testId, locale);
  return [
    f('billingRefundAmount', money(refund.billingRefundAmount), 'refund-now'),
    f('earlyTerminationFee', money(refund.earlyTerminationFee), 'fee'),
    f(
      'billingInformation.billingCurrencyRemainingCommitmentAmount',
      money(refund.billingInformation.billingCurrencyRemainingCommitmentAmount),
      'canceled',
    ),
    f('policyResult.capUse', money(r.capUse), 'cap-use'),
    f('policyResult.remainingAfter', money(r.remainingAfter), 'remaining-after'),
    f('policyResult.maxQuantityNow', String(r.maxQuantityNow), 'max-quantity'),
    f('policyResult.fitsOn', r.fitsOn ?? sentence('fitsNever', locale), 'fits-on'),
  ];
}

function exchangeFigures(exchange: ExchangeEstimate | null, locale: Locale): FigureModel[] {
  const hourly = exchange?.minimumSavingsPlanHourly;
  if (!hourly) return [];
  return (['P1Y', 'P3Y'] as const).map((term) =>
    figure(
      'exchange',
      `minimumSavingsPlanHourly.${term}`,
      formatMoney(hourly[term], locale),
      `savings-plan-${term}`,
      locale,
    ),
  );
}

/** The refund as the customer's ledger keeps it: what the limit counts, policyResult.capUse in USD (R-cap.2). */
function recordOf(refund: RefundEstimate, inputs: ReservationInputs, ids: Ids, date: string): RefundRecord {
  const entry = ledgerEntryFromEstimate(refund, {
    date,
    ...(ids.reservationId && { reservationId: ids.reservationId }),
  });
  return {
    // One id per refund, so recording it twice keeps one entry.
    id: `${date}-${entry.amount.amount}-${ids.reservationId ?? ids.reservationOrderId ?? 'typed'}`
      .replace(/[^\w-]/g, '-')
      .slice(0, 64),
    tenantId: inputs.customer.trim().toLowerCase(),
    date: entry.date,
    amount: entry.amount.amount,
    ...(entry.reservationId && { reservationId: entry.reservationId }),
    ...(entry.note && { note: entry.note }),
  };
}

export function headroomModel(date: string, refunds: readonly RefundRecord[], locale: Locale): HeadroomModel | null {
  const status = headroom(date, refunds);
  if (!status) return null;
  return {
    remaining: formatMoney(status.remaining, locale),
    max: formatMoney(status.maxRefundLimit, locale),
    refills: status.refills.map((r) => ({ date: r.date, amount: formatMoney(r.amount, locale) })),
  };
}

export function estimateModel(
  inputs: ReservationInputs,
  ids: Ids,
  date: string,
  refunds: readonly RefundRecord[],
  settings: Pick<Settings, 'policy' | 'whatIfFee'>,
  locale: Locale,
  requiredMessage: string,
): ModelResult {
  const result = estimate(inputs, ids, date, refunds, settings, locale, requiredMessage);
  if (!result.ok) return result;
  const { refund, exchange } = result.value;
  const money = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, locale);
  const r = refund.policyResult;
  const product = productByKey(inputs.product);
  const exchangeRefusals =
    exchange?.policyResult.errors.filter((e) => e.code !== 'EXCHANGE_INSUFFICIENT_COMMITMENT') ?? [];
  return {
    ok: true,
    value: {
      allowed: refund.allowed,
      reasons: r.errors.map((e) => describeProblem(e, locale)),
      figures: refundFigures(refund, locale),
      portalMayAccept: r.refusedByFuturePayments ? sentence('refusedByFuturePayments', locale) : null,
      exchangeMinimum: exchange && !exchangeRefusals.length ? money(exchange.refundsTotal) : null,
      exchangeFigures: exchange && !exchangeRefusals.length ? exchangeFigures(exchange, locale) : [],
      notExchangeable: exchangeRefusals.map((e) => describeProblem(e, locale)),
      eligibility: product ? { refundable: product.refundable, exchangeable: product.exchangeable } : null,
      policy: {
        ...refund.policy,
        title: policyTitle(refund.policy.id, locale),
        ...(__SITE_URL__ && { page: `${__SITE_URL__}${policyPagePath(refund.policy.id, locale)}` }),
      },
      explanation: explain(refund.steps, locale),
      headroom: isTenantId(inputs.customer) ? headroomModel(date, refunds, locale) : null,
      record: refund.allowed && isTenantId(inputs.customer) ? recordOf(refund, inputs, ids, date) : null,
      estimate: refund,
    },
  };
}
