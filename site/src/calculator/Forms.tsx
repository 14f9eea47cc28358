// The inputs of each mode. Everything stays text as typed; core says what is wrong with it.
import type { Problem } from '@refund-desk/core';
import { Group, SelectField, TextField } from './Inputs.js';
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
        label={t.date}
        value={state.date}
        placeholder={DATE_HINT}
        problems={problems.get('date')}
        describe={describe}
        onChange={(date) => update({ date })}
      />
      {state.mode === 'cap' ? null : (
        <SelectField
          id="policy"
          label={t.policy}
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
    problems: problems.get(id),
    describe,
    value: state[id] as string,
    onChange: (value: string) => update({ [id]: value }),
  });
  return (
    <>
      <div class="rd-row">
        <SelectField {...field('product')} label={t.product} options={products} />
        <SelectField {...field('term')} label={t.term} options={termOptions(t)} />
        <SelectField {...field('plan')} label={t.plan} options={planOptions(t)} />
      </div>
      <div class="rd-row">
        <TextField {...field('start')} label={t.start} placeholder={DATE_HINT} />
        <TextField {...field('quantity')} label={t.quantity} inputMode="numeric" />
        <TextField {...field('returnQuantity')} label={t.returnQuantity} inputMode="numeric" />
      </div>
      <div class="rd-row">
        <TextField {...field('currency')} label={t.currency} />
        <TextField
          {...field('price')}
          label={`${t.price} (${state.currency})`}
          inputMode="decimal"
          suffix={state.currency}
        />
        <TextField
          {...field('current')}
          label={`${t.current} (${state.currency})`}
          inputMode="decimal"
          suffix={state.currency}
        />
      </div>
      <div class="rd-row">
        <TextField {...field('rate')} label={t.rate} inputMode="decimal" suffix="USD" />
        <SelectField {...field('used')} label={t.used} options={Object.entries(t.usedOptions)} />
        <SelectField {...field('fee')} label={t.fee} options={Object.entries(t.feeOptions)} />
      </div>
      <LedgerFields {...props} />
    </>
  );
}

export function LedgerFields({ state, update, problems, t, describe }: FormProps) {
  const change = (i: number, row: Partial<LedgerRow>) =>
    update({ ledger: state.ledger.map((old, j) => (j === i ? { ...old, ...row } : old)) });
  return (
    <Group legend={t.ledger}>
      {state.ledger.map((row, i) => (
        <div class="rd-row" key={i}>
          <TextField
            id={`ledger-${i}-date`}
            label={`${t.ledgerDate} ${i + 1}`}
            value={row.date}
            placeholder={DATE_HINT}
            problems={problems.get(`ledger-${i}-date`)}
            describe={describe}
            onChange={(date) => change(i, { date })}
          />
          <TextField
            id={`ledger-${i}-amount`}
            label={`${t.ledgerAmount} ${i + 1}`}
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
  const returnField = (i: number, key: keyof ReturnRow, label: string) => ({
    id: `return-${i}-${key}`,
    label: `${label} (${t.returnN} ${i + 1})`,
    value: state.returns[i]![key],
    problems: problems.get(`return-${i}-${key}`),
    describe,
    onChange: (value: string) => changeReturn(i, { [key]: value }),
  });
  const buyField = (i: number, key: keyof PurchaseRow, label: string) => ({
    id: `buy-${i}-${key}`,
    label: `${label} (${t.purchaseN} ${i + 1})`,
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
          label={t.currency}
          value={state.currency}
          problems={problems.get('currency')}
          describe={describe}
          onChange={(currency) => update({ currency })}
        />
      </div>
      <Group legend={t.returns}>
        {state.returns.map((_, i) => (
          <div class="rd-block" key={i}>
            <div class="rd-row">
              <SelectField {...returnField(i, 'product', t.product)} options={products} />
              <SelectField {...returnField(i, 'term', t.term)} options={termOptions(t)} />
              <SelectField {...returnField(i, 'plan', t.plan)} options={planOptions(t)} />
            </div>
            <div class="rd-row">
              <TextField {...returnField(i, 'start', t.start)} placeholder={DATE_HINT} />
              <TextField {...returnField(i, 'quantity', t.quantity)} inputMode="numeric" />
              <TextField {...returnField(i, 'returnQuantity', t.returnQuantity)} inputMode="numeric" />
            </div>
            <div class="rd-row">
              <TextField {...returnField(i, 'price', t.price)} inputMode="decimal" suffix={state.currency} />
              <TextField {...returnField(i, 'current', t.current)} inputMode="decimal" suffix={state.currency} />
              {state.returns.length > 1 ? (
                <button
                  type="button"
                  class="rd-remove"
                  onClick={() => update({ returns: state.returns.filter((_, j) => j !== i) })}
                >
                  {t.remove} ({t.returnN} {i + 1})
                </button>
              ) : null}
            </div>
          </div>
        ))}
        <button type="button" onClick={() => update({ returns: [...state.returns, emptyReturn()] })}>
          {t.addReturn}
        </button>
      </Group>
      <Group legend={t.purchases}>
        {state.purchases.map((_, i) => (
          <div class="rd-row" key={i}>
            <SelectField {...buyField(i, 'product', t.product)} options={products} />
            <SelectField {...buyField(i, 'term', t.term)} options={termOptions(t)} />
            <SelectField {...buyField(i, 'plan', t.plan)} options={planOptions(t)} />
            <TextField {...buyField(i, 'price', t.purchasePrice)} inputMode="decimal" suffix={state.currency} />
            {state.purchases.length > 1 ? (
              <button
                type="button"
                class="rd-remove"
                onClick={() => update({ purchases: state.purchases.filter((_, j) => j !== i) })}
              >
                {t.remove} ({t.purchaseN} {i + 1})
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
