// estimateRefund's figures in small integers: returnValue's, feeOf's and toUsd's formulas (R-refund, R-monthly, R-fee,
// R-cap.2–3) term by term in exact integer numbers instead of bigint, for the requests whose every intermediate value
// provably stays below 2^53 (EXACT_INTEGERS, money.ts): a price × units of at most 2^40 minor units, and a refund that
// fits under the limit. Every other request, refusals by the limit included, takes the bigint path (refund.ts), which
// gives the same figures; small-refund.test.ts, the vectors, the property tests and tests/bench/diff-check.mjs hold the
// two together.
import type { Day } from './dates.js';
import { roundSmall, smallAmountString } from './money.js';
import type { Policy } from './policies.js';
import { monthlyPosition, type ReturnFacts, type ReturnParams } from './return-value.js';
import type { BillingInformation, Money } from './types.js';
import type { ParsedReservation } from './validate.js';

/**
 * Price × units owned at most this: then each numerator below (price × units × at most 1,827 days, or × 60 payments)
 * stays under 2^52, each denominator (units × payments × days) under 2^31, and roundSmall is exact.
 */
const SMALL_PRICE_UNITS = 2 ** 40;
/** A USD conversion's numerator and denominator at most these keep roundSmall exact (2 × 2^51 + 3 × 2^49 < 2^53). */
const SMALL_USD_NUM = 2 ** 51;
const SMALL_USD_DEN = 2 ** 49;
const SCALE = [1, 10, 100, 1000, 10_000];
/** "0" … "999", and "000" … "999". */
const UP_TO_999: readonly string[] = Array.from({ length: 1000 }, (_, i) => `${i}`);
const THREE_DIGITS: readonly string[] = Array.from({ length: 1000 }, (_, i) => `${i + 1000}`.slice(1));

/** What one policy fixes for every estimate, as small integers (worked out once per policy, refund.ts). */
export interface SmallPolicy {
  readonly policy: Policy;
  /** false when a rate or the limit is too large for small integers: then no estimate under it takes this path. */
  readonly small: boolean;
  readonly feeNum: number;
  readonly feeDen: number;
  readonly whatIfNum: number;
  readonly whatIfDen: number;
  readonly limitCents: number;
}

export function smallPolicy(policy: Policy): SmallPolicy {
  const { feeRate, whatIfFeeRate, capUsdCents } = policy.parameters;
  const rates = [feeRate.num, feeRate.den, whatIfFeeRate.num, whatIfFeeRate.den];
  // Rates (not money) small enough that refund × rate stays under 2^51.
  const small = rates.every((part) => part >= 0n && part <= 1024n) && capUsdCents >= 0n && capUsdCents <= 2n ** 50n;
  return {
    policy,
    small,
    feeNum: small ? Number(feeRate.num) : 0,
    feeDen: small ? Number(feeRate.den) : 1,
    whatIfNum: small ? Number(whatIfFeeRate.num) : 0,
    whatIfDen: small ? Number(whatIfFeeRate.den) : 1,
    limitCents: small ? Number(capUsdCents) : 0,
  };
}

/** What the request asks, read (refund.ts). */
export interface SmallRequest {
  readonly date: Day;
  readonly reservation: ParsedReservation;
  readonly quantity: number;
  readonly chargeFee: boolean;
}

/** An estimate's figures, every amount as its text: what the result and its steps print (refund.ts assembles them). */
export interface EstimateFigures {
  value: ReturnFacts;
  params: ReturnParams;
  /** Step parameters ("0.00 USD"): the fee, the refund after it, and the USD figures of the limit. */
  fee: string;
  paidBack: string;
  capUse: string;
  consumed: string;
  remainingAfter: string;
  paidBackMoney: Money;
  feeMoney: Money;
  billing: BillingInformation;
  pricingRefundMoney: Money;
  capUseMoney: Money;
  consumedMoney: Money;
  remainingAfterMoney: Money;
}

/**
 * A currency's texts from small integers: amountString's text, built from the whole units and one entry of a table of
 * what follows them (".05" for 5 cents), with fewer strings built on the way; the zero's texts are kept.
 */
class CurrencyTexts {
  readonly zero: string;
  readonly zeroParam: string;
  /** " USD": a step's money parameter is the text and this. */
  readonly suffix: string;
  /** Per value of the minor digits (currencies with 1 to 3); empty otherwise, when smallAmountString prints. */
  private readonly tails: readonly string[];
  private readonly unit: number;

