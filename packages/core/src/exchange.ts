// estimateExchange: R-exchange and R-gate for returns and purchases in one billing currency.
import { type Day, formatDate, parseDate } from './dates.js';
import { type Amount, add, amountOf, ceilDivide, messageMoney, subtract, sum, toMoney, withMinor } from './money.js';
import { type Policy, policyRef, policyStep } from './policies.js';
import { type Product, productFamilies } from './products.js';
import { billingInformation, moneyParam, returnSteps, returnValue, termOf } from './return-value.js';
import type { BillingPlan, ExchangeEstimate, Problem, Result, Step, Term } from './types.js';
import {
  checkInTerm,
  join,
  type ParsedReservation,
  Problems,
  readDate,
  readMoney,
  readObject,
  readPlan,
  readPolicy,
  readProduct,
  readReservation,
  readReturnQuantity,
  readTerm,
} from './validate.js';

interface ParsedReturn {
  reservation: ParsedReservation;
  quantity: number;
}

interface ParsedPurchase {
  product: Product;
  term: Term;
  billingPlan: BillingPlan;
  price: Amount;
}

interface ParsedExchangeRequest {
  date: Day;
  returns: ParsedReturn[];
  purchases: ParsedPurchase[];
  policy: Policy;
  policyChosen: boolean;
  currency: string;
}

function readList(value: unknown, path: string, what: string, least: number, problems: Problems): unknown[] {
  if (Array.isArray(value) && value.length >= least) return value;
  problems.add('INVALID_INPUT', path, `${path} must be a list of ${least > 0 ? `at least one ${what}` : what}`);
  return [];
}

function readPurchase(value: unknown, path: string, problems: Problems): ParsedPurchase | undefined {
  const raw = readObject(value, path, problems);
  if (!raw) return undefined;
  const product = readProduct(raw.product, join(path, 'product'), problems);
  const term = readTerm(raw.term, join(path, 'term'), problems);
  const billingPlan = readPlan(raw.billingPlan, join(path, 'billingPlan'), problems);
  const price = readMoney(raw.price, join(path, 'price'), problems, { positive: true });
  return product && term && billingPlan && price ? { product, term, billingPlan, price } : undefined;
}

/** R-exchange.1: one billing currency for every return and purchase. */
function checkCurrency(amount: Amount, currency: string, path: string, problems: Problems): void {
  if (amount.currency !== currency) {
    problems.add(
      'CURRENCY_MISMATCH',
      path,
      `${path} is ${amount.currency}; an exchange is in one currency (${currency})`,
    );
  }
}

function parseExchangeRequest(request: unknown): Result<ParsedExchangeRequest> {
  const problems = new Problems();
  const raw = readObject(request, '', problems);
  if (!raw) return { ok: false, errors: problems.list };
  const date = readDate(raw.date, 'date', problems);
  const returns: ParsedReturn[] = [];
  readList(raw.returns, 'returns', 'reservation to return', 1, problems).forEach((item, index) => {
    const path = join('returns', index);
    const entry = readObject(item, path, problems);
    if (!entry) return;
    const reservation = readReservation(entry.reservation, join(path, 'reservation'), problems);
    const quantity = readReturnQuantity(entry.quantity, join(path, 'quantity'), reservation?.quantity, problems);
    if (reservation && date !== undefined) {
      checkInTerm(date, reservation.start, termOf(reservation).end, join(path, 'reservation'), problems);
    }
    if (reservation && quantity) returns.push({ reservation, quantity });
  });
  const purchases: ParsedPurchase[] = [];
  // No purchases is a question too: what must a new purchase be worth at least? (refundsTotal, R-exchange.4)
  readList(raw.purchases, 'purchases', 'new purchases', 0, problems).forEach((item, index) => {
    const purchase = readPurchase(item, join('purchases', index), problems);
    if (purchase) purchases.push(purchase);
  });
  const policy = readPolicy(raw.policy, date, 'policy', problems);
  const currency = returns[0]?.reservation.price.currency ?? purchases[0]?.price.currency ?? 'USD';
  returns.forEach((item, index) => {
    checkCurrency(item.reservation.price, currency, `returns[${index}].reservation.price.currency`, problems);
  });
  purchases.forEach((item, index) => {
    checkCurrency(item.price, currency, `purchases[${index}].price.currency`, problems);
  });
  if (!problems.empty || date === undefined || !policy) return { ok: false, errors: problems.list };
  const policyChosen = raw.policy !== undefined && raw.policy !== 'auto';
  return { ok: true, value: { date, returns, purchases, policy, policyChosen, currency } };
}

