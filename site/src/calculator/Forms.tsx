// The inputs of each mode. Everything stays text as typed; core says what is wrong with it.
import type { Problem } from '@refund-desk/core';
import { Group, SelectField, TextField } from './Inputs.js';
import { inputLabel } from './requests.js';
import {
  type CalcState,
  emptyPurchase,
  emptyReturn,
  type LedgerRow,
  type PurchaseRow,
  type ReturnRow,
} from './state.js';
import type { Strings } from './strings.js';

/** [value, label] pairs, built from core's catalog at build time so the island does not ship it. */
export type Options = readonly (readonly [string, string])[];

export interface FormProps {
  state: CalcState;
  products: Options;
  policies: Options;
  update: (change: Partial<CalcState>) => void;
  problems: Map<string, Problem[]>;
  t: Strings;
  describe: (problem: Problem) => string;
}

const DATE_HINT = 'YYYY-MM-DD';

function termOptions(t: Strings) {
  return (['P1Y', 'P3Y', 'P5Y'] as const).map((term) => [term, t.terms[term]] as const);
}

function planOptions(t: Strings) {
  return (['Upfront', 'Monthly'] as const).map((plan) => [plan, t.plans[plan]] as const);
}

export function CommonFields({ state, update, problems, t, describe, policies }: FormProps) {
  return (
    <div class="rd-row">
      <TextField
        id="date"
        type="date"
        label={inputLabel(t.fields, 'date')}
        value={state.date}
        placeholder={DATE_HINT}
        problems={problems.get('date')}
        describe={describe}
        onChange={(date) => update({ date })}
      />
      {state.mode === 'cap' ? null : (
        <SelectField
          id="policy"
          label={inputLabel(t.fields, 'policy')}
          value={state.policy}
          options={[['auto', t.policyAuto], ...policies]}
          problems={problems.get('policy')}
          describe={describe}
          onChange={(policy) => update({ policy })}
        />
      )}
    </div>
  );
}

export function RefundFields(props: FormProps) {
  const { state, update, problems, t, describe, products } = props;
  const field = (id: keyof CalcState & string) => ({
    id,
    label: inputLabel(t.fields, id),
    problems: problems.get(id),
    describe,
    value: state[id] as string,
    onChange: (value: string) => update({ [id]: value }),
  });
  // The rate is required for a currency other than USD (R-cap.3), so it joins the main inputs then.
  const usd = state.currency.trim().toUpperCase() === 'USD';
  const rate = <TextField {...field('rate')} inputMode="decimal" suffix="USD" />;
  const advanced = [state.current, usd ? state.rate : '', state.used, state.originalQuantity].some((v) => v !== '');
  return (
    <>
      <div class="rd-row">
        <SelectField {...field('product')} options={products} />
        <SelectField {...field('term')} options={termOptions(t)} />
        <SelectField {...field('plan')} options={planOptions(t)} />
      </div>
      <div class="rd-row">
        <TextField {...field('start')} type="date" placeholder={DATE_HINT} />
        <TextField {...field('quantity')} inputMode="numeric" />
        <TextField {...field('returnQuantity')} inputMode="numeric" />
      </div>
      <div class="rd-row">
        <TextField {...field('currency')} />
        <TextField {...field('price')} inputMode="decimal" suffix={state.currency} />
        {usd ? null : rate}
      </div>
      <details class="rd-advanced" open={advanced || state.fee !== 'policy'}>
        <summary>{t.advanced}</summary>
        <div class="rd-row">
          <TextField {...field('current')} inputMode="decimal" suffix={state.currency} />
          {usd ? rate : null}
          <SelectField {...field('used')} options={Object.entries(t.usedOptions)} />
          <SelectField {...field('fee')} options={Object.entries(t.feeOptions)} />
          <TextField {...field('originalQuantity')} inputMode="numeric" />
        </div>
      </details>
      <LedgerFields {...props} />
    </>
  );
}

