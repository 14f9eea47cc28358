// What one returned reservation is worth on a date: R-time, R-basis, R-refund, R-monthly. Shared by refunds and exchanges.
import { civilFromDays, civilOf, type Day, daysFromCivil, daysInMonth, formatDate } from './dates.js';
import { type Amount, AmountTexts, amountString, compare, roundHalfAway, scale, subtract, withMinor } from './money.js';
import type { Policy } from './policies.js';
import type { BillingInformation, Step } from './types.js';
import { type ParsedReservation, type TermSpan, termYears } from './validate.js';

export type Term = TermSpan;

/** R-time.3: the term ends on the same month and day 1, 3 or 5 years later, clamped to the month's end. */
export function termOf(reservation: ParsedReservation): Term {
  return reservation.span;
}

export interface MonthlyPosition {
  totalTransactions: number;
  completedTransactions: number;
  periodStart: Day;
  periodEnd: Day;
}

/** `months` after the civil date (addMonths without reading the start again each time). */
function monthsAfter(start: { year: number; month: number; day: number }, months: number): Day {
  const total = start.year * 12 + start.month - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(start.day, daysInMonth(year, month)));
}

/** R-monthly.1–2: payments fall due on start + k months; the ones dated on or before `date` are completed. */
export function monthlyPosition(reservation: ParsedReservation, date: Day): MonthlyPosition {
  const totalTransactions = 12 * termYears(reservation.term);
  const start = civilOf(reservation.start);
  const now = civilOf(date);
  let k = (now.year - start.year) * 12 + now.month - start.month;
  k = Math.max(0, Math.min(k, totalTransactions - 1));
  let periodStart = monthsAfter(start, k);
  while (k > 0 && periodStart > date) periodStart = monthsAfter(start, --k);
  let periodEnd = monthsAfter(start, k + 1);
  while (k + 1 < totalTransactions && periodEnd <= date) {
    k++;
    periodStart = periodEnd;
    periodEnd = monthsAfter(start, k + 1);
  }
  return { totalTransactions, completedTransactions: k + 1, periodStart, periodEnd };
}

/** R-monthly.1: every payment day, start + k months for k = 0 … 12 × years; the last is the term's end. */
export function paymentDays(reservation: ParsedReservation): Day[] {
  const total = 12 * termYears(reservation.term);
  const start = civilFromDays(reservation.start);
  const days: Day[] = [];
  for (let k = 0; k <= total; k++) days.push(monthsAfter(start, k));
  return days;
}

/** What a return is besides its amounts: the days, the basis chosen and the payments (the steps print these as they are). */
export interface ReturnFacts {
  quantity: number;
  term: Term;
  elapsedDays: number;
  remainingDays: number;
  priceBasis: 'purchase' | 'current';
  fullCredit: boolean;
  completedTransactions: number;
  totalTransactions: number;
  monthly?: MonthlyPosition & { daysUsed: number };
}

export interface ReturnValue extends ReturnFacts {
  /** Total paid so far for the returned units. */
  paid: Amount;
  /** Total paid so far for the whole reservation as Azure reports it: all its units, or the order's (R-monthly.5). */
  paidWhole: Amount;
  /** The prorated refund paid back now, before any fee. */
  refund: Amount;
  /** Monthly payments not yet due, canceled (R-monthly.4); zero for upfront. */
  remainingCommitment: Amount;
  monthly?: MonthlyPosition & { installment: Amount; daysUsed: number };
}

/** The basis of the refund (R-basis): the lower of purchase and current price under policies that say so. */
export function basisOf(
  reservation: ParsedReservation,
  policy: Policy,
): { basis: Amount; priceBasis: 'purchase' | 'current' } {
  const { price, currentPrice } = reservation;
  if (policy.parameters.priceBasis === 'lower-of-purchase-and-current' && currentPrice) {
    if (compare(currentPrice, price) < 0) return { basis: currentPrice, priceBasis: 'current' };
  }
  return { basis: price, priceBasis: 'purchase' };
}

/**
 * The value of returning `quantity` units on `date` (inside the term). Exact: every amount is a fraction rounded once;
 * the refund is the rounded base minus the rounded used part (R-money.3).
 */
