import { describeProblem } from '@refund-desk/core';
import { useState } from 'preact/hooks';
import { ask } from '../../browser';
import { ledgerToCsv } from '../../ledger-csv';
import type { ImportReport } from '../../shapes';
import { lang, t } from '../../ui/i18n';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the ledger as JSON or CSV; import either, with the background's report of every problem by row. */
export function ImportExport({ onChange }: { onChange(): void }) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState('');
  const exportAs = async (format: 'json' | 'csv') => {
    const ledger = await ask({ type: 'ledger/export' });
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'json')
      download(`refund-ledger-${stamp}.json`, 'application/json', `${JSON.stringify(ledger, null, 2)}\n`);
    else download(`refund-ledger-${stamp}.csv`, 'text/csv', ledgerToCsv(ledger));
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const text = await file.text();
      const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
      setReport(await ask({ type: 'ledger/import', format, text }));
      setProblem('');
      onChange();
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <section aria-labelledby="io-title">
      <h2 id="io-title">
        {t('exportJson')} / {t('import')}
      </h2>
      <button type="button" class="rd-button" onClick={() => exportAs('json')}>
        {t('exportJson')}
      </button>{' '}
      <button type="button" class="rd-button" onClick={() => exportAs('csv')}>
        {t('exportCsv')}
      </button>
      <div class="rd-field">
        <label for="import">{t('import')}</label>
        <input
          id="import"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => {
            const input = e.currentTarget;
            // Cleared after reading so that picking the same file again imports it again.
            importFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </div>
      {problem && (
        <p class="rd-error" role="alert">
          {problem}
        </p>
      )}
      {report && (
        <div role="status" data-testid="import-report">
          <p>{t('importDone', report.addedRefunds, report.addedCustomers, report.unchanged)}</p>
          {report.problems.length > 0 && (
            <>
              <h3>{t('importProblems')}</h3>
              <ul>
                {report.problems.map((p, i) => (
                  <li key={i}>
                    {p.row}
                    {p.field ? ` (${p.field})` : ''}:{' '}
                    {p.code ? describeProblem({ ...p, code: p.code }, lang()) : p.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
