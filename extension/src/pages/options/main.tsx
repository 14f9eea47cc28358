import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings } from '../../shapes';
import { t } from '../../ui/i18n';
import { loadSettings } from '../shared/page';
import { HostAccess } from './HostAccess';
import { ImportExport } from './ImportExport';
import { Ledger } from './Ledger';
import { SettingsForm } from './SettingsForm';

function Options({ settings }: { settings: Settings }) {
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  // "#add=<tenant>" comes from the Partner Center banner's "Record a refund".
  const focusTenant = /^#add=([0-9a-f-]{36})$/i.exec(location.hash)?.[1];
  return (
    <main class="rd-options">
      <h1>{t('optionsTitle')}</h1>
      <Ledger version={version} onChange={bump} {...(focusTenant && { focusTenant })} />
      <ImportExport onChange={bump} />
      <SettingsForm initial={settings} />
      <HostAccess />
    </main>
  );
}

loadSettings().then((settings) => render(<Options settings={settings} />, document.getElementById('app')!));
