import {
  describeProblem,
  explain,
  formatMoney,
  type Locale,
  policyById,
  policyPagePath,
  productByKey,
  type RefundEstimate,
} from '@refund-desk/core';
import type { RefundRecord, ReservationInputs, Settings } from '../shapes';
import { estimate, type FieldError, headroom, type Ids } from './estimate';

// What the panels show, computed where core runs (the background for content scripts, the page itself for extension
// pages) and handed over as plain, already formatted data: the content script carries no money code at all.
export interface HeadroomModel {
  remaining: string;
  max: string;
  refills: { date: string; amount: string }[];
}

export interface EstimateModel {
  allowed: boolean;
  reasons: string[];
  refundNow: string;
  fee: string;
  canceled: string;
  capUse: string;
  remainingAfter: string;
  maxQuantityNow: number;
  fitsOn: string | null;
  exchangeMinimum: string | null;
  notExchangeable: string[];
  eligibility: { refundable: boolean; exchangeable: boolean } | null;
  /** The policy, titled in the reader's language; `page` is its page on the published site, when there is one. */
  policy: RefundEstimate['policy'] & { page?: string };
  explanation: string[];
  headroom: HeadroomModel | null;
  /** core's own answer, for the checklist and for tests */
  estimate: RefundEstimate;
}

export type ModelResult = { ok: true; value: EstimateModel } | { ok: false; errors: FieldError[] };

const tenantPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isTenantId(text: string): boolean {
  return tenantPattern.test(text.trim());
}

/** The policy's title in the reader's language, from core's policy data. */
function policyTitle(policy: RefundEstimate['policy'], locale: Locale): string {
  return locale === 'ko' ? (policyById(policy.id)?.ko.title ?? policy.title) : policy.title;
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
      refundNow: money(refund.billingRefundAmount),
      fee: money(refund.earlyTerminationFee),
      canceled: money(refund.billingInformation.billingCurrencyRemainingCommitmentAmount),
      capUse: money(r.capUse),
      remainingAfter: money(r.remainingAfter),
      maxQuantityNow: r.maxQuantityNow,
      fitsOn: r.fitsOn,
      exchangeMinimum: exchange && !exchangeRefusals.length ? money(exchange.refundsTotal) : null,
      notExchangeable: exchangeRefusals.map((e) => describeProblem(e, locale)),
      eligibility: product ? { refundable: product.refundable, exchangeable: product.exchangeable } : null,
      policy: {
        ...refund.policy,
        title: policyTitle(refund.policy, locale),
        ...(__SITE_URL__ && { page: `${__SITE_URL__}${policyPagePath(refund.policy.id, locale)}` }),
      },
      explanation: explain(refund.steps, locale),
      headroom: isTenantId(inputs.customer) ? headroomModel(date, refunds, locale) : null,
      estimate: refund,
    },
  };
}