  constructor(
    readonly currency: string,
    private readonly digits: number,
  ) {
    this.suffix = ` ${currency}`;
    this.unit = SCALE[digits] ?? 10 ** digits;
    const tails: string[] = [];
    if (digits >= 1 && digits <= 3) {
      for (let minor = 0; minor < this.unit; minor++) tails.push(smallAmountString(minor, digits).slice(1));
    }
    this.tails = tails;
    this.zero = smallAmountString(0, digits);
    this.zeroParam = this.zero + this.suffix;
  }

  text(minor: number): string {
    if (minor === 0) return this.zero;
    if (this.tails.length === 0 || minor < 0) return smallAmountString(minor, this.digits);
    const whole = Math.floor(minor / this.unit);
    const tail = this.tails[minor - whole * this.unit]!;
    // Whole units below a million from two tables (a number's own text is built afresh each time).
    if (whole < 1000) return UP_TO_999[whole] + tail;
    if (whole < 1_000_000) {
      const thousands = Math.floor(whole / 1000);
      return UP_TO_999[thousands]! + THREE_DIGITS[whole - thousands * 1000] + tail;
    }
    return `${whole}${tail}`;
  }

  param(text: string): string {
    return text + this.suffix;
  }

  money(text: string): Money {
    return { amount: text, currency: this.currency };
  }
}

const textsByCurrency = new Map<string, CurrencyTexts>();
let lastTexts = new CurrencyTexts('USD', 2);
const usdTexts = lastTexts;

function textsOf(currency: string, digits: number): CurrencyTexts {
  if (currency === lastTexts.currency) return lastTexts;
  let texts = textsByCurrency.get(currency);
  if (!texts) {
    texts = new CurrencyTexts(currency, digits);
    // Currencies are a short list (ISO 4217); a bound keeps an odd caller from growing it.
    if (textsByCurrency.size < 256) textsByCurrency.set(currency, texts);
  }
  lastTexts = texts;
  return texts;
}

/**
 * The figures of a refund that fits under the limit, in small integers; undefined when a value may not be small (then
 * the bigint path answers) or when it does not fit (refusals search, in bigint). `consumed`: the USD cents counted on
 * the date, at most the limit.
 */
