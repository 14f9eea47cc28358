import { render } from 'preact';
import type { Settings } from '../../shapes';
import { t } from '../../ui/i18n';
import { Collapsible } from './Collapsible';

/** Savings plans are recognised only to say they are out of scope. */
export function showSavingsPlanNote(container: HTMLElement, settings: Settings, signal: AbortSignal) {
  render(
    <Collapsible id="rd-savings" title={t('panelTitle')} collapsed={settings.panelCollapsed}>
      <p>{t('savingsPlanOutOfScope')}</p>
    </Collapsible>,
    container,
  );
  signal.addEventListener('abort', () => render(null, container), { once: true });
}
