import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../browser';
import type { DbState, Settings } from '../../shapes';
import { t } from '../../ui/i18n';
import { onChange } from '../shared/changes';
import { loadSettings } from '../shared/page';
import { BookImport } from './BookImport';
import { HostAccess } from './HostAccess';
import { ImportExport } from './ImportExport';
import { Ledger } from './Ledger';
import { SettingsForm } from './SettingsForm';
import { w } from './words';

function Options({ settings }: { settings: Settings }) {
  const [version, setVersion] = useState(0);
  const [db, setDb] = useState<DbState | null>(null);
  const bump = () => setVersion((v) => v + 1);
  // A refund recorded in a portal tab, or an import in another options tab, shows here without reload.
  useEffect(() => onChange(bump, ['ledger', 'customers', 'book', 'corrections']), []);
  useEffect(() => {
    ask({ type: 'db/status' }).then(setDb, (e: Error) => setDb({ state: 'failed', message: e.message }));
  }, [version]);
  // "#add=<tenant>" comes from the Partner Center banner's "Record a refund".
  const focusTenant = /^#add=([0-9a-f-]{36})$/i.exec(location.hash)?.[1];
  return (
    <main class="rd-options">
      <h1>{t('optionsTitle')}</h1>
      {db && db.state !== 'ready' && (
        <p class="rd-error" role="alert" data-testid="db-state">
          {w('dbBlocked')}: {db.message}
        </p>
      )}
      <Ledger version={version} onChange={bump} {...(focusTenant && { focusTenant })} />
      <BookImport version={version} onChange={bump} />
      <ImportExport onChange={bump} />
      <SettingsForm initial={settings} />
      <HostAccess />
    </main>
  );
}

loadSettings().then((settings) => render(<Options settings={settings} />, document.getElementById('app')!));
