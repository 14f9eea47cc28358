import en from '../../_locales/en/messages.json';
import ko from '../../_locales/ko/messages.json';

// The browser's i18n API follows the browser's language only; the agent may pick another in the options, so the UI reads
// the same _locales catalogs directly.
export type Lang = 'en' | 'ko';
export type MessageKey = keyof typeof en;

const catalogs: Record<Lang, Record<string, { message: string }>> = { en, ko };
let current: Lang = 'en';

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

/** The message for `key` in the current language, with $1, $2… replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = catalogs[current][key]?.message ?? en[key].message;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
