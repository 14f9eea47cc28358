// A worked example's rows for a page (WorkedExample.astro, at build time): its inputs and its figures, each named in
// words by core (fieldLabel, figureLabel), with Azure's field name where Azure has one, and values for people.
import {
  azureFieldName,
  billingPlanLabel,
  type CapRequest,
  type ExchangeRequest,
  type FigureOf,
  fieldLabel,
  figureLabel,
  formatMoney,
  type LedgerEntry,
  type Money,
  policyTitle,
  productByKey,
  type RefundRequest,
  type Reservation,
  sentence,
  termLabel,
} from '@refund-desk/core';
import { formatIsoDate } from '../lib/format.js';
import type { Strings } from './strings.js';

type Locale = 'en' | 'ko';

export interface ExampleRow {
  label: string;
  /** Azure's field name, shown small beside the label; absent when Azure has none. */
  azure?: string;
  shown: string;
}

const count = (n: number, locale: Locale) => new Intl.NumberFormat(locale).format(n);

function reservationRows(prefix: string, r: Reservation, t: Strings, locale: Locale): ExampleRow[] {
  const row = (field: string, shown: string | undefined): ExampleRow[] =>
    shown === undefined ? [] : [{ label: fieldLabel(`${prefix}${field}`, locale), shown }];
  return [
    ...row('product', productByKey(r.product)?.title[locale] ?? r.product),
    ...row('term', termLabel(r.term, locale)),
    ...row('billingPlan', billingPlanLabel(r.billingPlan, locale)),
    ...row('start', formatIsoDate(r.start, locale)),
    ...row('quantity', count(r.quantity, locale)),
    ...row('originalQuantity', r.originalQuantity === undefined ? undefined : count(r.originalQuantity, locale)),
    ...row('price', formatMoney(r.price, locale)),
    ...row('currentPrice', r.currentPrice && formatMoney(r.currentPrice, locale)),
    ...row('usdPerUnit', r.usdPerUnit),
    ...row('used', r.used === undefined ? undefined : t.yesNo[`${r.used}`]),
  ];
}

function ledgerRows(ledger: readonly LedgerEntry[] | undefined, locale: Locale): ExampleRow[] {
  return (ledger ?? []).map((entry, i) => ({
    label: fieldLabel(`ledger[${i}]`, locale),
    shown: `${formatIsoDate(entry.date, locale)} · ${formatMoney(entry.amount, locale)}`,
  }));
}

/** The inputs of a preset's request, in the order a person fills the form. */
export function exampleInputs(
  kind: FigureOf,
  request: RefundRequest | ExchangeRequest | CapRequest,
  t: Strings,
  locale: Locale,
): ExampleRow[] {
  const rows: ExampleRow[] = [{ label: fieldLabel('date', locale), shown: formatIsoDate(request.date, locale) }];
  if ('policy' in request && request.policy && request.policy !== 'auto') {
    rows.push({ label: fieldLabel('policy', locale), shown: policyTitle(request.policy, locale) });
  }
  if (kind === 'refund') {
    const refund = request as RefundRequest;
    rows.push(...reservationRows('reservation.', refund.reservation, t, locale));
    if (refund.quantity !== undefined)
      rows.push({ label: fieldLabel('quantity', locale), shown: count(refund.quantity, locale) });
    if (refund.fee === 'charge') rows.push({ label: fieldLabel('fee', locale), shown: sentence('whatIfFee', locale) });
  }
  if (kind === 'exchange') {
    const exchange = request as ExchangeRequest;
    exchange.returns.forEach((item, i) => {
      rows.push(...reservationRows(`returns[${i}].reservation.`, item.reservation, t, locale));
      if (item.quantity !== undefined)
        rows.push({ label: fieldLabel(`returns[${i}].quantity`, locale), shown: count(item.quantity, locale) });
    });
    exchange.purchases.forEach((p, i) => {
      const label = (field: string) => fieldLabel(`purchases[${i}].${field}`, locale);
      rows.push(
        { label: label('product'), shown: productByKey(p.product)?.title[locale] ?? p.product },
        { label: label('term'), shown: termLabel(p.term, locale) },
        { label: label('billingPlan'), shown: billingPlanLabel(p.billingPlan, locale) },
        { label: label('price'), shown: formatMoney(p.price, locale) },
      );
    });
  }
  rows.push(...ledgerRows((request as { ledger?: LedgerEntry[] }).ledger, locale));
  return rows;
}

const isMoney = (v: unknown): v is Money => !!v && typeof v === 'object' && 'amount' in v && 'currency' in v;

/** A figure's value for people: money, dates and counts in the page's language, core's words for the rest. */
export function exampleValue(path: string, v: unknown, t: Strings, locale: Locale): string {
  if (isMoney(v)) return formatMoney(v, locale);
  if (path === 'allowed') return v ? t.allowed : t.refused;
  if (path.endsWith('fitsOn') && v === null) return t.fitsNever;
  if (path === 'priceBasis') return t.priceBasis[v as 'purchase' | 'current'] ?? String(v);
  if (typeof v === 'boolean') return t.yesNo[`${v}`];
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v)) return formatIsoDate(v, locale);
  if (typeof v === 'number') return count(v, locale);
  return String(v);
}

/** A figure's row: core's label for its contract path, Azure's field name where there is one. */
export function exampleFigure(kind: FigureOf, path: string, v: unknown, t: Strings, locale: Locale): ExampleRow {
  const azure = azureFieldName(path, kind);
  return {
    label: figureLabel(path, locale, kind),
    ...(azure && { azure }),
    shown: exampleValue(path, v, t, locale),
  };
}
