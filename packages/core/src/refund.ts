// estimateRefund: R-refund, R-monthly, R-fee, R-cap and R-gate.1 for one reservation on one date.
import { consumedOn } from './cap.js';
import { CapUse, earliestFit, largestFittingQuantity } from './cap-use.js';
import { type Day, formatDate } from './dates.js';
import {
  type Amount,
  AmountTexts,
  add,
  amountOf,
  amountString,
  type Fraction,
  messageMoney,
  scale,
  subtract,
  toUsd,
  withMinor,
} from './money.js';
import { type Policy, policyRef, policyStep } from './policies.js';
import { billingInformation, pushReturnSteps, returnValue } from './return-value.js';
import type { Problem, RefundEstimate, Result, Step } from './types.js';
import {
  checkInTerm,
  type ParsedLedgerEntry,
  type ParsedReservation,
  Problems,
  readDate,
  readLedger,
  readObject,
  readPolicy,
  readReservation,
  readReturnQuantity,
} from './validate.js';

interface ParsedRefundRequest {
  date: Day;
  reservation: ParsedReservation;
  quantity: number;
  ledger: ParsedLedgerEntry[];
  policy: Policy;
  policyChosen: boolean;
  chargeFee: boolean;
  usdRate: Fraction;
}

const USD_PER_USD: Fraction = { num: 1n, den: 1n };

function parseRefundRequest(request: unknown): Result<ParsedRefundRequest> {
  const problems = new Problems();
  const raw = readObject(request, '', problems);
  if (!raw) return { ok: false, errors: problems.list };
  const date = readDate(raw.date, 'date', problems);
  const reservation = readReservation(raw.reservation, 'reservation', problems);
  const quantity = readReturnQuantity(raw.quantity, 'quantity', reservation?.quantity, problems);
  const ledger = readLedger(raw.ledger, 'ledger', problems);
  const policy = readPolicy(raw.policy, date, 'policy', problems);
  if (raw.fee !== undefined && raw.fee !== 'policy' && raw.fee !== 'charge') {
    problems.add('INVALID_INPUT', 'fee', 'fee must be "policy" or "charge"');
  }
  if (reservation && reservation.price.currency !== 'USD' && !reservation.usdRate) {
    problems.add(
      'FX_RATE_REQUIRED',
      'reservation.usdPerUnit',
      `reservation.usdPerUnit is needed: the limit is counted in USD and the price is in ${reservation.price.currency} (R-cap.3)`,
    );
  }
  if (reservation && date !== undefined) {
    checkInTerm(date, reservation.start, reservation.span.end, 'the reservation', problems);
  }
  if (!problems.empty || !reservation || date === undefined || !quantity || !policy) {
    return { ok: false, errors: problems.list };
  }
  const usdRate = reservation.price.currency === 'USD' ? USD_PER_USD : reservation.usdRate!;
  return {
    ok: true,
    value: {
      date,
      reservation,
      quantity,
      ledger,
      policy,
      policyChosen: raw.policy !== undefined && raw.policy !== 'auto',
      chargeFee: raw.fee === 'charge',
      usdRate,
    },
  };
}

/** R-fee: the fee on the prorated refund, when one applies. */
function feeOf(request: ParsedRefundRequest, refund: Amount, elapsedDays: number): Amount {
  const { feeRate, whatIfFeeRate, feeFreeDays } = request.policy.parameters;
  const rate = request.chargeFee && feeRate.num === 0n ? whatIfFeeRate : feeRate;
  if (rate.num === 0n || elapsedDays <= feeFreeDays) return withMinor(refund, 0n);
  return scale(refund, rate.num, rate.den);
}

