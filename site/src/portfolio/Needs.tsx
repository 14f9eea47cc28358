// What is missing per reservation, with inputs for the facts a person can know (price, billing plan, benefit start,
// USD rate). Typed facts go to the worker, which merges them into the book with the origin "typed on the portfolio
// page" and values and plans it again; core judges what was typed, and its sentences are shown under the inputs.
import { useEffect, useState } from 'preact/hooks';
import { fill } from './fill.js';
import { NEEDS_PAGE, type NeedView, type TypedFacts } from './protocol.js';
import type { PageWords } from './strings.js';

type Input = 'price' | 'currency' | 'billingPlan' | 'start' | 'usdPerUnit';
const keyOf = (need: { tenantId: string; reservationId: string }) => `${need.tenantId}|${need.reservationId}`;

interface Props {
  /** The page shown: the worker holds every reservation's needs and sends a page at a time. */
  page: { from: number; items: NeedView[] };
  total: number;
  t: PageWords;
  busy: boolean;
  notice: string;
  onFill: (facts: TypedFacts[]) => void;
  onPage: (from: number) => void;
}

export function Needs({ page, total, t, busy, notice, onFill, onPage }: Props) {
  // What was typed, by reservation, across pages until it is added to the book.
  const [typed, setTyped] = useState<Map<string, TypedFacts>>(new Map());
  // Each page from the worker holds what it merged: inputs not being edited start from that.
  useEffect(() => {
    setTyped((old) => {
      const next = new Map(old);
      for (const need of page.items) if (!next.has(keyOf(need))) next.set(keyOf(need), need.typed);
      return next;
    });
  }, [page]);
  useEffect(() => setTyped(new Map(page.items.map((need) => [keyOf(need), need.typed]))), [total]);

  if (total === 0) {
    return (
      <section class="rd-pf-section" aria-labelledby="pf-needs">
        <h2 id="pf-needs">{t.needsTitle}</h2>
        <p>{t.noNeeds}</p>
      </section>
    );
  }
  const change = (need: NeedView, input: Input, value: string) => {
    const next = new Map(typed);
    next.set(keyOf(need), { ...(typed.get(keyOf(need)) ?? need.typed), [input]: value });
    setTyped(next);
  };
  const { from, items } = page;
  return (
    <section class="rd-pf-section" aria-labelledby="pf-needs">
      <h2 id="pf-needs">{t.needsTitle}</h2>
      <p>{t.needsIntro}</p>
      <form
        class="rd-pf-needs"
        onSubmit={(event) => {
          event.preventDefault();
          onFill([...typed.values()]);
        }}
      >
        {items.map((need, i) => (
          <NeedFields
            key={keyOf(need)}
            id={`pf-need-${from + i}`}
            need={need}
            typed={typed.get(keyOf(need)) ?? need.typed}
            t={t}
            onChange={(input, value) => change(need, input, value)}
          />
        ))}
        <div class="rd-pf-buttons">
          <button type="submit" disabled={busy}>
            {t.apply}
          </button>
          {total > NEEDS_PAGE ? (
            <>
              <button type="button" disabled={from === 0} onClick={() => onPage(Math.max(0, from - NEEDS_PAGE))}>
                {t.previous}
              </button>
              <button type="button" disabled={from + NEEDS_PAGE >= total} onClick={() => onPage(from + NEEDS_PAGE)}>
                {t.next}
              </button>
              <span>{fill(t.needsShown, { from: from + 1, to: from + items.length, total })}</span>
            </>
          ) : null}
        </div>
        {notice ? <p class="rd-pf-note">{notice}</p> : null}
      </form>
    </section>
  );
}

interface FieldsProps {
  id: string;
  need: NeedView;
  typed: TypedFacts;
  t: PageWords;
  onChange: (input: Input, value: string) => void;
}

function NeedFields({ id, need, typed, t, onChange }: FieldsProps) {
  const can = (fact: string) => need.fillable.some((f) => f === fact);
  const currency = (typed.currency ?? '').trim().toUpperCase();
  const rate = can('usdPerUnit') || (can('price') && currency !== '' && currency !== 'USD');
  const notFillable = need.fields.filter((field) => field === 'customer' || field === 'product');
  const value = (input: Input) => typed[input] ?? '';
  const text = (input: Input, extra: Record<string, string> = {}) => (
    <div class="rd-pf-field">
      <label for={`${id}-${input}`}>{t.inputs[input]}</label>
      <input
        id={`${id}-${input}`}
        type="text"
        value={value(input)}
        onInput={(event) => onChange(input, (event.currentTarget as HTMLInputElement).value)}
        {...extra}
      />
    </div>
  );
  return (
    <fieldset class="rd-pf-need" data-reservation={need.reservationId}>
      <legend>
        {need.name} <span class="rd-pf-detail">· {need.customer}</span>
      </legend>
      <p class="rd-pf-missing">
        {t.missing}: {need.fields.map((field) => t.facts[field as keyof PageWords['facts']] ?? field).join(', ')}
        {notFillable.length > 0
          ? ` (${notFillable.map((f) => t.facts[f as 'customer']).join(', ')}: ${t.notFillable})`
          : ''}
      </p>
      <div class="rd-pf-row">
        {can('price') ? text('price', { inputMode: 'decimal', autocomplete: 'off' }) : null}
        {can('price') ? text('currency', { maxLength: '3', autocomplete: 'off', class: 'rd-pf-short' }) : null}
        {can('billingPlan') ? (
          <div class="rd-pf-field">
            <label for={`${id}-billingPlan`}>{t.inputs.billingPlan}</label>
            <select
              id={`${id}-billingPlan`}
              value={value('billingPlan')}
              onChange={(event) => onChange('billingPlan', (event.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t.choosePlan}</option>
              <option value="Upfront">{t.plans.Upfront}</option>
              <option value="Monthly">{t.plans.Monthly}</option>
            </select>
          </div>
        ) : null}
        {can('start') ? (
          <div class="rd-pf-field">
            <label for={`${id}-start`}>{t.inputs.start}</label>
            <input
              id={`${id}-start`}
              type="date"
              value={value('start')}
              onInput={(event) => onChange('start', (event.currentTarget as HTMLInputElement).value)}
            />
          </div>
        ) : null}
        {rate ? text('usdPerUnit', { inputMode: 'decimal', autocomplete: 'off' }) : null}
      </div>
      {need.remaining.length > 0 && need.remaining.join() !== need.fields.join() ? (
        <p class="rd-pf-missing">
          {t.stillMissing}:{' '}
          {need.remaining.map((field) => t.facts[field as keyof PageWords['facts']] ?? field).join(', ')}
        </p>
      ) : null}
      {need.problems.length > 0 ? (
        <ul class="rd-pf-errors">
          {need.problems.map((problem) => (
            <li key={problem} class="rd-pf-error">
              {problem}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
