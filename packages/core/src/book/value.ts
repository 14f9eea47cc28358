// valueBook (docs/portfolio.md, R-advise): every reservation of the book estimated on one day, with what to return.
import { capStatus } from '../cap.js';
import { amountOf, parseAmount, toMoney } from '../money.js';
import { productByKey } from '../products.js';
import { estimateRefund } from '../refund.js';
import type { Problem, RefundEstimate, Result } from '../types.js';
import { Problems, readDate, readObject, readPolicy } from '../validate.js';
import { adviseReturn } from './advise.js';
import { type BookEntry, type BookEntryCustomer, readBook } from './read-book.js';
import type { BookValue, ValuedReservation } from './types.js';

interface Options {
  date: string;
  policy: unknown;
  fee: unknown;
}

/** USD cents of a contract amount (always 2 digits). */
function usdCents(amount: string): bigint {
  const parsed = parseAmount(amount, 'USD');
  return typeof parsed === 'string' ? 0n : parsed.minor;
}

/**
 * The estimate of `quantity` units (all when undefined). Missing facts are said in words ("price is missing: …") in
 * place of estimateRefund's "must be an object, not missing" for the same field; every other problem is kept.
 */
export function estimateEntry(
  entry: BookEntry,
  ledger: BookEntryCustomer['ledger'],
  options: Options,
  quantity?: number,
): Result<RefundEstimate> {
  if (entry.notHeld) return { ok: false, errors: [entry.notHeld] };
  const request: Record<string, unknown> = { date: options.date, reservation: entry.reservation, ledger };
  if (quantity !== undefined) request.quantity = quantity;
  if (options.policy !== undefined) request.policy = options.policy;
  if (options.fee !== undefined) request.fee = options.fee;
  const result = estimateRefund(request);
  if (result.ok || entry.missing.length === 0) return result;
  const missingFields = new Set(entry.missing.map((problem) => problem.field));
  const others = result.errors.filter((problem) => !missingFields.has(problem.field));
  return { ok: false, errors: [...entry.missing, ...others] };
}

function refundable(entry: BookEntry): boolean {
  const key = entry.reservation.product;
  return typeof key === 'string' && productByKey(key)?.refundable === true;
}

function valueEntry(entry: BookEntry, customer: BookEntryCustomer, options: Options): ValuedReservation {
  const estimate = estimateEntry(entry, customer.ledger, options);
  const valued: ValuedReservation = {
    reservationId: entry.reservationId,
    reservationOrderId: entry.reservationOrderId,
    estimate,
    suggestedReturn: 0,
  };
  if (entry.displayName !== undefined) valued.displayName = entry.displayName;
  // R-book.12: nothing to advise on a reservation the customer no longer holds.
  if (entry.notHeld) return valued;
  const advice = adviseReturn(entry.reservation.quantity, entry.utilization, refundable(entry));
  if ('problem' in advice) {
    valued.suggestedEstimate = { ok: false, errors: [advice.problem] };
  } else if (advice.units > 0) {
    valued.suggestedReturn = advice.units;
    valued.suggestedEstimate = estimateEntry(entry, customer.ledger, options, advice.units);
  }
  return valued;
}

/**
 * The customer's totals. Decision: they add up, over the reservations whose estimate is ok and whose product can be
 * refunded, what returning all their units today would pay back (pricingRefundAmount) and count against the limit
 * (capUse), each estimated on its own. Refusals by the limit are included, so the total can be held against the
 * limit's remaining room; it is a measure of the book, not a plan (planRefunds makes the plan).
 */
function totals(reservations: ValuedReservation[]): BookValue['customers'][number]['totals'] {
  let refundNow = 0n;
  let capUse = 0n;
  for (const { estimate } of reservations) {
    if (!estimate.ok) continue;
    if (estimate.value.policyResult.errors.some((problem) => problem.code === 'NOT_REFUNDABLE')) continue;
    refundNow += usdCents(estimate.value.pricingRefundAmount.amount);
    capUse += usdCents(estimate.value.policyResult.capUse.amount);
  }
  return { refundNowUsd: toMoney(amountOf(refundNow, 'USD')), capUseUsd: toMoney(amountOf(capUse, 'USD')) };
}

/** Values a book on a date (docs/portfolio.md: valueBook). Never throws: a malformed request is `ok: false`. */
export function valueBook(request: unknown): Result<BookValue> {
  const problems = new Problems();
  const raw = readObject(request, '', problems);
  if (!raw) return { ok: false, errors: problems.list };
  const day = readDate(raw.date, 'date', problems);
  readPolicy(raw.policy, day, 'policy', problems);
  if (raw.fee !== undefined && raw.fee !== 'policy' && raw.fee !== 'charge') {
    problems.add('INVALID_INPUT', 'fee', 'fee must be "policy" or "charge"');
  }
  const customers = readBook(raw.book, 'book', problems);
  if (!problems.empty || !customers || day === undefined) return { ok: false, errors: problems.list };
  const options: Options = { date: raw.date as string, policy: raw.policy, fee: raw.fee };
  const valued: BookValue['customers'] = [];
  const errors: Problem[] = [];
  for (const customer of customers) {
    const cap = capStatus({ date: options.date, ledger: customer.ledger });
    if (!cap.ok) {
      errors.push(...cap.errors);
      continue;
    }
    const reservations = customer.reservations.map((entry) => valueEntry(entry, customer, options));
    valued.push({
      tenantId: customer.tenantId,
      ...(customer.name !== undefined && { name: customer.name }),
      cap: cap.value,
      reservations,
      totals: totals(reservations),
    });
  }
  // The ledger was read already, so capStatus cannot refuse it; kept so that no path can drop a customer silently.
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { customers: valued } };
}
