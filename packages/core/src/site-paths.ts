// Where the policy site explains each rule family and each policy version. The site builds its pages at these paths
// and the extension links to them, so the map lives here, once.
import type { Locale, PolicyId } from './types.js';

const pageByRuleFamily: Record<string, string> = {
  'R-scope': 'who-it-applies-to',
  'R-time': 'cancellation',
  'R-money': 'cancellation',
  'R-basis': 'cancellation',
  'R-refund': 'cancellation',
  'R-fee': 'cancellation',
  'R-monthly': 'monthly-billing',
  'R-cap': 'refund-limit',
  'R-exchange': 'exchanges',
  'R-gate': 'exchanges',
  'R-policy': 'policy-versions',
  'R-support': 'request-for-customer',
};

function prefix(locale: Locale): string {
  return locale === 'ko' ? '/ko/' : '/';
}

/** "R-cap.4" → "/ko/refund-limit/#r-cap": the page of the rule's family, at the family's anchor. */
export function rulePagePath(rule: string, locale: Locale): string {
  const family = rule.split('.')[0] ?? rule;
  const page = pageByRuleFamily[family] ?? 'policy-versions';
  return `${prefix(locale)}${page}/#${family.toLowerCase()}`;
}

/** "azure-2020-02" → "/policy-versions/#azure-2020-02": the policy's row in the table of versions. */
export function policyPagePath(policy: PolicyId, locale: Locale): string {
  return `${prefix(locale)}policy-versions/#${policy}`;
}
