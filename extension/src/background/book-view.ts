import {
  azureFieldName,
  type BookReservation,
  billingPlanLabel,
  describeProblem,
  fieldLabel,
  figureLabel,
  formatMoney,
  type LedgerEntry,
  type Locale,
  ledgerEntryFromEstimate,
  type Money,
  neededFacts,
  productByKey,
  type RefundEstimate,
  type Result,
  reservationFromFields,
  sentence,
  termLabel,
} from '@refund-desk/core';
import type {
  BookFact,
  Correction,
  EstimateView,
  FigureView,
  HeadroomView,
  NeededFactName,
  RefundRecord,
} from '../shapes';

// The book's reservations as the panels show them: the agent's corrections over the imported facts (each with its
// origin), and core's answers formatted in the reader's language. No figure is computed here: core computes, this
// file picks and formats.

/** The reservation with the agent's corrections over its imported facts; `origin` says which came from where. */
export function corrected(imported: BookReservation, correction: Correction | null): BookReservation {
  if (!correction) return imported;
  const { customer: _customer, ...facts } = correction.facts;
  const currency = facts.currency ?? imported.price?.currency ?? 'USD';
  // core turns the typed text into the contract's shape; what it cannot read stays text, for core to refuse by name.
  const typed = reservationFromFields({ ...facts, currency }) as Partial<BookReservation>;
  const next: BookReservation = { ...imported, ...typed, origin: { ...imported.origin } };
  if (!facts.price && facts.currency && imported.price) next.price = { ...imported.price, currency };
  else if (!facts.price) {
    if (imported.price) next.price = imported.price;
    else delete next.price;
  }
  if (!facts.currency && typed.currentPrice === undefined && imported.currentPrice)
    next.currentPrice = imported.currentPrice;
  for (const [fact, origin] of Object.entries(correction.origin)) next.origin[fact] = origin ?? '';
  return next;
}

export function ledgerOf(refunds: readonly RefundRecord[]): LedgerEntry[] {
  return refunds.map((r) => ({
    date: r.date,
    amount: { amount: r.amount, currency: 'USD' },
    ...(r.reservationId && { reservationId: r.reservationId }),
    ...(r.note && { note: r.note }),
  }));
}

const factPaths: [keyof BookReservation, string][] = [
  ['product', 'reservation.product'],
  ['term', 'reservation.term'],
  ['billingPlan', 'reservation.billingPlan'],
  ['start', 'reservation.start'],
  ['quantity', 'reservation.quantity'],
  ['price', 'reservation.price.amount'],
  ['currentPrice', 'reservation.currentPrice.amount'],
  ['usdPerUnit', 'reservation.usdPerUnit'],
  ['originalQuantity', 'reservation.originalQuantity'],
];

function shown(field: keyof BookReservation, value: unknown, locale: Locale): string {
  if (field === 'term' && typeof value === 'string') return termLabel(value, locale);
  if (field === 'billingPlan' && typeof value === 'string') return billingPlanLabel(value, locale);
  // core's product title in the reader's language; a key core does not know is shown as the file wrote it.
  if (field === 'product' && typeof value === 'string') return productByKey(value)?.title[locale] ?? value;
  if (typeof value === 'object' && value !== null && 'amount' in value) {
    const money = value as Money;
    try {
      return formatMoney(money, locale);
    } catch {
      return `${money.amount} ${money.currency}`;
    }
  }
  return String(value);
}

export function factsOf(reservation: BookReservation, correction: Correction | null, locale: Locale): BookFact[] {
  return factPaths.flatMap(([field, path]) => {
    const value = reservation[field];
    if (value === undefined) return [];
    const fact = field === 'price' || field === 'currentPrice' ? 'price' : field;
    const corrected =
      Boolean(correction?.facts[fact as keyof Correction['facts']]) ||
      (field === 'price' && Boolean(correction?.facts.currency));
    return [
      {
        path,
        label: fieldLabel(path, locale),
        value: shown(field, value, locale),
        origin: reservation.origin[field] ?? reservation.origin[fact] ?? '',
        corrected,
      },
    ];
  });
}

const neededPaths: Record<NeededFactName, string> = {
  product: 'reservation.product',
  billingPlan: 'reservation.billingPlan',
  start: 'reservation.start',
  price: 'reservation.price.amount',
  usdPerUnit: 'reservation.usdPerUnit',
  customer: 'customer',
};

/** Facts an estimate cannot do without that the book does not hold (the customer, when no file named one). */
export function missingOf(
  reservation: BookReservation,
  tenantId: string,
  locale: Locale,
): { fact: NeededFactName; label: string }[] {
  const missing: NeededFactName[] = neededFacts(reservation, tenantId);
  return missing.map((fact) => ({
    fact,
    label: fact === 'customer' ? customerLabel(locale) : fieldLabel(neededPaths[fact], locale),
  }));
}

const customerLabel = (locale: Locale) => (locale === 'ko' ? '고객 (테넌트 ID)' : 'Customer (tenant ID)');

function figure(path: string, value: string, testId: string, locale: Locale): FigureView {
  return { path, label: figureLabel(path, locale, 'refund'), azure: azureFieldName(path, 'refund'), value, testId };
}

/** core's estimate as the panels show it; `recordDate` is the day a refund made now would be recorded. */
export function estimateView(result: Result<RefundEstimate>, date: string, locale: Locale): EstimateView {
  if (!result.ok)
    return {
      ok: false,
      allowed: false,
      quantity: 0,
      figures: [],
      reasons: result.errors.map((e) => describeProblem(e, locale)),
      portalMayAccept: null,
      record: null,
    };
  const refund = result.value;
  const money = (m: Money) => formatMoney(m, locale);
  const r = refund.policyResult;
  const entry = refund.allowed ? ledgerEntryFromEstimate(refund, { date }) : null;
  return {
    ok: true,
    allowed: refund.allowed,
    quantity: refund.quantity,
    figures: [
      figure('billingRefundAmount', money(refund.billingRefundAmount), 'refund-now', locale),
      figure('earlyTerminationFee', money(refund.earlyTerminationFee), 'fee', locale),
      figure(
        'billingInformation.billingCurrencyRemainingCommitmentAmount',
        money(refund.billingInformation.billingCurrencyRemainingCommitmentAmount),
        'canceled',
        locale,
      ),
      figure('policyResult.capUse', money(r.capUse), 'cap-use', locale),
      figure('policyResult.remainingAfter', money(r.remainingAfter), 'remaining-after', locale),
      figure('policyResult.maxQuantityNow', String(r.maxQuantityNow), 'max-quantity', locale),
      figure('policyResult.fitsOn', r.fitsOn ?? sentence('fitsNever', locale), 'fits-on', locale),
    ],
    reasons: r.errors.map((e) => describeProblem(e, locale)),
    portalMayAccept: r.refusedByFuturePayments ? sentence('refusedByFuturePayments', locale) : null,
    record: entry && { date: entry.date, amount: entry.amount.amount, note: entry.note ?? '' },
  };
}

export function headroomView(
  cap: { remaining: Money; maxRefundLimit: Money; refills: { date: string; amount: Money }[] },
  locale: Locale,
): HeadroomView {
  return {
    remaining: formatMoney(cap.remaining, locale),
    max: formatMoney(cap.maxRefundLimit, locale),
    refills: cap.refills.map((r) => ({ date: r.date, amount: formatMoney(r.amount, locale) })),
  };
}