/** R-cap.6: the largest quantity that fits today, and the earliest day the whole request fits (cap-use.ts). */
function refusedSearches(request: ParsedRefundRequest, consumed: bigint): { maxQuantity: number; fitDay: Day | null } {
  const { capUsdCents, windowDays } = request.policy.parameters;
  const capUse = new CapUse(request.reservation, request.policy, request.usdRate);
  return {
    maxQuantity: largestFittingQuantity(capUse, request.quantity, request.date, consumed, capUsdCents),
    fitDay: earliestFit(
      capUse,
      request.quantity,
      request.ledger,
      windowDays,
      capUsdCents,
      request.date,
      request.reservation.span.end,
    ),
  };
}

function estimate(request: ParsedRefundRequest): RefundEstimate {
  const { reservation, policy, date } = request;
  const value = returnValue(reservation, request.quantity, date, policy);
  const fee = feeOf(request, value.refund, value.elapsedDays);
  const paidBack = fee.minor === 0n ? value.refund : subtract(value.refund, fee);
  const capUse = toUsd(
    value.remainingCommitment.minor === 0n ? value.refund : add(value.refund, value.remainingCommitment),
    request.usdRate,
  );
  const consumed = consumedOn(request.ledger, date, policy.parameters.windowDays);
  const limit = policy.parameters.capUsdCents;
  const remainingAfter = limit - consumed - capUse.minor;
  // One text per amount for the whole result: the same few amounts appear in several steps and figures.
  const texts = new AmountTexts();
  if (reservation.priceText !== undefined) texts.seed(reservation.price, reservation.priceText);
  const errors: Problem[] = [];
  const steps: Step[] = [policyStep(request)];
  pushReturnSteps(steps, reservation, value, policy, date, texts);
  steps.push(feeStep(request, value.elapsedDays, value.refund, fee, paidBack, texts));

  const refundable = reservation.product.refundable;
  if (!refundable) {
    errors.push({
      code: 'NOT_REFUNDABLE',
      field: 'reservation.product',
      message: `${reservation.product.title.en} cannot be refunded (R-gate.1)`,
    });
    steps.push({ rule: 'R-gate.1', key: 'gate.notRefundable', params: { product: reservation.product.key } });
  }
  const fits = remainingAfter >= 0n;
  if (!fits) {
    errors.push({
      code: 'REFUND_LIMIT_EXCEEDED',
      message: `This refund would count ${messageMoney(capUse)} against the limit, ${messageMoney(amountOf(-remainingAfter, 'USD'))} more than the ${messageMoney(amountOf(limit - consumed, 'USD'))} left (R-cap.5)`,
    });
  }
  let maxQuantity = 0;
  let fitDay: Day | null = null;
  if (refundable && fits) {
    maxQuantity = request.quantity;
    fitDay = date;
  } else if (refundable) {
    ({ maxQuantity, fitDay } = refusedSearches(request, consumed));
  }
  const pricingRefund = toUsd(paidBack, request.usdRate);
  // R-cap.2: the portal may count only the refund paid now; say so when that alone would fit.
  const refusedByFuturePayments = !fits && consumed + pricingRefund.minor <= limit;
  const consumedUsd = withMinor(capUse, consumed);
  const remainingUsd = withMinor(capUse, remainingAfter);
  pushCapSteps(steps, request, capUse, consumedUsd, remainingUsd, maxQuantity, fitDay, texts);
  if (refusedByFuturePayments) {
    steps.push({
      rule: 'R-cap.2',
      key: 'cap.refusedByFuturePayments',
      params: {
        refundNow: texts.param(pricingRefund),
        futurePayments: texts.param(toUsd(value.remainingCommitment, request.usdRate)),
        left: texts.param(amountOf(limit - consumed, 'USD')),
      },
    });
  }

  return {
    policy: policyRef(policy),
    allowed: errors.length === 0,
    quantity: request.quantity,
    termDays: value.term.termDays,
    elapsedDays: value.elapsedDays,
    remainingDays: value.remainingDays,
    priceBasis: value.priceBasis,
    fullCredit: value.fullCredit,
    billingRefundAmount: texts.money(paidBack),
    earlyTerminationFee: texts.money(fee),
    billingInformation: billingInformation(reservation, value, texts),
    pricingRefundAmount: texts.money(pricingRefund),
    policyResult: {
      capUse: texts.money(capUse),
      consumedRefundsTotal: texts.money(consumedUsd),
      maxRefundLimit: { amount: limitText(limit), currency: 'USD' },
      remainingAfter: texts.money(remainingUsd),
      maxQuantityNow: maxQuantity,
      fitsOn: fitDay === null ? null : formatDate(fitDay),
      errors,
      refusedByFuturePayments,
    },
    steps,
  };
}