export function LedgerFields({ state, update, problems, t, describe }: FormProps) {
  const change = (i: number, row: Partial<LedgerRow>) =>
    update({ ledger: state.ledger.map((old, j) => (j === i ? { ...old, ...row } : old)) });
  return (
    <Group legend={t.ledger} empty={state.ledger.length === 0}>
      {state.ledger.map((row, i) => (
        <div class="rd-row" key={i}>
          <TextField
            id={`ledger-${i}-date`}
            type="date"
            label={inputLabel(t.fields, `ledger-${i}-date`)}
            value={row.date}
            placeholder={DATE_HINT}
            problems={problems.get(`ledger-${i}-date`)}
            describe={describe}
            onChange={(date) => change(i, { date })}
          />
          <TextField
            id={`ledger-${i}-amount`}
            label={inputLabel(t.fields, `ledger-${i}-amount`)}
            value={row.amount}
            inputMode="decimal"
            suffix="USD"
            problems={problems.get(`ledger-${i}-amount`)}
            describe={describe}
            onChange={(amount) => change(i, { amount })}
          />
          <button
            type="button"
            class="rd-remove"
            onClick={() => update({ ledger: state.ledger.filter((_, j) => j !== i) })}
          >
            {t.remove} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update({ ledger: [...state.ledger, { date: '', amount: '' }] })}>
        {t.addLedger}
      </button>
    </Group>
  );
}

export function ExchangeFields({ state, update, problems, t, describe, products }: FormProps) {
  const changeReturn = (i: number, row: Partial<ReturnRow>) =>
    update({ returns: state.returns.map((old, j) => (j === i ? { ...old, ...row } : old)) });
  const changePurchase = (i: number, row: Partial<PurchaseRow>) =>
    update({ purchases: state.purchases.map((old, j) => (j === i ? { ...old, ...row } : old)) });
  const returnField = (i: number, key: keyof ReturnRow) => ({
    id: `return-${i}-${key}`,
    label: inputLabel(t.fields, `return-${i}-${key}`),
    value: state.returns[i]![key],
    problems: problems.get(`return-${i}-${key}`),
    describe,
    onChange: (value: string) => changeReturn(i, { [key]: value }),
  });
  const buyField = (i: number, key: keyof PurchaseRow) => ({
    id: `buy-${i}-${key}`,
    label: inputLabel(t.fields, `buy-${i}-${key}`),
    value: state.purchases[i]![key],
    problems: problems.get(`buy-${i}-${key}`),
    describe,
    onChange: (value: string) => changePurchase(i, { [key]: value }),
  });
  return (
    <>
      <div class="rd-row">
        <TextField
          id="currency"
          label={inputLabel(t.fields, 'currency')}
          value={state.currency}
          problems={problems.get('currency')}
          describe={describe}
          onChange={(currency) => update({ currency })}
        />
      </div>
      <Group legend={t.fields.returns ?? ''}>
        {state.returns.map((_, i) => (
          <div class="rd-block" key={i}>
            <div class="rd-row">
              <SelectField {...returnField(i, 'product')} options={products} />
              <SelectField {...returnField(i, 'term')} options={termOptions(t)} />
              <SelectField {...returnField(i, 'plan')} options={planOptions(t)} />
            </div>
            <div class="rd-row">
              <TextField {...returnField(i, 'start')} type="date" placeholder={DATE_HINT} />
              <TextField {...returnField(i, 'quantity')} inputMode="numeric" />
              <TextField {...returnField(i, 'returnQuantity')} inputMode="numeric" />
            </div>
            <div class="rd-row">
              <TextField {...returnField(i, 'price')} inputMode="decimal" suffix={state.currency} />
              <TextField {...returnField(i, 'current')} inputMode="decimal" suffix={state.currency} />
              {state.returns.length > 1 ? (
                <button
                  type="button"
                  class="rd-remove"
                  onClick={() => update({ returns: state.returns.filter((_, j) => j !== i) })}
                >
                  {t.remove} ({inputLabel(t.fields, `return-${i}`)})
                </button>
              ) : null}
            </div>
          </div>
        ))}
        <button type="button" onClick={() => update({ returns: [...state.returns, emptyReturn()] })}>
          {t.addReturn}
        </button>
      </Group>
      <Group legend={t.fields.purchases ?? ''}>
        {state.purchases.map((_, i) => (
          <div class="rd-row" key={i}>
            <SelectField {...buyField(i, 'product')} options={products} />
            <SelectField {...buyField(i, 'term')} options={termOptions(t)} />
            <SelectField {...buyField(i, 'plan')} options={planOptions(t)} />
            <TextField {...buyField(i, 'price')} inputMode="decimal" suffix={state.currency} />
            {state.purchases.length > 1 ? (
              <button
                type="button"
                class="rd-remove"
                onClick={() => update({ purchases: state.purchases.filter((_, j) => j !== i) })}
              >
                {t.remove} ({inputLabel(t.fields, `buy-${i}`)})
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" onClick={() => update({ purchases: [...state.purchases, emptyPurchase()] })}>
          {t.addPurchase}
        </button>
      </Group>
    </>
  );
}
