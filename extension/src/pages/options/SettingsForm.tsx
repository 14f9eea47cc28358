import { policies, policyTitle, sentence } from '@refund-desk/core';
import { useState } from 'preact/hooks';
import { ask } from '../../browser';
import type { LangSetting, PolicySetting, Settings } from '../../shapes';
import { lang, t } from '../../ui/i18n';

export function SettingsForm({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await ask({ type: 'settings/put', settings });
      setStatus(t('saved'));
      if (settings.language !== initial.language) location.reload();
    } catch (error) {
      setStatus(t('storageError', (error as Error).message));
    }
  };
  return (
    <form onSubmit={save} aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings')}</h2>
      <div class="rd-field">
        <label for="language">{t('language')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(e) => setSettings({ ...settings, language: e.currentTarget.value as LangSetting })}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </div>
      <div class="rd-field">
        <label for="policy">{t('defaultPolicy')}</label>
        <select
          id="policy"
          value={settings.policy}
          onChange={(e) => setSettings({ ...settings, policy: e.currentTarget.value as PolicySetting })}
        >
          <option value="auto">{t('policyAuto')}</option>
          {policies.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id} — {policyTitle(p.id, lang())}
            </option>
          ))}
        </select>
      </div>
      <div class="rd-field rd-check">
        <input
          id="whatIfFee"
          type="checkbox"
          checked={settings.whatIfFee}
          onChange={(e) => setSettings({ ...settings, whatIfFee: e.currentTarget.checked })}
        />
        <label for="whatIfFee">{sentence('whatIfFee', lang())}</label>
      </div>
      <button type="submit" class="rd-button">
        {t('save')}
      </button>{' '}
      <span role="status">{status}</span>
    </form>
  );
}
