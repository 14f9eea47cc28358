// Where the policy site explains each rule and each policy version. The site builds its pages at these paths and the
// extension links to them, so the map lives here, once.
import { type RuleFamily, ruleById } from './rules.js';
import type { Locale, PolicyId } from './types.js';

// Every family of the rule index has a page (R-support is the checklist's section of rules.md, not a numbered rule).
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
  'R-book': 'book-and-plan',
  'R-advise': 'book-and-plan',
  'R-plan': 'book-and-plan',
  'R-policy': 'policy-versions',
  'R-support': 'request-for-customer',
} satisfies Record<RuleFamily | 'R-support', string>;

function prefix(locale: Locale): string {
  return locale === 'ko' ? '/ko/' : '/';
}

/** "R-cap.5" → "r-cap-5": the id of the rule's row on the rule index page (a dot in an id makes a poor CSS selector). */
export function ruleAnchor(rule: string): string {
  return rule.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** "R-cap" (or "R-cap.4") → "/ko/refund-limit/#r-cap": the page that explains the family, at the family's anchor. */
export function ruleFamilyPagePath(rule: string, locale: Locale): string {
  const family = rule.split('.')[0] ?? rule;
  const page = pageByRuleFamily[family] ?? 'policy-versions';
  return `${prefix(locale)}${page}/#${family.toLowerCase()}`;
}

/**
 * "R-cap.5" → "/ko/rules/#r-cap-5": the rule's own row on the rule index. An id the index does not hold (a family, or a
 * rule not yet in core's list) links to its family's page instead, so a link never points at a missing anchor.
 */
export function rulePagePath(rule: string, locale: Locale): string {
  if (!ruleById(rule)) return ruleFamilyPagePath(rule, locale);
  return `${prefix(locale)}rules/#${ruleAnchor(rule)}`;
}

/** "azure-2020-02" → "/policy-versions/#azure-2020-02": the policy's row in the table of versions. */
export function policyPagePath(policy: PolicyId, locale: Locale): string {
  return `${prefix(locale)}policy-versions/#${policy}`;
}
