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
  exactSmall,
  type Fraction,
  messageMoney,
  scale,
  subtract,
  toMoney,
  toUsd,
  withMinor,
} from './money.js';
import { type Policy, policyRef, policyStep } from './policies.js';
import { billingInformation, pushReturnSteps, returnParams, returnValue } from './return-value.js';
import { type EstimateFigures, type SmallPolicy, smallFigures, smallPolicy } from './small-refund.js';
import type { Money, Problem, RefundEstimate, Result, Step } from './types.js';
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

/** What a policy puts in every result, built once per policy and shared (frozen) by every result. */
interface PolicyConstants extends SmallPolicy {
  readonly ref: RefundEstimate['policy'];
  readonly limit: Money;
}

const constantsByPolicy = new Map<Policy, PolicyConstants>();

function constantsOf(policy: Policy): PolicyConstants {
  let constants = constantsByPolicy.get(policy);
  if (!constants) {
    constants = {
      ...smallPolicy(policy),
      ref: Object.freeze(policyRef(policy)),
      // R-cap.1: the limit is the same in every result under the policy.
      limit: Object.freeze(toMoney(amountOf(policy.parameters.capUsdCents, 'USD'))),
    };
    // Policies are a short list (policies.ts); a bound keeps odd callers from growing it.
    if (constantsByPolicy.size < 64) constantsByPolicy.set(policy, constants);
  }
  return constants;
}

/** What only a refusal by the limit adds to a result (R-cap.5, R-cap.6, R-cap.2). */
interface Refusal {
  message: string;
  /** Step parameters: how much over the limit; refundNow, futurePayments and left only when refusedByFuturePayments. */
  over: string;
  maxQuantity: number;
  fitDay: Day | null;
  refusedByFuturePayments: boolean;
  refundNow: string;
  futurePayments: string;
  left: string;
}

function estimate(request: ParsedRefundRequest): RefundEstimate {
  const constants = constantsOf(request.policy);
  const { ledger, date, policy } = request;
  const consumed = ledger.length === 0 ? 0n : consumedOn(ledger, date, policy.parameters.windowDays);
  // Small integers when every figure provably is one (small-refund.ts): a consumed total over the limit never fits.
  const small =
    constants.small && consumed <= policy.parameters.capUsdCents
      ? smallFigures(request, constants, consumed === 0n ? 0 : exactSmall(consumed))
      : undefined;
  return small ? assemble(request, constants, small, undefined) : bigEstimate(request, constants, consumed);
}

/** The figures in bigint: for any size, and for every refusal by the limit, with its searches. */
function bigEstimate(request: ParsedRefundRequest, constants: PolicyConstants, consumed: bigint): RefundEstimate {
  const { reservation, policy, date } = request;
  const value = returnValue(reservation, request.quantity, date, policy);
  const fee = feeOf(request, value.refund, value.elapsedDays);
  const paidBack = fee.minor === 0n ? value.refund : subtract(value.refund, fee);
  const capUse = toUsd(
    value.remainingCommitment.minor === 0n ? value.refund : add(value.refund, value.remainingCommitment),
    request.usdRate,
  );
  const limit = policy.parameters.capUsdCents;
  const remainingAfter = limit - consumed - capUse.minor;
  // One text per amount for the whole result: the same few amounts appear in several steps and figures.
  const texts = new AmountTexts();
  if (reservation.priceText !== undefined) texts.seed(reservation.price, reservation.priceText);
  const pricingRefund = toUsd(paidBack, request.usdRate);
  const consumedUsd = withMinor(capUse, consumed);
  const remainingUsd = withMinor(capUse, remainingAfter);
  const figures: EstimateFigures = {
    value,
    params: returnParams(reservation, value, texts),
    fee: texts.param(fee),
    paidBack: texts.param(paidBack),
    capUse: texts.param(capUse),
    consumed: texts.param(consumedUsd),
    remainingAfter: texts.param(remainingUsd),
    paidBackMoney: texts.money(paidBack),
    feeMoney: texts.money(fee),
    billing: billingInformation(reservation, value, texts),
    pricingRefundMoney: texts.money(pricingRefund),
    capUseMoney: texts.money(capUse),
    consumedMoney: texts.money(consumedUsd),
    remainingAfterMoney: texts.money(remainingUsd),
  };
  if (remainingAfter >= 0n) return assemble(request, constants, figures, undefined);
  const { maxQuantity, fitDay } = reservation.product.refundable
    ? refusedSearches(request, consumed)
    : { maxQuantity: 0, fitDay: null };
  // R-cap.2: the portal may count only the refund paid now; say so when that alone would fit.
  const refusedByFuturePayments = consumed + pricingRefund.minor <= limit;
  const left = amountOf(limit - consumed, 'USD');
  return assemble(request, constants, figures, {
    message: `This refund would count ${messageMoney(capUse)} against the limit, ${messageMoney(amountOf(-remainingAfter, 'USD'))} more than the ${messageMoney(left)} left (R-cap.5)`,
    over: texts.param(amountOf(-remainingAfter, 'USD')),
    maxQuantity,
    fitDay,
    refusedByFuturePayments,
    refundNow: refusedByFuturePayments ? texts.param(pricingRefund) : '',
    futurePayments: refusedByFuturePayments ? texts.param(toUsd(value.remainingCommitment, request.usdRate)) : '',
    left: refusedByFuturePayments ? texts.param(left) : '',
  });
}