// The limit is the same in every result: its text is built once per value (R-cap.1).
let limitCents: bigint | undefined;
let limitString = '';

function limitText(limit: bigint): string {
  if (limit !== limitCents) {
    limitCents = limit;
    limitString = amountString(amountOf(limit, 'USD'));
  }
  return limitString;
}

function feeStep(
  request: ParsedRefundRequest,
  elapsedDays: number,
  refund: Amount,
  fee: Amount,
  paidBack: Amount,
  texts: AmountTexts,
): Step {
  const { feeRate, feeFreeDays } = request.policy.parameters;
  const charged = feeRate.num > 0n || request.chargeFee;
  const params = {
    fee: texts.param(fee),
    refund: texts.param(refund),
    paidBack: texts.param(paidBack),
    days: feeFreeDays,
  };
  if (!charged) return { rule: 'R-fee.2', key: 'fee.none', params };
  if (elapsedDays <= feeFreeDays) return { rule: 'R-fee.1', key: 'fee.withinFreeDays', params };
  return {
    rule: feeRate.num > 0n ? 'R-fee.1' : 'R-fee.2',
    key: feeRate.num > 0n ? 'fee.charged' : 'fee.whatIf',
    params,
  };
}

function pushCapSteps(
  steps: Step[],
  request: ParsedRefundRequest,
  capUse: Amount,
  consumed: Amount,
  remainingAfter: Amount,
  maxQuantity: number,
  fitDay: Day | null,
  texts: AmountTexts,
): void {
  if (request.reservation.price.currency !== 'USD') {
    const rate = request.usdRate;
    steps.push({
      rule: 'R-cap.3',
      key: 'cap.fx',
      params: { currency: request.reservation.price.currency, rate: fractionText(rate), capUse: texts.param(capUse) },
    });
  }
  steps.push({ rule: 'R-cap.2', key: 'cap.use', params: { capUse: texts.param(capUse) } });
  steps.push({
    rule: 'R-cap.4',
    key: 'cap.consumed',
    params: {
      consumed: texts.param(consumed),
      date: formatDate(request.date),
      windowDays: request.policy.parameters.windowDays,
    },
  });
  if (remainingAfter.minor >= 0n) {
    steps.push({ rule: 'R-cap.5', key: 'cap.allowed', params: { remainingAfter: texts.param(remainingAfter) } });
    return;
  }
  steps.push({
    rule: 'R-cap.5',
    key: 'cap.exceeded',
    params: { over: texts.param(amountOf(-remainingAfter.minor, 'USD')) },
  });
  steps.push({ rule: 'R-cap.6', key: 'cap.maxQuantity', params: { maxQuantityNow: maxQuantity } });
  steps.push(
    fitDay === null
      ? { rule: 'R-cap.6', key: 'cap.neverFits', params: {} }
      : { rule: 'R-cap.6', key: 'cap.fitsOn', params: { fitsOn: formatDate(fitDay) } },
  );
}

/** A decimal rate back as text: the fraction's denominator is a power of ten (parseRate). */
function fractionText(rate: Fraction): string {
  return amountString({ minor: rate.num, currency: '', digits: rate.den.toString().length - 1 });
}

/** Estimates a refund (contract: estimateRefund). Never throws: bad input is `ok: false` with every problem. */
export function estimateRefund(request: unknown): Result<RefundEstimate> {
  const parsed = parseRefundRequest(request);
  return parsed.ok ? { ok: true, value: estimate(parsed.value) } : parsed;
}
