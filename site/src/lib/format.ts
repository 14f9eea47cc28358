// Dates for people, in the page's language and always in UTC (R-time.1). English pages write dates day first
// ("12 February 2020"), as their prose does, so the generated dates match the written ones; Korean writes 2020년 2월 12일.
import type { SiteLocale } from './rule-pages.js';

const dateFormats = new Map<SiteLocale, Intl.DateTimeFormat>();
const intlLocale: Record<SiteLocale, string> = { en: 'en-GB', ko: 'ko-KR' };

export function formatIsoDate(iso: string, locale: SiteLocale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? iso : format.format(time);
}