/** The result and its steps from the figures, whichever arithmetic worked them out. */
function assemble(
  request: ParsedRefundRequest,
  constants: PolicyConstants,
  figures: EstimateFigures,
  refusal: Refusal | undefined,
): RefundEstimate {
  const { reservation, date } = request;
  const value = figures.value;
  const errors: Problem[] = [];
  const steps: Step[] = [policyStep(request)];
  pushReturnSteps(steps, reservation, value, request.policy, date, figures.params);
  steps.push(feeStep(request, value.elapsedDays, figures));

  const refundable = reservation.product.refundable;
  if (!refundable) {
    errors.push({
      code: 'NOT_REFUNDABLE',
      field: 'reservation.product',
      message: `${reservation.product.title.en} cannot be refunded (R-gate.1)`,
    });
    steps.push({ rule: 'R-gate.1', key: 'gate.notRefundable', params: { product: reservation.product.key } });
  }
  if (refusal) errors.push({ code: 'REFUND_LIMIT_EXCEEDED', message: refusal.message });
  let maxQuantity = 0;
  let fitDay: Day | null = null;
  if (refundable) {
    maxQuantity = refusal ? refusal.maxQuantity : request.quantity;
    fitDay = refusal ? refusal.fitDay : date;
  }
  pushCapSteps(steps, request, figures, refusal, maxQuantity, fitDay);
  const refusedByFuturePayments = refusal ? refusal.refusedByFuturePayments : false;
  if (refusal && refusedByFuturePayments) {
    steps.push({
      rule: 'R-cap.2',
      key: 'cap.refusedByFuturePayments',
      params: { refundNow: refusal.refundNow, futurePayments: refusal.futurePayments, left: refusal.left },
    });
  }

  return {
    policy: constants.ref,
    allowed: errors.length === 0,
    quantity: request.quantity,
    termDays: value.term.termDays,
    elapsedDays: value.elapsedDays,
    remainingDays: value.remainingDays,
    priceBasis: value.priceBasis,
    fullCredit: value.fullCredit,
    billingRefundAmount: figures.paidBackMoney,
    earlyTerminationFee: figures.feeMoney,
    billingInformation: figures.billing,
    pricingRefundAmount: figures.pricingRefundMoney,
    policyResult: {
      capUse: figures.capUseMoney,
      consumedRefundsTotal: figures.consumedMoney,
      maxRefundLimit: constants.limit,
      remainingAfter: figures.remainingAfterMoney,
      maxQuantityNow: maxQuantity,
      fitsOn: fitDay === null ? null : formatDate(fitDay),
      errors,
      refusedByFuturePayments,
    },
    steps,
  };
}

function feeStep(request: ParsedRefundRequest, elapsedDays: number, figures: EstimateFigures): Step {
  const { feeRate, feeFreeDays } = request.policy.parameters;
  const charged = feeRate.num > 0n || request.chargeFee;
  const params = {
    fee: figures.fee,
    refund: figures.params.refund,
    paidBack: figures.paidBack,
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
  figures: EstimateFigures,
  refusal: Refusal | undefined,
  maxQuantity: number,
  fitDay: Day | null,
): void {
  if (request.reservation.price.currency !== 'USD') {
    steps.push({
      rule: 'R-cap.3',
      key: 'cap.fx',
      params: {
        currency: request.reservation.price.currency,
        rate: fractionText(request.usdRate),
        capUse: figures.capUse,
      },
    });
  }
  steps.push({ rule: 'R-cap.2', key: 'cap.use', params: { capUse: figures.capUse } });
  steps.push(consumedStep(figures.consumed, request.date, request.policy.parameters.windowDays));
  if (!refusal) {
    steps.push({ rule: 'R-cap.5', key: 'cap.allowed', params: { remainingAfter: figures.remainingAfter } });
    return;
  }
  steps.push({ rule: 'R-cap.5', key: 'cap.exceeded', params: { over: refusal.over } });
  steps.push({ rule: 'R-cap.6', key: 'cap.maxQuantity', params: { maxQuantityNow: maxQuantity } });
  steps.push(
    fitDay === null
      ? { rule: 'R-cap.6', key: 'cap.neverFits', params: {} }
      : { rule: 'R-cap.6', key: 'cap.fitsOn', params: { fitsOn: formatDate(fitDay) } },
  );
}

/** The consumed step made last: a batch or a plan counts one ledger on one date over and over. */
let lastConsumedStep: { consumed: string; date: Day; windowDays: number; step: Step } | undefined;

/** R-cap.4: what the window counts on the date; frozen, and shared by the results that state the same. */
function consumedStep(consumed: string, date: Day, windowDays: number): Step {
  const last = lastConsumedStep;
  if (last !== undefined && last.date === date && last.consumed === consumed && last.windowDays === windowDays) {
    return last.step;
  }
  const params = Object.freeze({ consumed, date: formatDate(date), windowDays });
  const step: Step = Object.freeze({ rule: 'R-cap.4', key: 'cap.consumed', params });
  lastConsumedStep = { consumed, date, windowDays, step };
  return step;
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
