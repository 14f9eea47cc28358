// Labelled inputs that show the problem core found with them, right under them, as the person types.
import type { Problem } from '@refund-desk/core';
import type { ComponentChildren } from 'preact';

/** Core's sentence names the field in words ("Purchase price: must be…"); without it, the label leads. */
function sentence(props: { label: string; describe?: ((problem: Problem) => string) | undefined }, problem: Problem) {
  return props.describe ? props.describe(problem) : `${props.label}: ${problem.message}`;
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems?: Problem[] | undefined;
  describe?: (problem: Problem) => string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  suffix?: string;
  /** 'date' opens the platform's date picker; its value is still the ISO day as text (YYYY-MM-DD). */
  type?: 'text' | 'date';
}

/** An empty optional input is left off the printed page ("no empty fields"). */
const fieldClass = (value: string) => (value.trim() === '' ? 'rd-field rd-empty' : 'rd-field');

/** A date that is not a plain ISO day (a link's timestamp, a typo) is shown as typed in a text box, with core's problem. */
function inputType(props: FieldProps): 'text' | 'date' {
  if (props.type !== 'date') return 'text';
  if (props.value === '') return 'date';
  const time = /^\d{4}-\d{2}-\d{2}$/.test(props.value) ? Date.parse(`${props.value}T00:00:00Z`) : Number.NaN;
  // 2025-02-30 parses but is not that day: the picker would show nothing, so the text box shows what was typed.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(props.value) ? 'date' : 'text';
}

export function TextField(props: FieldProps) {
  const errorId = `${props.id}-error`;
  const problem = props.problems?.[0];
  return (
    <div class={fieldClass(props.value)}>
      <label for={props.id}>{props.label}</label>
      <span class="rd-input">
        <input
          id={props.id}
          name={props.id}
          type={inputType(props)}
          autocomplete="off"
          spellcheck={false}
          inputMode={props.inputMode ?? 'text'}
          placeholder={props.placeholder}
          value={props.value}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? errorId : undefined}
          onInput={(event) => props.onChange((event.currentTarget as HTMLInputElement).value)}
        />
        {props.suffix ? <span class="rd-suffix">{props.suffix}</span> : null}
      </span>
      {problem ? (
        <p class="rd-error" id={errorId} data-code={problem.code}>
          {sentence(props, problem)}
        </p>
      ) : null}
    </div>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  problems?: Problem[] | undefined;
  describe?: (problem: Problem) => string;
}

export function SelectField(props: SelectProps) {
  const errorId = `${props.id}-error`;
  const problem = props.problems?.[0];
  return (
    <div class="rd-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        aria-invalid={problem ? 'true' : 'false'}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {problem ? (
        <p class="rd-error" id={errorId} data-code={problem.code}>
          {sentence(props, problem)}
        </p>
      ) : null}
    </div>
  );
}

export function Group(props: { legend: string; empty?: boolean; children: ComponentChildren }) {
  return (
    <fieldset class={props.empty ? 'rd-group rd-empty' : 'rd-group'}>
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
