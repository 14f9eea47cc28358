// The calculator island: state lives in the URL, every change recomputes with core, results are announced politely.
// Inputs and the answer sit side by side on a wide screen; presenter mode takes the whole screen and walks through the
// explanation and the worked examples with the keyboard.
import { type Problem, todayUtc } from '@refund-desk/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CommonFields, ExchangeFields, LedgerFields, type Options, RefundFields } from './Forms.js';
import { buildRequest, inputLabel } from './requests.js';
import { type CalcState, defaultState, type Mode, stateFromParams, stateToQuery } from './state.js';
import type { Strings } from './strings.js';

type Engine = typeof import('./engine.js');

export interface PresetOption {
  id: string;
  title: string;
  query: string;
}

interface Props {
  locale: 'en' | 'ko';
  /** The page language's words (passed in so the island ships one language, not two). */
  t: Strings;
  presets: PresetOption[];
  products: Options;
  policies: Options;
}

const ALL = 1000;

/** Keys a presenter's clicker or keyboard sends; typing in a field is never taken over. */
const NEXT_STEP = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown']);
const PREVIOUS_STEP = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Whether the key belongs to what has focus: every key in a field; Space and Enter on a button, link or summary (they
 * press it). Arrows, N, P and Esc still step, so the presenter keys work right after "Presenter mode" is clicked.
 */
function keyBelongsToFocus(event: KeyboardEvent): boolean {
  const element = event.target as HTMLElement | null;
  if (element?.closest?.('input, select, textarea, [contenteditable]')) return true;
  return (event.key === ' ' || event.key === 'Enter') && !!element?.closest?.('button, summary, a');
}

