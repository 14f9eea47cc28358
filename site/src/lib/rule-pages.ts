// Where each family of rule ids is explained, so an explanation step can link to its page.
export type SiteLocale = 'en' | 'ko';

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

export function localePrefix(locale: SiteLocale): string {
  return locale === 'ko' ? '/ko/' : '/';
}

/** "R-cap.4" -> "/ko/refund-limit/#r-cap" (each page has an anchor per rule family). */
export function rulePageHref(rule: string, locale: SiteLocale): string {
  const family = rule.split('.')[0] ?? rule;
  const page = pageByRuleFamily[family] ?? 'policy-versions';
  return `${localePrefix(locale)}${page}/#${family.toLowerCase()}`;
}
