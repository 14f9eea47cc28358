import { ask } from '../../browser';
import { defaultSettings, type Settings } from '../../shapes';
import { setLang } from '../../ui/i18n';
import '../../ui/styles.css';

/** Extension pages start from the stored settings (language first). */
export async function loadSettings(): Promise<Settings> {
  const settings = await ask({ type: 'settings/get' }).catch(() => defaultSettings);
  document.documentElement.lang = setLang(settings.language);
  return settings;
}
