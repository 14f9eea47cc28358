// The extension's own words (_locales), by key, in the agent's language. This module holds no catalog itself: extension
// pages and the background install the whole catalogs (i18n.ts); the content script, to stay within its size budget,
// reads the browser's language through the browser's i18n API and asks the background for another one
// (content/messages.ts).
export type Lang = 'en' | 'ko';
export type MessageKey = keyof typeof import('../../_locales/en/messages.json');
export type Catalog = Record<string, { message: string }>;

/** The text of `key` in `lang` with $1, $2… still in it, or undefined when not known. */
export type Lookup = (key: string, lang: Lang) => string | undefined;

let catalogs: Partial<Record<Lang, Catalog>> = {};
let lookup: Lookup = (key, lang) => catalogs[lang]?.[key]?.message ?? catalogs.en?.[key]?.message;
let current: Lang = 'en';

export function setCatalogs(next: Partial<Record<Lang, Catalog>>): void {
  catalogs = next;
}

export function setLookup(next: Lookup): void {
  lookup = next;
}

export function browserLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function setLang(lang: Lang | 'auto'): Lang {
  current = lang === 'auto' ? browserLang() : lang;
  return current;
}

export function lang(): Lang {
  return current;
}

/** The message for `key` in the current language (English when missing), with $1, $2… replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = lookup(key, current) ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
