import { portalMatchPatterns } from '@refund-desk/core';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../browser';
import { t } from '../../ui/i18n';

const request = {
  permissions: ['scripting'] as const,
  origins: portalMatchPatterns('on request'),
};

/** Other portal hosts are optional: the browser asks the agent, then the background registers the content script. */
export function HostAccess() {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    browser.permissions.contains({ origins: request.origins }).then(setGranted, () => {});
  }, []);
  const grant = async () => {
    setGranted(await browser.permissions.request({ permissions: [...request.permissions], origins: request.origins }));
  };
  return (
    <section aria-labelledby="hosts-title">
      <h2 id="hosts-title">{t('otherHosts')}</h2>
      <p>{t('otherHostsHint')}</p>
      <button type="button" class="rd-button" onClick={grant} disabled={granted}>
        {granted ? t('granted') : t('grant')}
      </button>
    </section>
  );
}
