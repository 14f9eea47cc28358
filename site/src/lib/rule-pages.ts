// The site's paths for rules, rule families and policies are core's (the extension links to the same pages).
import { type Locale, rulePagePath } from '@refund-desk/core';

export type SiteLocale = Locale;

export function localePrefix(locale: SiteLocale): string {
  return locale === 'ko' ? '/ko/' : '/';
}

/** "R-cap.4" -> "/ko/rules/#r-cap-4": the rule's own row on the rule index (a family's page for ids the index lacks). */
export const rulePageHref: (rule: string, locale: SiteLocale) => string = rulePagePath;

/** "R-cap" -> "/ko/refund-limit/#r-cap": the page that explains a family (a family id is never an index row). */
export function ruleFamilyHref(family: string, locale: SiteLocale): string {
  return rulePagePath(family.split('.')[0] ?? family, locale);
}

/** "R-cap.4" -> "r-cap-4": the id of the rule's row on the index, read off core's link so it is defined once. */
export function ruleRowId(rule: string): string {
  return rulePagePath(rule, 'en').split('#')[1] ?? '';
}
