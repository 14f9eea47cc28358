import { decodeText, describeProblem } from '@refund-desk/core';
import { useState } from 'preact/hooks';
import { ask } from '../../browser';
import { ledgerToCsv } from '../../ledger-csv';
import type { ImportReport } from '../../shapes';
import { lang, t } from '../../ui/i18n';
import { w } from './words';

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
  const [last, setLast] = useState<{ format: 'json' | 'csv'; text: string } | null>(null);
  const send = async (format: 'json' | 'csv', text: string, confirmed: boolean) => {
    setReport(await ask({ type: 'ledger/import', format, text, ...(confirmed && { confirmed }) }));
    setLast({ format, text });
    setProblem('');
    onChange();
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // core's decodeText: UTF-8 with or without BOM, UTF-16 with BOM; a bad byte is named.
      const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) throw new Error(`${file.name}: ${decoded.message}`);
      const text = decoded.text;
      const format = /^\s*[[{]/.test(text) ? 'json' : 'csv';
      await send(format, text, false);
      return;
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
          {report.held.length > 0 && (
            <div role="alert" data-testid="import-held">
              <p>{w('heldTitle')}</p>
              <ul>
                {report.held.map((h) => (
                  <li key={h.row}>
                    {h.row}: {h.refund.date} {h.refund.amount} — {h.flags.map((f) => f.message).join(' ')}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                class="rd-button"
                onClick={() => last && send(last.format, last.text, true).catch((e: Error) => setProblem(e.message))}
              >
                {w('keepAll')}
              </button>
            </div>
          )}
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
