// R-support: the support request checklist and a ready-to-paste description, in English or Korean.
import { formatDate } from './dates.js';
import { catalog, fill } from './explain.js';
import { isGuid } from './guid.js';
import type { Checklist, ChecklistItem, Locale, Money, Result } from './types.js';
import { isRecord, type Json, Problems, plainText, readDate, readObject } from './validate.js';
import { policyTitle } from './words/policy-words.js';
import { problemSentence } from './words/problems.js';

/** The portal's own labels (English UI), which the agent must pick exactly. */
const PORTAL_VALUES: Record<string, string> = {
  'issue-type': 'Billing',
  'problem-type': 'Reservation management',
  'problem-category': 'Exchanges and refunds',
};

function isMoney(value: unknown): value is Money {
  return isRecord(value) && typeof value.amount === 'string' && typeof value.currency === 'string';
}

function moneyText(value: unknown): string {
  return isMoney(value) ? `${value.amount} ${value.currency}` : '?';
}

function readId(raw: Json | undefined, key: string, problems: Problems): string | undefined {
  const value = raw?.[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isGuid(value)) return value.toLowerCase();
  return problems.add('INVALID_ID', `reservation.${key}`, `reservation.${key} must be a GUID`);
}

/** The date the estimate was made for: its policy step carries it. */
function estimateDate(estimate: Json | undefined): string | undefined {
  const steps = estimate?.steps;
  if (!Array.isArray(steps)) return undefined;
  const step = steps.find((s) => isRecord(s) && s.rule === 'R-policy.1');
  const date = isRecord(step) && isRecord(step.params) ? step.params.date : undefined;
  return typeof date === 'string' ? date : undefined;
}

const ZERO = /^-?0(?:\.0+)?$/;

/**
 * The estimate in the description, in the reader's words: the policy by its title and id, reasons as sentences (never
 * raw codes), a refused refund as what would be paid back, and an exchange with no purchase yet as the least a new
 * purchase must be worth (R-exchange.4) rather than a negative "net payable".
 */
function estimateLine(estimate: Json, locale: Locale): string {
  const words = catalog(locale).checklist.description;
  const id = isRecord(estimate.policy) && typeof estimate.policy.id === 'string' ? estimate.policy.id : undefined;
  const policy = id === undefined ? '?' : `${policyTitle(id, locale)} (${id})`;
  const exchange = 'refundsTotal' in estimate;
  const noPurchase = exchange && isMoney(estimate.purchasesTotal) && ZERO.test(estimate.purchasesTotal.amount);
  const errors = isRecord(estimate.policyResult) ? estimate.policyResult.errors : undefined;
  const codes = (Array.isArray(errors) ? errors.map((e) => (isRecord(e) ? plainText(e.code) : '')) : [])
    .filter(Boolean)
    .filter((code) => !(noPurchase && code === 'EXCHANGE_INSUFFICIENT_COMMITMENT'));
  const refused = estimate.allowed === false && codes.length > 0;
  let line: string;
  if (noPurchase) {
    line = fill(words.exchangeMinimum, { refundsTotal: moneyText(estimate.refundsTotal), policy }, locale);
  } else if (exchange) {
    line = fill(
      words.exchangeEstimate,
      {
        refundsTotal: moneyText(estimate.refundsTotal),
        purchasesTotal: moneyText(estimate.purchasesTotal),
        netPayable: moneyText(estimate.netPayable),
        policy,
      },
      locale,
    );
  } else {
    line = fill(
      refused ? words.refundEstimateRefused : words.refundEstimate,
      {
        refund: moneyText(estimate.billingRefundAmount),
        fee: moneyText(estimate.earlyTerminationFee),
        capUse: moneyText(isRecord(estimate.policyResult) ? estimate.policyResult.capUse : undefined),
        policy,
      },
      locale,
    );
  }
  if (!refused) return line;
  const reasons = [...new Set(codes)].map((code) => problemSentence(code, locale)).join(' ');
  return `${line}; ${fill(words.notAllowed, { reasons }, locale)}`;
}

/** The support-request checklist (contract: supportChecklist). Never throws. */
export function supportChecklist(request: unknown): Result<Checklist> {
  const problems = new Problems();
  const raw = readObject(request, '', problems);
  if (!raw) return { ok: false, errors: problems.list };
  if (raw.action !== 'refund' && raw.action !== 'exchange') {
    problems.add('INVALID_INPUT', 'action', 'action must be "refund" or "exchange"');
  }
  if (raw.locale !== undefined && raw.locale !== 'en' && raw.locale !== 'ko') {
    problems.add('INVALID_INPUT', 'locale', 'locale must be "en" or "ko"');
  }
  if (raw.customer !== undefined && typeof raw.customer !== 'string') {
    problems.add('INVALID_INPUT', 'customer', 'customer must be text');
  }
  const reservation = raw.reservation === undefined ? undefined : readObject(raw.reservation, 'reservation', problems);
  const estimate = raw.estimate === undefined ? undefined : readObject(raw.estimate, 'estimate', problems);
  const reservationId = readId(reservation, 'reservationId', problems);
  const reservationOrderId = readId(reservation, 'reservationOrderId', problems);
  // The request's date, else the estimate's: a checklist never reads the clock, so the same request gives the same text.
  const date = raw.date === undefined ? undefined : readDate(raw.date, 'date', problems);
  if (!problems.empty) return { ok: false, errors: problems.list };

  const locale: Locale = raw.locale === 'ko' ? 'ko' : 'en';
  const words = catalog(locale).checklist;
  const action = raw.action as 'refund' | 'exchange';
  const values: Record<string, string | undefined> = {
    ...PORTAL_VALUES,
    'reservation-id': reservationId,
    'reservation-order-id': reservationOrderId,
  };
  const items: ChecklistItem[] = Object.entries(words.items).map(([id, text]) => {
    const value = values[id];
    return value === undefined ? { id, ...text } : { id, ...text, value };
  });

  const quantity =
    (typeof estimate?.quantity === 'number' && estimate.quantity) ||
    (typeof reservation?.quantity === 'number' && reservation.quantity) ||
    undefined;
  const d = words.description;
  const unknown = words.unknown;
  const lines = [
    fill(d.heading, { action: words.action[action] }, locale),
    `${d.customer}: ${typeof raw.customer === 'string' && raw.customer.trim() ? raw.customer.trim() : unknown}`,
    `${d.reservationId}: ${reservationId ?? unknown}`,
    `${d.reservationOrderId}: ${reservationOrderId ?? unknown}`,
    `${d.action}: ${words.action[action]}`,
    `${d.quantity}: ${quantity ?? unknown}`,
    `${d.date}: ${(date === undefined ? undefined : formatDate(date)) ?? estimateDate(estimate) ?? unknown}`,
  ];
  if (estimate) lines.push(`${d.estimate}: ${estimateLine(estimate, locale)}`);
  lines.push(d.disclaimer);
  // Plain spaces: the description is pasted into a support form, where no-break spaces from Intl only confuse.
  return { ok: true, value: { items, description: lines.join('\n').replace(/\u00a0/g, ' ') } };
}
