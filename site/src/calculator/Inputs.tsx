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
}

export function TextField(props: FieldProps) {
  const errorId = `${props.id}-error`;
  const problem = props.problems?.[0];
  return (
    <div class="rd-field">
      <label for={props.id}>{props.label}</label>
      <span class="rd-input">
        <input
          id={props.id}
          name={props.id}
          type="text"
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

export function Group(props: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="rd-group">
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
