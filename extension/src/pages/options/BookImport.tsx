import { billingPlanLabel, bookFormatLabel, describeRowProblem, fieldLabel } from '@refund-desk/core';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../browser';
import type { ImportSummary } from '../../messages';
import type { BookStatus, CorrectableFact, NeededFactName } from '../../shapes';
import { lang } from '../../ui/i18n';
import ImportWorker from '../../workers/book-import.worker.ts?worker';
import { importBookFiles, type Stage, workerRunner } from './book-import';
import { w } from './words';

const fieldPaths: Record<NeededFactName, string> = {
  price: 'reservation.price.amount',
  billingPlan: 'reservation.billingPlan',
  start: 'reservation.start',
  usdPerUnit: 'reservation.usdPerUnit',
  product: 'reservation.product',
  customer: 'customer',
};
const label = (fact: NeededFactName) =>
  fact === 'customer'
    ? lang() === 'ko'
      ? '고객 (테넌트 ID)'
      : 'Customer (tenant ID)'
    : fieldLabel(fieldPaths[fact], lang());

/** A problem of the report, as core says it (describeRowProblem). */
const problemText = (p: ImportSummary['problems'][number]) => describeRowProblem(p, lang());

/** Import the book's files in a Web Worker, show core's report, and ask once for what is still missing. */
export function BookImport({ version, onChange }: { version: number; onChange(): void }) {
  const [stage, setStage] = useState<Stage | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [status, setStatus] = useState<BookStatus | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    ask({ type: 'book/status' }).then(setStatus, (e: Error) => setProblem(e.message));
  }, [version]);

  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    setProblem('');
    setSummary(null);
    try {
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      const done = await importBookFiles(
        files,
        {
          stored: () => ask({ type: 'book/export' }),
          work: workerRunner(() => new ImportWorker()),
          begin: async (importId) => void (await ask({ type: 'book/import/begin', importId })),
          chunk: async (importId, index, customers) =>
            void (await ask({ type: 'book/import/chunk', importId, index, customers })),
          commit: (importId, chunks, s) =>
            ask({ type: 'book/import/commit', importId, chunks, files: s.files, needs: s.needs }),
          newId: () => crypto.randomUUID(),
        },
        setStage,
      );
      if ('failed' in done) {
        setProblem(w('importFailed', done.failed));
        setSummary({ files: [], problems: done.problems, needs: [] });
      } else {
        setSummary(done.summary);
        setStatus(done.status);
        onChange();
      }
    } catch (e) {
      setProblem(w('importFailed', (e as Error).message));
    } finally {
      setStage(null);
    }
  };

  return (
    <section aria-labelledby="book-title" data-testid="book">
      <h2 id="book-title">{w('bookTitle')}</h2>
      <p>{w('bookHint')}</p>
      <div class="rd-field">
        <label for="book-files">{w('bookFiles')}</label>
        <input
          id="book-files"
          type="file"
          multiple
          accept=".csv,.json,.txt,text/csv,application/json"
          disabled={stage !== null}
          onChange={(e) => {
            const input = e.currentTarget;
            pick(input.files).finally(() => {
              input.value = '';
            });
          }}
        />
      </div>
      {stage && <Progress stage={stage} />}
      {problem && (
        <p class="rd-error" role="alert">
          {problem}
        </p>
      )}
      {status && status.reservations > 0 && (
        <p data-testid="book-summary">{w('imported', status.reservations, status.customers)}</p>
      )}
      {summary && <Report summary={summary} />}
      {status && <Needs status={status} onChange={onChange} />}
    </section>
  );
}

function Progress({ stage }: { stage: Stage }) {
  const text =
    stage.step === 'sending'
      ? w('sending', stage.done, stage.total)
      : w(stage.step === 'reading' ? 'reading' : 'importing');
  return (
    <div role="status" data-testid="import-progress">
      <progress max={stage.total || 1} value={stage.done} /> {text}
    </div>
  );
}

function Report({ summary }: { summary: ImportSummary }) {
  const byFile = new Map<string, ImportSummary['problems']>();
  for (const p of summary.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return (
    <div data-testid="book-report">
      {summary.files.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{w('files')}</th>
              <th>{w('format')}</th>
              <th>{w('rows')}</th>
              <th>{w('used')}</th>
              <th>{w('skipped')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.files.map((f) => (
              <tr key={f.name} data-file={f.name}>
                <td>{f.name}</td>
                <td data-testid="file-format" data-format={f.format}>
                  {bookFormatLabel(f.format, lang())}
                </td>
                <td>{f.rows}</td>
                <td data-testid="file-used">{f.used}</td>
                <td>{f.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {byFile.size > 0 && (
        <>
          <h3>{w('problems')}</h3>
          {[...byFile].map(([file, problems]) => (
            <div key={file}>
              <h4>{file}</h4>
              <ul data-testid="book-problems">
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.row ? `${w('row')} ${p.row}` : w('wholeFile')}: {problemText(p)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </div>
  );
}

type Typed = Partial<Record<CorrectableFact, string>>;

function Needs({ status, onChange }: { status: BookStatus; onChange(): void }) {
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const [problem, setProblem] = useState('');
  if (!status.importedAt) return null;
  if (!status.needs.length) return <p data-testid="nothing-missing">{w('nothingMissing')}</p>;
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      for (const need of status.needs) {
        const facts = typed[need.reservationId];
        if (!facts || !need.reservationOrderId || !Object.values(facts).some((v) => v?.trim())) continue;
        await ask({
          type: 'book/correct',
          ids: { reservationOrderId: need.reservationOrderId, reservationId: need.reservationId },
          facts: Object.fromEntries(Object.entries(facts).filter(([, v]) => v?.trim())),
        });
      }
      setTyped({});
      setProblem('');
      onChange();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const set = (id: string, fact: CorrectableFact, value: string) =>
    setTyped({ ...typed, [id]: { ...typed[id], [fact]: value } });
  return (
    <form onSubmit={save} aria-labelledby="needs-title" data-testid="needs">
      <h3 id="needs-title">{w('missing')}</h3>
      <p>{w('missingHint')}</p>
      {problem && (
        <p class="rd-error" role="alert">
          {problem}
        </p>
      )}
      {status.needs.map((need) => (
        <fieldset key={need.reservationId} data-reservation={need.reservationId}>
          <legend>
            {need.displayName ?? need.reservationId} <code>{need.reservationId}</code>
          </legend>
          {need.fields.map((fact) => {
            const id = `need-${need.reservationId}-${fact}`;
            return (
              <div class="rd-field" key={fact}>
                <label for={id}>{label(fact)}</label>
                {fact === 'billingPlan' ? (
                  <select
                    id={id}
                    name={fact}
                    value={typed[need.reservationId]?.billingPlan ?? ''}
                    onChange={(e) => set(need.reservationId, 'billingPlan', e.currentTarget.value)}
                  >
                    <option value="" />
                    <option value="Upfront">{billingPlanLabel('Upfront', lang())}</option>
                    <option value="Monthly">{billingPlanLabel('Monthly', lang())}</option>
                  </select>
                ) : (
                  <input
                    id={id}
                    name={fact}
                    type={fact === 'start' ? 'date' : 'text'}
                    value={typed[need.reservationId]?.[fact] ?? ''}
                    onInput={(e) => set(need.reservationId, fact, e.currentTarget.value)}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <button type="submit" class="rd-button">
        {w('fill')}
      </button>
    </form>
  );
}