export function returnValue(reservation: ParsedReservation, quantity: number, date: Day, policy: Policy): ReturnValue {
  const term = termOf(reservation);
  const elapsedDays = date - term.start;
  const remainingDays = term.termDays - elapsedDays;
  // basisOf, written out: no object for its two answers on this hot path.
  const current = reservation.currentPrice;
  const lower =
    current !== undefined &&
    policy.parameters.priceBasis === 'lower-of-purchase-and-current' &&
    compare(current, reservation.price) < 0;
  const basis = lower ? current : reservation.price;
  const priceBasis = lower ? 'current' : 'purchase';
  const q = BigInt(quantity);
  const owned = BigInt(reservation.quantity);
  const fullCredit = elapsedDays <= policy.parameters.fullCreditDays && !reservation.used;

  // Both returns below are written out field by field: object spreads cost microseconds on this hot path (fitsOn).
  if (reservation.billingPlan === 'Upfront') {
    const paid = scale(reservation.price, q, owned);
    const paidWhole = scale(reservation.price, BigInt(reservation.originalQuantity), owned);
    const base = scale(basis, q, owned);
    const used = scale(basis, q * BigInt(elapsedDays), owned * BigInt(term.termDays));
    return {
      quantity,
      term,
      elapsedDays,
      remainingDays,
      priceBasis,
      fullCredit,
      paid,
      paidWhole,
      refund: fullCredit ? paid : subtract(base, used),
      remainingCommitment: withMinor(paid, 0n),
      completedTransactions: 1,
      totalTransactions: 1,
    };
  }

  const position = monthlyPosition(reservation, date);
  const total = BigInt(position.totalTransactions);
  const installment = scale(reservation.price, q, owned * total);
  const completed = BigInt(position.completedTransactions);
  const paid = withMinor(installment, installment.minor * completed);
  const wholeInstallment = scale(reservation.price, BigInt(reservation.originalQuantity), owned * total);
  const paidWhole = withMinor(wholeInstallment, wholeInstallment.minor * completed);
  const periodDays = position.periodEnd - position.periodStart;
  const daysUsed = date - position.periodStart;
  const base = scale(basis, q, owned * total);
  const usedMinor = roundHalfAway(basis.minor * q * BigInt(daysUsed), owned * total * BigInt(periodDays));
  const left = BigInt(position.totalTransactions - position.completedTransactions);
  return {
    quantity,
    term,
    elapsedDays,
    remainingDays,
    priceBasis,
    fullCredit,
    paid,
    paidWhole,
    refund: fullCredit ? paid : withMinor(base, base.minor - usedMinor),
    remainingCommitment: scale(reservation.price, q * left, owned * total),
    completedTransactions: position.completedTransactions,
    totalTransactions: position.totalTransactions,
    monthly: {
      totalTransactions: position.totalTransactions,
      completedTransactions: position.completedTransactions,
      periodStart: position.periodStart,
      periodEnd: position.periodEnd,
      installment,
      daysUsed,
    },
  };
}

/** Azure's `billingInformation` view of a return (R-monthly.5). */
export function billingInformation(
  reservation: ParsedReservation,
  value: ReturnValue,
  texts: AmountTexts = new AmountTexts(),
): BillingInformation {
  return {
    billingPlan: reservation.billingPlan,
    completedTransactions: value.completedTransactions,
    totalTransactions: value.totalTransactions,
    billingCurrencyTotalPaidAmount: texts.money(value.paidWhole),
    billingCurrencyProratedAmount: texts.money(subtract(value.paidWhole, value.refund)),
    billingCurrencyRemainingCommitmentAmount: texts.money(value.remainingCommitment),
  };
}

/** A money parameter of a step: "3650.00 USD" (explain() formats it for the reader's locale). */
export function moneyParam(amount: Amount): string {
  return `${amountString(amount)} ${amount.currency}`;
}

/**
 * The money parameters of a return's steps ("3650.00 USD"), whichever arithmetic worked them out (bigint here, small
 * integers in small-refund.ts). Those a return's steps do not show are ''.
 */
export interface ReturnParams {
  price: string;
  /** The current price; '' when none was given. */
  current: string;
  /** Monthly: one payment, what was paid so far and the payments canceled. */
  installment: string;
  paid: string;
  remaining: string;
  refund: string;
  /** Upfront, without full credit: what was paid minus the refund (R-refund.1). */
  prorated: string;
}

