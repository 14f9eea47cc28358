import { todayUtc } from '@refund-desk/core';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../browser';
import type { Replies } from '../../messages';
import type { Settings } from '../../shapes';
import { Headroom } from '../../ui/EstimateResult';
import { lang, t } from '../../ui/i18n';
import { Collapsible } from './Collapsible';

/** On a Partner Center customer page: that customer's refund-limit headroom and refill dates, from core's capStatus. */
function Banner({ tenantId, settings }: { tenantId: string; settings: Settings }) {
  const [info, setInfo] = useState<Replies['headroom/get'] | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    ask({ type: 'headroom/get', tenantId, date: todayUtc(), lang: lang() }).then(setInfo, (e: Error) =>
      setProblem(t('storageError', e.message)),
    );
  }, [tenantId]);
  const title = `${t('bannerTitle')}${info?.name ? `: ${info.name}` : ''}`;
  return (
    <Collapsible id="rd-banner" title={title} collapsed={settings.panelCollapsed}>
      {problem && <p class="rd-error">{problem}</p>}
      {info && !info.refunds && <p>{t('noLedger')}</p>}
      {info?.headroom && <Headroom model={info.headroom} />}
      <button type="button" class="rd-button" onClick={() => ask({ type: 'options/open', tenantId }).catch(() => {})}>
        {t('recordRefund')}
      </button>
    </Collapsible>
  );
}

export function showPartnerBanner(tenantId: string, container: HTMLElement, settings: Settings, signal: AbortSignal) {
  render(<Banner tenantId={tenantId} settings={settings} />, container);
  signal.addEventListener('abort', () => render(null, container), { once: true });
}
