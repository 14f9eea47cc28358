// Steps → sentences in English or Korean, from one message catalog per language.
import { type Catalog, en } from './messages/en.js';
import { ko } from './messages/ko.js';
import { formatMoney, isCurrency } from './money.js';
import { productByKey } from './products.js';
import type { Locale, PolicyId, StepLike } from './types.js';
import { plainText } from './validate.js';
import { policyTitle, policyWordParams } from './words/policy-words.js';
import { termLabel } from './words/value-names.js';

const catalogs: Record<Locale, Catalog> = { en, ko };
const MONEY_PARAM = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/;

export function catalog(locale: Locale): Catalog {
  return catalogs[locale] ?? en;
}

/** A parameter as the reader expects it: money in the locale's format, product keys as product names, terms in words. */
function display(value: unknown, locale: Locale): string {
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (typeof value !== 'string') return '';
  const money = MONEY_PARAM.exec(value);
  if (money && isCurrency(money[2]!)) return formatMoney({ amount: money[1]!, currency: money[2]! }, locale);
  const product = productByKey(value);
  if (product) return product.title[locale];
  if (value === 'yes' || value === 'no') return catalog(locale).words[value];
  // A term code in words; any other text (termLabel gives it back) as it is.
  return termLabel(value, locale);
}

/** Fills {name} placeholders from params; unknown names stay visible rather than vanish. */
export function fill(template: string, params: Record<string, unknown>, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? display(params[name], locale) : whole,
  );
}

/** A step names a policy by id only; its {title} follows from the id, in the reader's language. */
function withPolicyTitle(params: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  return typeof params.policy === 'string' ? { ...params, title: policyTitle(params.policy, locale) } : params;
}

/** The policy the steps were worked out under: the one their policy step names (R-policy.2). */
function policyOfSteps(steps: readonly unknown[]): PolicyId | undefined {
  for (const step of steps) {
    const params = typeof step === 'object' && step !== null ? (step as StepLike).params : undefined;
    const policy = typeof params === 'object' && params !== null ? params.policy : undefined;
    if (typeof policy === 'string') return policy as PolicyId;
  }
  return undefined;
}

/** Steps that refuse the request (R-cap.5, R-gate.1): after one, an amount is never "paid back", only "would be". */
const REFUSALS: ReadonlySet<string> = new Set(['cap.exceeded', 'gate.notRefundable']);

/**
 * One sentence per step (contract: explain). Numbers the rules fix ({feeRate}, {limit}, {windowDays}…) come from the
 * parameters of the steps' policy unless a step gives them. Unknown steps are shown by rule and key; never throws.
 */
export function explain(steps: readonly StepLike[], locale: Locale): string[] {
  if (!Array.isArray(steps)) return [];
  const reader: Locale = locale === 'ko' ? 'ko' : 'en';
  const refused = steps.some((step) => typeof step === 'object' && step !== null && REFUSALS.has(step.key));
  const messages = {
    ...catalog(reader).steps,
    ...(refused ? catalog(reader).refusedSteps : {}),
  } as Record<string, string>;
  const policyParams = policyWordParams(policyOfSteps(steps), reader);
  return steps.map((step) => {
    if (typeof step !== 'object' || step === null) return '';
    const template =
      typeof step.key === 'string' && Object.hasOwn(messages, step.key) ? messages[step.key]! : undefined;
    const params = typeof step.params === 'object' && step.params !== null ? step.params : {};
    return template === undefined
      ? `${plainText(step.rule)}: ${plainText(step.key)}`
      : fill(template, { ...policyParams, ...withPolicyTitle(params, reader) }, reader);
  });
}

export { describeProblem } from './words/problems.js';
