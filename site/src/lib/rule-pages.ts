// The site's paths for rule families and policies are core's (the extension links to the same pages).
import { type Locale, rulePagePath } from '@refund-desk/core';

export type SiteLocale = Locale;

export function localePrefix(locale: SiteLocale): string {
  return locale === 'ko' ? '/ko/' : '/';
}

/** "R-cap.4" -> "/ko/refund-limit/#r-cap" (each page has an anchor per rule family). */
export const rulePageHref: (rule: string, locale: SiteLocale) => string = rulePagePath;