/**
 * R-gate.3–4: the day from which new reservations of `product` can no longer be exchanged; null when never. A product
 * that gains savings-plan coverage after the policy's gate falls under it from the day it is covered.
 */
export function gateDayFor(product: Pick<Product, 'coveredBySavingsPlan'>, policyGate: Day | null): Day | null {
  const coverage = product.coveredBySavingsPlan;
  if (policyGate === null || !coverage) return null;
  return Math.max(policyGate, parseDate(coverage.from) as Day);
}

/** R-gate.1, R-exchange.5, R-gate.3: why this combination of returns and purchases cannot be exchanged. */
function eligibility(request: ParsedExchangeRequest): { errors: Problem[]; steps: Step[] } {
  const errors: Problem[] = [];
  const steps: Step[] = [];
  const gateFrom = request.policy.parameters.exchangeGateFrom;
  const gateDay = gateFrom === null ? null : (parseDate(gateFrom) as Day);
  request.purchases.forEach((purchase, index) => {
    if (!purchase.product.exchangeable && !purchase.product.purchaseOnly) {
      errors.push({
        code: 'NOT_EXCHANGEABLE',
        field: `purchases[${index}].product`,
        message: `${purchase.product.title.en} cannot be bought in an exchange (R-gate.1)`,
      });
    }
  });
  request.returns.forEach(({ reservation }, index) => {
    const path = `returns[${index}].reservation`;
    const { product } = reservation;
    if (!product.exchangeable) {
      errors.push({
        code: 'NOT_EXCHANGEABLE',
        field: `${path}.product`,
        message: `${product.title.en} cannot be exchanged (R-gate.1)`,
      });
      return;
    }
    request.purchases.forEach((purchase, purchaseIndex) => {
      const sameFamily = purchase.product.family === product.family;
      if (!sameFamily && !product.tradeInTo.includes(purchase.product.key)) {
        errors.push({
          code: 'EXCHANGE_DIFFERENT_FAMILY',
          field: `purchases[${purchaseIndex}].product`,
          message: `${product.title.en} (${productFamilies[product.family].en}) can only be exchanged for the same family, not ${purchase.product.title.en} (${productFamilies[purchase.product.family].en}) (R-exchange.5)`,
        });
      }
    });
    const allTradeIns = request.purchases.every((purchase) => product.tradeInTo.includes(purchase.product.key));
    if (product.tradeInTo.length > 0 && allTradeIns) {
      steps.push({ rule: 'R-exchange.5', key: 'exchange.tradeIn', params: { product: product.key } });
    }
    const productGate = gateDayFor(product, gateDay);
    if (productGate === null || request.date < productGate) {
      if (product.family === 'compute') steps.push({ rule: 'R-gate.2', key: 'gate.computeOpen', params: {} });
      return;
    }
    const gate = formatDate(productGate);
    if (reservation.start < productGate) {
      steps.push({
        rule: 'R-gate.3',
        key: 'gate.finalExchange',
        params: { start: formatDate(reservation.start), gate },
      });
    } else if (!allTradeIns) {
      errors.push({
        code: 'EXCHANGE_NOT_ALLOWED',
        field: `${path}.start`,
        message: `${product.title.en} reservations that start on or after ${gate} cannot be exchanged; trade-in to a savings plan remains (R-gate.3)`,
      });
      steps.push({ rule: 'R-gate.3', key: 'gate.closed', params: { start: formatDate(reservation.start), gate } });
    }
  });
  return { errors, steps };
}

/** R-exchange.7: hours in a savings plan's term, as the trade-in page divides. */
const SAVINGS_PLAN_HOURS = { P1Y: 8_760, P3Y: 26_280 } as const;

/** R-exchange.7: the smallest hourly commitment whose lifetime covers the returned value, rounded up; compute only. */
function tradeInSizing(request: ParsedExchangeRequest, refundsTotal: Amount): { P1Y: Amount; P3Y: Amount } | null {
  if (!request.returns.every(({ reservation }) => reservation.product.family === 'compute')) return null;
  const hourly = (hours: number) => withMinor(refundsTotal, ceilDivide(refundsTotal.minor, BigInt(hours)));
  return { P1Y: hourly(SAVINGS_PLAN_HOURS.P1Y), P3Y: hourly(SAVINGS_PLAN_HOURS.P3Y) };
}

