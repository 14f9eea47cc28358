import en from '../../_locales/en/messages.json';
import ko from '../../_locales/ko/messages.json';
import { setCatalogs } from './i18n-core';

// The browser's i18n API follows the browser's language only; the agent may pick another in the options, so the UI reads
// the same _locales catalogs directly. Importing this module installs both whole catalogs (extension pages, background).
setCatalogs({ en, ko });

export { browserLang, type Lang, lang, type MessageKey, setLang, t } from './i18n-core';