export default function Calculator({ locale, t, presets, products, policies }: Props) {
  const [engine, setEngine] = useState<Engine | null>(null);
  // The first render matches the static HTML; the URL is read once hydrated.
  const [state, setState] = useState<CalcState>(() => defaultState(''));
  const [loaded, setLoaded] = useState(false);
  const [present, setPresent] = useState(false);
  const [revealed, setRevealed] = useState(ALL);
  const [preset, setPreset] = useState('');
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const presenting = params.get('present') === '1';
    setState(stateFromParams(params, todayUtc()));
    setPresent(presenting);
    setRevealed(presenting ? 0 : ALL);
    setLoaded(true);
  }, []);

  // Core arrives with the first complete request (or the first focus on the form): an empty calculator costs no more.
  const built = useMemo(() => buildRequest(state), [state]);
  const needsEngine = loaded && 'kind' in built;
  const loadEngine = () => {
    if (!engine) {
      import('./engine.js').then(setEngine, () => setStatus(t.engineFailed));
    }
  };
  useEffect(() => {
    if (needsEngine) loadEngine();
  }, [needsEngine]);

  useEffect(() => {
    if (!loaded) return;
    const next = stateToQuery(state) + (present ? '&present=1' : '');
    history.replaceState(null, '', `${location.pathname}?${next}`);
    setQuery(stateToQuery(state));
  }, [state, present, loaded]);

  // Until core is here there is nothing to judge but empty inputs: every other problem is core's.
  const outcome = useMemo(
    () =>
      engine
        ? engine.compute(state)
        : { answer: null, missing: 'missing' in built ? built.missing : [], problems: new Map<string, Problem[]>() },
    [engine, state, built],
  );
  const update = (change: Partial<CalcState>) => {
    setState((old) => ({ ...old, ...change }));
    setRevealed(present ? 0 : ALL);
    setStatus('');
  };
  // Problems only come from core, so core's own sentences (loaded with it) describe them.
  const describe = (problem: Problem) => (engine ? engine.describeProblem(problem, locale) : problem.message);
  const describeInput = (problem: Problem) => (engine ? engine.describeInput(problem, locale) : problem.message);

  const loadPreset = (id: string) => {
    setPreset(id);
    const chosen = presets.find((p) => p.id === id);
    if (chosen) {
      setState(stateFromParams(new URLSearchParams(chosen.query), todayUtc()));
      setRevealed(present ? 0 : ALL);
    }
  };
  /** The worked examples as a loop: the next or previous one (the first or last when none is loaded). */
  const stepPreset = (by: 1 | -1) => {
    const at = presets.findIndex((p) => p.id === preset);
    const count = presets.length;
    const next = at < 0 ? (by > 0 ? 0 : count - 1) : (at + by + count) % count;
    const chosen = presets[next];
    if (chosen) loadPreset(chosen.id);
  };
  const reset = () => (preset ? loadPreset(preset) : update(defaultState(todayUtc())));
  const share = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  const togglePresent = () => {
    setPresent(!present);
    setRevealed(present ? ALL : 0);
  };

  const stepCount = outcome.answer && outcome.answer.kind !== 'cap' ? outcome.answer.value.steps.length : 0;
  // The latest values for the key handler, which is attached once per presenter session.
  const keys = useRef({ revealed, stepCount, stepPreset, togglePresent });
  keys.current = { revealed, stepCount, stepPreset, togglePresent };
  useEffect(() => {
    if (!present) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || keyBelongsToFocus(event)) return;
      const k = keys.current;
      const shown = Math.min(k.revealed, k.stepCount);
      if (NEXT_STEP.has(event.key)) {
        if (shown < k.stepCount) setRevealed(shown + 1);
        else k.stepPreset(1);
      } else if (PREVIOUS_STEP.has(event.key)) {
        if (shown > 0) setRevealed(shown - 1);
        else k.stepPreset(-1);
      } else if (event.key === 'n' || event.key === 'N') k.stepPreset(1);
      else if (event.key === 'p' || event.key === 'P') k.stepPreset(-1);
      else if (event.key === 'Escape') k.togglePresent();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [present]);

  // Presenter mode: the step just revealed comes into view.
  useEffect(() => {
    if (present && revealed > 0) document.querySelector('.rd-latest')?.scrollIntoView({ block: 'nearest' });
  }, [present, revealed]);

  const form = { state, update, problems: outcome.problems, t, describe: describeInput, products, policies };
  const Results = engine?.Results;
  const loose = outcome.problems.get('') ?? [];
  const owned = [...outcome.problems.keys()].filter((id) => id !== '');
  const labelOf = (id: string) => inputLabel(t.fields, id);
  const link = loaded ? `${location.origin}${location.pathname}?${query}` : '';

  return (
    <div
      class={present ? 'rd-calc rd-present not-content' : 'rd-calc not-content'}
      data-ready={loaded && (engine || !needsEngine) ? 'true' : 'false'}
    >
      <div class="rd-layout">
        <div class="rd-inputs">
          <div class="rd-toolbar">
            <label for="preset">{t.presetPick}</label>
            <select
              id="preset"
              value={preset}
              onChange={(e) => loadPreset((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t.presetNone}</option>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
            {present ? (
              <>
                <button type="button" onClick={() => stepPreset(-1)}>
                  {t.presetPrev}
                </button>
                <button type="button" onClick={() => stepPreset(1)}>
                  {t.presetNext}
                </button>
                <button type="button" onClick={reset}>
                  {t.reset}
                </button>
              </>
            ) : (
              <>
                <button type="button" onClick={share}>
                  {t.share}
                </button>
                <button type="button" onClick={() => print()}>
                  {t.print}
                </button>
              </>
            )}
            <button type="button" aria-pressed={present ? 'true' : 'false'} onClick={togglePresent}>
              {t.present}
            </button>
            <span role="status" class="rd-status">
              {status}
            </span>
            {present ? <p class="rd-keys">{t.presentKeys}</p> : null}
          </div>
          <fieldset class="rd-modes">
            <legend>{t.modeLegend}</legend>
            {(['refund', 'exchange', 'cap'] as Mode[]).map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name="mode"
                  value={mode}
                  checked={state.mode === mode}
                  onChange={() => update({ mode })}
                />
                {t.modes[mode]}
              </label>
            ))}
          </fieldset>
          <form class="rd-form" onSubmit={(e) => e.preventDefault()} onFocusIn={loadEngine}>
            <CommonFields {...form} />
            {state.mode === 'refund' ? <RefundFields {...form} /> : null}
            {state.mode === 'exchange' ? <ExchangeFields {...form} /> : null}
            {state.mode === 'cap' ? <LedgerFields {...form} /> : null}
          </form>
        </div>
        <section class="rd-results" aria-live="polite" aria-labelledby="rd-results-title">
          <h2 id="rd-results-title">{t.results}</h2>
          <p class="rd-print-only">
            {t.printedOn} {state.date} · {t.estimateNotQuote}
          </p>
          {loose.length > 0 ? (
            <ul class="rd-problems">
              {loose.map((problem) => (
                <li key={problem.code + problem.field} class="rd-error" data-code={problem.code}>
                  {describeInput(problem)}
                </li>
              ))}
            </ul>
          ) : null}
          {loaded && outcome.missing.length > 0 ? (
            <p class="rd-missing">
              {t.notReady} {outcome.missing.map(labelOf).join(', ')}
            </p>
          ) : null}
          {loaded && owned.length > 0 ? (
            <p class="rd-missing">
              {t.fixPrompt} {owned.map(labelOf).join(', ')}
            </p>
          ) : null}
          {outcome.answer && Results ? (
            <Results
              answer={outcome.answer}
              t={t}
              locale={locale}
              describe={describe}
              revealed={revealed}
              onReveal={setRevealed}
              onApply={update}
            />
          ) : null}
          <p class="rd-note">{t.estimateNotQuote}</p>
          {link ? (
            <p class="rd-print-only rd-print-link">
              {t.printLink} <a href={link}>{link}</a>
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}
