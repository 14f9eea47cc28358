import type { InputField, ReservationInputs } from '../shapes';
import type { FieldError } from './estimate';
import type { FormWords } from './form-words';
import { t } from './i18n-core';

type Props = {
  idPrefix: string;
  inputs: ReservationInputs;
  errors: FieldError[];
  /** core's names for the fields and menus (form-words.ts) */
  words: FormWords;
  onChange(next: ReservationInputs): void;
};

// The compact form for what the page does not show. Every control has a label (core's name for the field, except the
// customer, which is the extension's own); an error sits under its field, tied to it with aria-describedby, and names
// the field itself (core's sentence).
export function ReservationForm({ idPrefix, inputs, errors, words, onChange }: Props) {
  const labelOf = (field: InputField | 'used') =>
    field === 'customer' ? t('customer') : (words.labels[field] ?? field);
  const id = (f: string) => `${idPrefix}-${f}`;
  const errorOf = (f: InputField) =>
    errors
      .filter((e) => e.field === f)
      .map((e) => e.message)
      .join(' ');
  const set = (f: InputField, value: string) => onChange({ ...inputs, [f]: value });
  const described = (f: InputField) =>
    errorOf(f) ? { 'aria-invalid': true as const, 'aria-describedby': id(`${f}-error`) } : {};
  const error = (f: InputField) =>
    errorOf(f) ? (
      <span class="rd-error" id={id(`${f}-error`)}>
        {errorOf(f)}
      </span>
    ) : null;
  const text = (f: InputField, extra: Record<string, string> = {}) => (
    <div class="rd-field">
      <label for={id(f)}>{labelOf(f)}</label>
      <input
        id={id(f)}
        name={f}
        value={inputs[f]}
        onInput={(e) => set(f, e.currentTarget.value)}
        autocomplete="off"
        {...extra}
        {...described(f)}
      />
      {error(f)}
    </div>
  );
  const choice = (f: InputField, options: [string, string][]) => (
    <div class="rd-field">
      <label for={id(f)}>{labelOf(f)}</label>
      <select id={id(f)} name={f} value={inputs[f]} onChange={(e) => set(f, e.currentTarget.value)} {...described(f)}>
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {error(f)}
    </div>
  );
  return (
    <fieldset class="rd-form">
      <legend>{t('detailsLegend')}</legend>
      {choice('product', [['', t('chooseOne')], ...words.products])}
      {choice('term', words.terms)}
      {choice('billingPlan', words.plans)}
      {text('start', { type: 'date' })}
      {text('quantity', { inputmode: 'numeric' })}
      {text('price', { inputmode: 'decimal' })}
      {text('currency', { maxlength: '3', size: '4' })}
      {text('currentPrice', { inputmode: 'decimal' })}
      {text('usdPerUnit', { inputmode: 'decimal' })}
      <div class="rd-field rd-check">
        <input
          id={id('used')}
          type="checkbox"
          checked={inputs.used}
          onChange={(e) => onChange({ ...inputs, used: e.currentTarget.checked })}
        />
        <label for={id('used')}>{labelOf('used')}</label>
      </div>
      {text('customer', { placeholder: '00000000-0000-0000-0000-000000000000' })}
      {text('returnQuantity', { inputmode: 'numeric' })}
    </fieldset>
  );
}
