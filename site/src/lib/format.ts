// Dates for people, in the page's language and always in UTC (R-time.1).
import type { SiteLocale } from './rule-pages.js';

const dateFormats = new Map<SiteLocale, Intl.DateTimeFormat>();

export function formatIsoDate(iso: string, locale: SiteLocale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? iso : format.format(time);
}
