import { todayUtc } from '@refund-desk/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyInputs, type RefundRecord, type ReservationInputs, type Suggestion } from '../shapes';
import { EstimateResult, Headroom } from './EstimateResult';
import type { FieldError } from './estimate';
import type { FormWords } from './form-words';
import { t } from './i18n-core';
import type { ModelResult } from './model';
import { ReservationForm } from './ReservationForm';

export interface EstimatorStore {
  load(): Promise<ReservationInputs | null>;
  save(inputs: ReservationInputs): Promise<void>;
  /** core's answer for these inputs on this date (computed in the background for content scripts) */
  compute(inputs: ReservationInputs, date: string): Promise<ModelResult>;
  /** Adds a refund to its customer's ledger (the background's store); absent where the ledger cannot be written. */
  record?(refund: RefundRecord): Promise<void>;
}

/** Form, date picker and core's answer for one reservation; inputs are saved as they are typed. */
export function Estimator({
  idPrefix,
  store,
  suggestions = [],
  words,
}: {
  idPrefix: string;
  store: EstimatorStore;
  suggestions?: Suggestion[];
  words: FormWords;
}) {
  const [inputs, setInputs] = useState<ReservationInputs | null>(null);
  const [date, setDate] = useState(todayUtc());
  const [result, setResult] = useState<ModelResult | null>(null);
  const [storeError, setStoreError] = useState('');
  const [recorded, setRecorded] = useState(0);
  const asked = useRef(0);

  useEffect(() => {
    store
      .load()
      .then((saved) => setInputs(saved ?? emptyInputs()))
      .catch((e: Error) => {
        setStoreError(t('storageError', e.message));
        setInputs(emptyInputs());
      });
  }, [store]);

  useEffect(() => {
    if (!inputs) return;
    // Answers may arrive out of order while typing: only the latest question's answer is shown.
    const question = ++asked.current;
    store.compute(inputs, date).then(
      (answer) => question === asked.current && setResult(answer),
      (e: Error) => setStoreError(t('storageError', e.message)),
    );
  }, [inputs, date, store, recorded]);

  if (!inputs) return null;
  const change = (next: ReservationInputs) => {
    setInputs(next);
    store.save(next).catch((e: Error) => setStoreError(t('storageError', e.message)));
  };
  const errors: FieldError[] = result && !result.ok ? result.errors : [];
  const dateError = errors.filter((e) => e.field === 'date');
  const pending = suggestions.filter((s) => inputs[s.field] !== s.value);
  return (
    <div class="rd-estimator">
      {storeError && (
        <p class="rd-error" role="alert">
          {storeError}
        </p>
      )}
      {pending.length > 0 && (
        <ul class="rd-suggestions" aria-label={t('readFromPage')}>
          {pending.map((s) => (
            <li key={s.field} class="rd-row">
              <span>{s.read}</span>
              <button
                type="button"
                class="rd-button"
                aria-label={`${t('use')}: ${s.read}`}
                onClick={() => change({ ...inputs, [s.field]: s.value })}
              >
                {t('use')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ReservationForm idPrefix={idPrefix} inputs={inputs} errors={errors} words={words} onChange={change} />
      <div class="rd-field">
        <label for={`${idPrefix}-date`}>{words.labels.date}</label>
        <input
          id={`${idPrefix}-date`}
          name="date"
          type="date"
          value={date}
          onInput={(e) => setDate(e.currentTarget.value || todayUtc())}
          {...(dateError.length ? { 'aria-invalid': true, 'aria-describedby': `${idPrefix}-date-error` } : {})}
        />
        {dateError.length > 0 && (
          <span class="rd-error" id={`${idPrefix}-date-error`}>
            {dateError.map((e) => e.message).join(' ')}
          </span>
        )}
      </div>
      {result?.ok && result.value.headroom && <Headroom model={result.value.headroom} />}
      {result?.ok && <EstimateResult model={result.value} />}
      {result?.ok && result.value.record && store.record && (
        <button
          type="button"
          class="rd-button"
          data-testid="record-refund"
          onClick={() => {
            const refund = result.value.record!;
            store.record!(refund).then(
              () => setRecorded((n) => n + 1),
              (e: Error) => setStoreError(t('storageError', e.message)),
            );
          }}
        >
          {t('recordThisRefund', result.value.record.amount)}
        </button>
      )}
    </div>
  );
}
