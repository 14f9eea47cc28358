// The numbers the messages quote, taken from a policy's dated parameters rather than written into the words:
// "12 %" (Korean "12%"), "USD 50,000", 5 days, 365 days. A message names them as {feeRate}, {limit}…
import { formatMoney } from '../money.js';
import { isPolicyId, parameterFor } from '../parameters.js';
import { type Policy, policies, policyById, type Rate } from '../policies.js';
import type { Locale, PolicyId } from '../types.js';

/** A rate as a percentage for people: "12 %" in English, "12%" in Korean (each language's own habit). */
export function percentText(rate: Rate, locale: Locale): string {
  const hundredths = (rate.num * 10_000n) / rate.den; // exact to 2 decimals of a percent, enough for any fee
  const whole = hundredths / 100n;
  const part = hundredths % 100n;
  const digits = part === 0n ? `${whole}` : `${whole}.${part.toString().padStart(2, '0').replace(/0$/, '')}`;
  return locale === 'ko' ? `${digits}%` : `${digits} %`;
}

/** An amount of USD cents as the rules quote a limit: "USD 50,000" (cents only when there are some). */
export function usdText(cents: bigint, locale: Locale): string {
  if (cents % 100n !== 0n) {
    const text = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
    return formatMoney({ amount: text, currency: 'USD' }, locale);
  }
  const grouped = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `USD ${grouped}`;
}

/** The policy the words speak of: a known id, or else the newest version (every version shares the limit). */
export function wordsPolicy(id?: unknown): Policy {
  return (isPolicyId(id) ? policyById(id) : undefined) ?? policies[policies.length - 1]!;
}

/** The placeholders every message may use, filled from the policy's parameters. */
export function policyWordParams(policyId: PolicyId | undefined, locale: Locale): Record<string, string | number> {
  const id = wordsPolicy(policyId).id;
  return {
    feeRate: percentText(parameterFor('feeRate', id).value, locale),
    whatIfFeeRate: percentText(parameterFor('whatIfFeeRate', id).value, locale),
    limit: usdText(parameterFor('capUsdCents', id).value, locale),
    fullCreditDays: parameterFor('fullCreditDays', id).value,
    feeFreeDays: parameterFor('feeFreeDays', id).value,
    windowDays: parameterFor('windowDays', id).value,
    exchangeGate: parameterFor('exchangeGateFrom', id).value ?? '',
  };
}

/** A policy's title in the reader's language; an unknown id is shown as it is. */
export function policyTitle(id: string, locale: Locale): string {
  const policy = policyById(id);
  if (!policy) return typeof id === 'string' ? id : '';
  return locale === 'ko' ? policy.ko.title : policy.title;
}

/** What a policy version changes, in the reader's language. */
export function policyChanges(id: string, locale: Locale): string {
  const policy = policyById(id);
  if (!policy) return '';
  return locale === 'ko' ? policy.ko.changes : policy.changes;
}