export function smallFigures(
  request: SmallRequest,
  constants: SmallPolicy,
  consumed: number,
): EstimateFigures | undefined {
  if (!constants.small || !(consumed >= 0)) return undefined;
  const { reservation, date, quantity: q } = request;
  const policy = constants.policy;
  const price = reservation.priceSmall;
  const owned = reservation.quantity;
  const whole = reservation.originalQuantity;
  // NaN (not read as a small integer) fails every comparison: the bigint path answers.
  if (!(price >= 0 && price * whole <= SMALL_PRICE_UNITS)) return undefined;
  let basis = price;
  let priceBasis: 'purchase' | 'current' = 'purchase';
  if (reservation.currentPrice !== undefined) {
    const current = reservation.currentPriceSmall;
    if (!(current >= 0)) return undefined;
    // basisOf (R-basis): the lower of the two, only under policies that say so.
    if (policy.parameters.priceBasis === 'lower-of-purchase-and-current' && current < price) {
      basis = current;
      priceBasis = 'current';
    }
  }
  const term = reservation.span;
  const elapsedDays = date - term.start;
  const fullCredit = elapsedDays <= policy.parameters.fullCreditDays && !reservation.used;

  // returnValue, term by term (each numerator ≤ price × units × 1,827 < 2^51, each denominator < 2^31).
  let paid: number;
  let paidWhole: number;
  let refund: number;
  let remaining = 0;
  let installment = 0;
  let value: ReturnFacts;
  if (reservation.billingPlan === 'Upfront') {
    paid = roundSmall(price * q, owned);
    paidWhole = roundSmall(price * whole, owned);
    refund = fullCredit
      ? paid
      : roundSmall(basis * q, owned) - roundSmall(basis * q * elapsedDays, owned * term.termDays);
    value = {
      quantity: q,
      term,
      elapsedDays,
      remainingDays: term.termDays - elapsedDays,
      priceBasis,
      fullCredit,
      completedTransactions: 1,
      totalTransactions: 1,
    };
  } else {
    const position = monthlyPosition(reservation, date);
    const total = position.totalTransactions;
    const completed = position.completedTransactions;
    const den = owned * total;
    installment = roundSmall(price * q, den);
    paid = installment * completed;
    paidWhole = roundSmall(price * whole, den) * completed;
    const periodDays = position.periodEnd - position.periodStart;
    const daysUsed = date - position.periodStart;
    refund = fullCredit ? paid : roundSmall(basis * q, den) - roundSmall(basis * q * daysUsed, den * periodDays);
    remaining = roundSmall(price * q * (total - completed), den);
    value = {
      quantity: q,
      term,
      elapsedDays,
      remainingDays: term.termDays - elapsedDays,
      priceBasis,
      fullCredit,
      completedTransactions: completed,
      totalTransactions: total,
      monthly: {
        totalTransactions: total,
        completedTransactions: completed,
        periodStart: position.periodStart,
        periodEnd: position.periodEnd,
        daysUsed,
      },
    };
  }

  // feeOf (R-fee): refund × at most 1024 / den, under 2^51.
  const chargeWhatIf = request.chargeFee && constants.feeNum === 0;
  const rateNum = chargeWhatIf ? constants.whatIfNum : constants.feeNum;
  const rateDen = chargeWhatIf ? constants.whatIfDen : constants.feeDen;
  const fee = rateNum === 0 || elapsedDays <= policy.parameters.feeFreeDays ? 0 : roundSmall(refund * rateNum, rateDen);
  const paidBack = refund - fee;

  // toUsd (R-cap.3): refund now plus canceled payments (R-cap.2), and the refund paid back.
  const billingCents = refund + remaining;
  let capUse = billingCents;
  let pricingRefund = paidBack;
  const digits = reservation.price.digits;
  const usd = reservation.price.currency === 'USD';
  if (!usd) {
    const rate = reservation.usdRateSmall;
    if (!rate) return undefined;
    const den = rate.den * (SCALE[digits] ?? 10 ** digits);
    const num = billingCents * rate.num * 100;
    // A product that would reach the bound comes out at it or above (rounding keeps the order): a smaller one is exact.
    if (!(num < SMALL_USD_NUM && den < SMALL_USD_DEN)) return undefined;
    capUse = roundSmall(num, den);
    pricingRefund = roundSmall(paidBack * rate.num * 100, den);
  }
  const remainingAfter = constants.limitCents - consumed - capUse;
  if (remainingAfter < 0) return undefined;

  // The texts: each amount is printed once, the same amount under several names shares one text (refund, paid back
  // and capUse are often one amount; so are the price and what the whole reservation paid).
  const billing = textsOf(reservation.price.currency, digits);
  const dollars = usd ? billing : usdTexts;
  const priceText = reservation.priceText ?? billing.text(price);
  const refundText = billing.text(refund);
  const refundParam = billing.param(refundText);
  const paidBackText = fee === 0 ? refundText : billing.text(paidBack);
  const paidBackParam = fee === 0 ? refundParam : billing.param(paidBackText);
  const paidWholeText = paidWhole === price ? priceText : paidWhole === refund ? refundText : billing.text(paidWhole);
  const proratedWholeText = billing.text(paidWhole - refund);
  const remainingText = billing.text(remaining);
  const capUseText = usd && capUse === refund ? refundText : dollars.text(capUse);
  const capUseParam = usd && capUse === refund ? refundParam : dollars.param(capUseText);
  const pricingRefundText = usd ? paidBackText : pricingRefund === capUse ? capUseText : dollars.text(pricingRefund);
  const consumedText = dollars.text(consumed);
  const remainingAfterText = dollars.text(remainingAfter);
  const monthly = value.monthly !== undefined;
  const paidText = paid === paidWhole ? paidWholeText : billing.text(paid);
  return {
    value,
    params: {
      price: billing.param(priceText),
      current: reservation.currentPrice ? billing.param(billing.text(reservation.currentPriceSmall)) : '',
      installment: monthly ? billing.param(installment === paid ? paidText : billing.text(installment)) : '',
      paid: monthly ? billing.param(paidText) : '',
      remaining: monthly ? billing.param(remainingText) : '',
      refund: refundParam,
      prorated:
        !monthly && !fullCredit
          ? billing.param(paid === paidWhole ? proratedWholeText : billing.text(paid - refund))
          : '',
    },
    fee: fee === 0 ? billing.zeroParam : billing.param(billing.text(fee)),
    paidBack: paidBackParam,
    capUse: capUseParam,
    consumed: dollars.param(consumedText),
    remainingAfter: dollars.param(remainingAfterText),
    paidBackMoney: billing.money(paidBackText),
    feeMoney: billing.money(fee === 0 ? billing.zero : billing.text(fee)),
    billing: {
      billingPlan: reservation.billingPlan,
      completedTransactions: value.completedTransactions,
      totalTransactions: value.totalTransactions,
      billingCurrencyTotalPaidAmount: billing.money(paidWholeText),
      billingCurrencyProratedAmount: billing.money(proratedWholeText),
      billingCurrencyRemainingCommitmentAmount: billing.money(remainingText),
    },
    pricingRefundMoney: dollars.money(pricingRefundText),
    capUseMoney: dollars.money(capUseText),
    consumedMoney: dollars.money(consumedText),
    remainingAfterMoney: dollars.money(remainingAfterText),
  };
}