/** The parameters of a bigint return value, with the texts of the amounts shared with the rest of the result. */
export function returnParams(reservation: ParsedReservation, value: ReturnValue, texts: AmountTexts): ReturnParams {
  const monthly = value.monthly;
  return {
    price: texts.param(reservation.price),
    current: reservation.currentPrice ? texts.param(reservation.currentPrice) : '',
    installment: monthly ? texts.param(monthly.installment) : '',
    paid: monthly ? texts.param(value.paid) : '',
    remaining: monthly ? texts.param(value.remainingCommitment) : '',
    refund: texts.param(value.refund),
    prorated: !monthly && !value.fullCredit ? texts.param(subtract(value.paid, value.refund)) : '',
  };
}

/** The steps that explain a return value, each citing its rule. */
export function returnSteps(reservation: ParsedReservation, value: ReturnValue, policy: Policy, date: Day): Step[] {
  const steps: Step[] = [];
  pushReturnSteps(steps, reservation, value, policy, date, returnParams(reservation, value, new AmountTexts()));
  return steps;
}

/** returnSteps, added to `steps`, from the return's facts and its money parameters. */
export function pushReturnSteps(
  steps: Step[],
  reservation: ParsedReservation,
  value: ReturnFacts,
  policy: Policy,
  date: Day,
  params: ReturnParams,
): void {
  const { term } = value;
  steps.push({
    rule: 'R-time.3',
    key: 'time.term',
    params: {
      term: reservation.term,
      start: formatDate(term.start),
      end: formatDate(term.end),
      termDays: term.termDays,
    },
  });
  steps.push({
    rule: 'R-time.2',
    key: 'time.elapsed',
    params: { date: formatDate(date), elapsedDays: value.elapsedDays, remainingDays: value.remainingDays },
  });
  steps.push(basisStep(reservation, value, policy, params));
  if (value.quantity < reservation.quantity) {
    steps.push({
      rule: 'R-money.4',
      key: 'quantity.partial',
      params: { quantity: value.quantity, owned: reservation.quantity },
    });
  }
  const m = value.monthly;
  if (m) {
    steps.push({
      rule: 'R-monthly.1',
      key: 'monthly.schedule',
      params: { installment: params.installment, total: m.totalTransactions },
    });
    steps.push({
      rule: 'R-monthly.2',
      key: 'monthly.completed',
      params: {
        completed: m.completedTransactions,
        total: m.totalTransactions,
        paid: params.paid,
        periodStart: formatDate(m.periodStart),
        periodEnd: formatDate(m.periodEnd),
        periodDays: m.periodEnd - m.periodStart,
        daysUsed: m.daysUsed,
      },
    });
  }
  if (value.fullCredit) {
    steps.push({
      rule: 'R-refund.2',
      key: 'refund.fullCredit',
      params: {
        elapsedDays: value.elapsedDays,
        days: policy.parameters.fullCreditDays,
        refund: params.refund,
      },
    });
  } else if (m) {
    steps.push({
      rule: 'R-monthly.3',
      key: 'monthly.refundNow',
      params: {
        daysLeft: m.periodEnd - date,
        periodDays: m.periodEnd - m.periodStart,
        refund: params.refund,
        used: reservation.used ? 'yes' : 'no',
      },
    });
  } else {
    steps.push({
      rule: 'R-refund.1',
      key: 'refund.prorated',
      params: {
        remainingDays: value.remainingDays,
        termDays: term.termDays,
        refund: params.refund,
        prorated: params.prorated,
      },
    });
  }
  if (m) {
    steps.push({
      rule: 'R-monthly.4',
      key: 'monthly.canceled',
      params: {
        left: value.totalTransactions - value.completedTransactions,
        remaining: params.remaining,
      },
    });
  }
}

function basisStep(reservation: ParsedReservation, value: ReturnFacts, policy: Policy, params: ReturnParams): Step {
  const price = params.price;
  if (policy.parameters.priceBasis === 'purchase') {
    return { rule: 'R-basis.2', key: 'basis.purchaseOnly', params: { price, policy: policy.id } };
  }
  if (!reservation.currentPrice) return { rule: 'R-basis.1', key: 'basis.noCurrentPrice', params: { price } };
  const current = params.current;
  return value.priceBasis === 'current'
    ? { rule: 'R-basis.1', key: 'basis.current', params: { price, current } }
    : { rule: 'R-basis.1', key: 'basis.purchase', params: { price, current } };
}
