import { type Catalog, type Lang, setLookup } from '../ui/i18n-core';
import { ask } from './runtime';

// The content script's words without a catalog of its own (its size budget): the browser's i18n API gives the
// _locales messages in the browser's language; when the agent picked the other language in the options, the
// background sends that catalog once ('words/get'). Until it answers (or if it cannot), the browser's language shows.
interface I18n {
  getMessage(key: string, subs?: string[]): string;
  getUILanguage(): string;
}
const scope = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
const i18n = (): I18n | undefined => scope.browser?.i18n ?? scope.chrome?.i18n;

let native: Lang | undefined;

/**
 * The language the browser's i18n API answers in: Korean for a Korean browser, else English (default_locale). Asked
 * once: the browser's language does not change under a page, and each call costs about a millisecond.
 */
export function nativeLang(): Lang {
  native ??= i18n()?.getUILanguage().toLowerCase().startsWith('ko') ? 'ko' : 'en';
  return native;
}

let other: Catalog | null = null;

// The browser's words already asked for, by key: each call of the browser's API costs tens of microseconds, and a panel
// draws dozens of words each time it is drawn. A word is asked with "$1", "$2"… as its values, so that it comes back
// as written (the API replaces in one pass; a "$$" would come back as "$", and the catalogs hold none), and t() fills in
// the values each time.
const AS_WRITTEN = '$1 $2 $3 $4 $5 $6 $7 $8 $9'.split(' ');
const words = new Map<string, string | undefined>();

function browserWord(key: string): string | undefined {
  if (!words.has(key)) words.set(key, i18n()?.getMessage(key, AS_WRITTEN) || undefined);
  return words.get(key);
}

export function installContentMessages(): void {
  setLookup((key, lang) => (lang !== nativeLang() ? other?.[key]?.message : undefined) ?? browserWord(key));
}

/** Fetches the agent's language when it is not the browser's; resolves once the words are there (or not to be had). */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === nativeLang() || other) return;
  other = await ask({ type: 'words/get', lang }).then(
    (catalog) => (catalog && typeof catalog === 'object' ? catalog : null),
    () => null,
  );
}