function estimate(request: ParsedExchangeRequest): ExchangeEstimate {
  const { policy, date, currency } = request;
  const steps: Step[] = [policyStep(request)];
  const reservationsToExchange: ExchangeEstimate['reservationsToExchange'] = [];
  const returned: Amount[] = [];
  request.returns.forEach(({ reservation, quantity }, index) => {
    const value = returnValue(reservation, quantity, date, policy);
    const total = add(value.refund, value.remainingCommitment);
    returned.push(total);
    reservationsToExchange.push({
      ...(reservation.reservationId && { reservationId: reservation.reservationId }),
      quantity,
      billingRefundAmount: toMoney(value.refund),
      billingInformation: billingInformation(reservation, value),
    });
    steps.push({
      rule: 'R-exchange.2',
      key: 'exchange.return',
      params: { index: index + 1, quantity, product: reservation.product.key },
    });
    steps.push(...returnSteps(reservation, value, policy, date));
    steps.push({
      rule: 'R-exchange.2',
      key: 'exchange.returnValue',
      params: {
        index: index + 1,
        refund: moneyParam(value.refund),
        remaining: moneyParam(value.remainingCommitment),
        total: moneyParam(total),
      },
    });
  });
  const refundsTotal = sum(currency, returned);
  const purchasesTotal = sum(
    currency,
    request.purchases.map((purchase) => purchase.price),
  );
  const netPayable = subtract(purchasesTotal, refundsTotal);
  const { errors, steps: gateSteps } = eligibility(request);
  steps.push(...gateSteps);
  steps.push({
    rule: 'R-exchange.3',
    key: 'exchange.net',
    params: {
      refundsTotal: moneyParam(refundsTotal),
      purchasesTotal: moneyParam(purchasesTotal),
      netPayable: moneyParam(netPayable),
    },
  });
  if (netPayable.minor < 0n) {
    const shortfall = amountOf(-netPayable.minor, currency);
    errors.push({
      code: 'EXCHANGE_INSUFFICIENT_COMMITMENT',
      field: 'purchases',
      message: `The new purchases must be worth at least ${messageMoney(refundsTotal)}: ${messageMoney(shortfall)} short (R-exchange.4)`,
    });
    steps.push({
      rule: 'R-exchange.4',
      key: 'exchange.short',
      params: { shortfall: moneyParam(shortfall), minimum: moneyParam(refundsTotal) },
    });
  } else {
    steps.push({ rule: 'R-exchange.4', key: 'exchange.enough', params: { minimum: moneyParam(refundsTotal) } });
  }
  const minimumSavingsPlanHourly = tradeInSizing(request, refundsTotal);
  if (minimumSavingsPlanHourly) {
    steps.push({
      rule: 'R-exchange.7',
      key: 'exchange.tradeInSizing',
      params: {
        refundsTotal: moneyParam(refundsTotal),
        P1Y: moneyParam(minimumSavingsPlanHourly.P1Y),
        P3Y: moneyParam(minimumSavingsPlanHourly.P3Y),
        hoursP1Y: SAVINGS_PLAN_HOURS.P1Y,
        hoursP3Y: SAVINGS_PLAN_HOURS.P3Y,
      },
    });
  }
  steps.push({ rule: 'R-exchange.6', key: 'exchange.noCap', params: {} });
  return {
    policy: policyRef(policy),
    allowed: errors.length === 0,
    refundsTotal: toMoney(refundsTotal),
    purchasesTotal: toMoney(purchasesTotal),
    netPayable: toMoney(netPayable),
    reservationsToExchange,
    minimumSavingsPlanHourly: minimumSavingsPlanHourly && {
      P1Y: toMoney(minimumSavingsPlanHourly.P1Y),
      P3Y: toMoney(minimumSavingsPlanHourly.P3Y),
    },
    policyResult: { errors },
    steps,
  };
}

/** Estimates an exchange (contract: estimateExchange). Never throws: bad input is `ok: false` with every problem. */
export function estimateExchange(request: unknown): Result<ExchangeEstimate> {
  const parsed = parseExchangeRequest(request);
  return parsed.ok ? { ok: true, value: estimate(parsed.value) } : parsed;
}
