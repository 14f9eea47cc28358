// Invariants of the rule book, stated over generated requests and checked through the public contract.
import {
  capStatus,
  estimateExchange,
  estimateRefund,
  explain,
  type RefundEstimate,
  type RefundRequest,
  supportChecklist,
} from '@refund-desk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoDay, refundRequest, termEnd } from '../support/arbitraries.js';

/** Minor units of a contract amount string, exactly. */
function minor(amount: string): bigint {
  return BigInt(amount.replace('.', ''));
}

function refund(request: RefundRequest): RefundEstimate {
  const result = estimateRefund(request);
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('refund amounts', () => {
  it('are never negative and never above what was paid', () => {
    fc.assert(
      fc.property(refundRequest, (request) => {
        const value = refund(request);
        const paid = minor(value.billingInformation.billingCurrencyTotalPaidAmount.amount);
        const back = minor(value.billingRefundAmount.amount);
        expect(back).toBeGreaterThanOrEqual(0n);
        expect(back).toBeLessThanOrEqual(paid);
        expect(minor(value.earlyTerminationFee.amount)).toBeGreaterThanOrEqual(0n);
        expect(minor(value.billingInformation.billingCurrencyRemainingCommitmentAmount.amount)).toBeGreaterThanOrEqual(
          0n,
        );
      }),
      { numRuns: 400 },
    );
  });

  // R-refund.1 prorates by the days remaining and R-monthly.4 cancels the payments not yet due: both shrink day by day.
  it('never rise as the date moves later (refund now plus canceled payments), but for roundings across a payment date', () => {
    fc.assert(
      fc.property(refundRequest, fc.integer({ min: 1, max: 400 }), (request, later) => {
        const laterDay = Math.min(dayOf(request.date) + later, termEnd(request.reservation) - 1);
        const first = refund(request);
        const second = refund({ ...request, date: isoDay(laterDay) });
        const total = (v: RefundEstimate) =>
          minor(v.billingRefundAmount.amount) +
          minor(v.earlyTerminationFee.amount) +
          minor(v.billingInformation.billingCurrencyRemainingCommitmentAmount.amount);
        // Within one payment period (always, for upfront) the value never rises. Across a monthly payment date the
        // three amounts are rounded afresh: with installments of a few minor units the sum can rise by the roundings
        // (at most 0.5 each, so less than 2 minor units), never more.
        const samePeriod =
          first.billingInformation.completedTransactions === second.billingInformation.completedTransactions;
        expect(total(second)).toBeLessThanOrEqual(total(first) + (samePeriod ? 0n : 1n));
        if (request.reservation.billingPlan === 'Upfront') {
          const before = minor(first.billingRefundAmount.amount) + minor(first.earlyTerminationFee.amount);
          const after = minor(second.billingRefundAmount.amount) + minor(second.earlyTerminationFee.amount);
          expect(after).toBeLessThanOrEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scale with the quantity returned (within the two roundings)', () => {
    fc.assert(
      fc.property(refundRequest, (request) => {
        const owned = request.reservation.quantity;
        const all = refund({ ...request, quantity: owned, fee: 'policy', policy: 'azure-2020-02' });
        const part = refund({ ...request, fee: 'policy', policy: 'azure-2020-02' });
        const q = BigInt(part.quantity);
        const Q = BigInt(owned);
        // part × Q and all × q differ by at most the rounding of each (≤ 1 minor unit per rounding, scaled).
        const gap = minor(part.billingRefundAmount.amount) * Q - minor(all.billingRefundAmount.amount) * q;
        expect(gap < 0n ? -gap : gap).toBeLessThanOrEqual(2n * Q);
      }),
      { numRuns: 300 },
    );
  });

  it('give full credit only within 5 days and only when unused', () => {
    fc.assert(
      fc.property(refundRequest, (request) => {
        const value = refund(request);
        const unused = request.reservation.used === false;
        expect(value.fullCredit).toBe(unused && value.elapsedDays <= 5);
        if (value.fullCredit) {
          // R-refund.2: all that was paid for the returned units: price × q/Q upfront, or the installments made so
          // far (each price × q / (Q × payments), rounded once, half away from zero).
          const { price, quantity } = request.reservation;
          const { completedTransactions, totalTransactions } = value.billingInformation;
          const minor = BigInt(price.amount.replace('.', '')) * BigInt(value.quantity);
          const den = BigInt(quantity * totalTransactions);
          const paid = ((2n * minor + den) / (2n * den)) * BigInt(completedTransactions);
          expect(BigInt(value.billingRefundAmount.amount.replace('.', ''))).toBe(paid);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the refund limit', () => {
  it('agrees with capStatus on the same ledger', () => {
    fc.assert(
      fc.property(refundRequest, (request) => {
        const value = refund(request);
        const cap = capStatus({ date: request.date, ledger: request.ledger ?? [] });
        if (!cap.ok) throw new Error('capStatus refused a valid ledger');
        expect(value.policyResult.consumedRefundsTotal).toEqual(cap.value.consumedRefundsTotal);
        const fits = minor(cap.value.remaining.amount) - minor(value.policyResult.capUse.amount) >= 0n;
        expect(value.policyResult.errors.some((e) => e.code === 'REFUND_LIMIT_EXCEEDED')).toBe(!fits);
        expect(value.allowed).toBe(fits);
        expect(minor(value.policyResult.remainingAfter.amount)).toBe(
          minor(cap.value.remaining.amount) - minor(value.policyResult.capUse.amount),
        );
      }),
      { numRuns: 300 },
    );
  });

  // Big refunds against a heavy ledger, so that refusals are common.
  const refusedOften = fc
    .tuple(refundRequest, fc.array(fc.integer({ min: -400, max: 30 }), { minLength: 1, maxLength: 4 }))
    .map(([request, ages]) => ({
      ...request,
      reservation: { ...request.reservation, term: 'P1Y' as const },
      ledger: ages.map((age) => ({
        date: isoDay(dayOf(request.date) - age),
        amount: { amount: '20000.00', currency: 'USD' },
      })),
    }))
    .filter((request) => dayOf(request.date) < termEnd(request.reservation));

  it('fitsOn is the earliest day the same request fits (brute force over the days)', () => {
    const seen = { refused: 0, fitsLater: 0 };
    fc.assert(
      fc.property(refusedOften, (request) => {
        const value = refund(request);
        if (!value.allowed) seen.refused++;
        if (value.policyResult.fitsOn !== null && value.policyResult.fitsOn !== request.date) seen.fitsLater++;
        const end = termEnd(request.reservation);
        const fitsOn = value.policyResult.fitsOn;
        const last = fitsOn === null ? end - 1 : dayOf(fitsOn);
        for (let d = dayOf(request.date); d <= last; d++) {
          const allowed = refund({ ...request, date: isoDay(d) }).allowed;
          expect(allowed, `day ${isoDay(d)}`).toBe(fitsOn !== null && d === last);
        }
      }),
      { numRuns: 150 },
    );
    // The generator must exercise refusals that fit later, or this property proves nothing (tens of them per run).
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.fitsLater).toBeGreaterThan(0);
  });

  it('maxQuantityNow is the largest quantity that fits today', () => {
    let partial = 0;
    fc.assert(
      fc.property(refusedOften, (request) => {
        const value = refund(request);
        const max = value.policyResult.maxQuantityNow;
        if (max > 0 && max < value.quantity) partial++;
        for (let q = value.quantity; q > max; q--) expect(refund({ ...request, quantity: q }).allowed).toBe(false);
        if (max > 0) expect(refund({ ...request, quantity: max }).allowed).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(partial).toBeGreaterThan(0);
  });
});

describe('validation', () => {
  const functions = { estimateRefund, estimateExchange, capStatus, supportChecklist };

  it('never throws on arbitrary JSON and reports problems with a code and message', () => {
    for (const [name, run] of Object.entries(functions)) {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          const result = run(input as never);
          expect(typeof result.ok, name).toBe('boolean');
          if (!result.ok) for (const problem of result.errors) expect(problem.message.length).toBeGreaterThan(0);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('never throws when any field of a valid request is replaced by arbitrary JSON', () => {
    const paths = [
      ['date'],
      ['quantity'],
      ['policy'],
      ['fee'],
      ['ledger'],
      ['reservation'],
      ['reservation', 'price'],
      ['reservation', 'price', 'amount'],
      ['reservation', 'price', 'currency'],
      ['reservation', 'start'],
      ['reservation', 'term'],
      ['reservation', 'quantity'],
      ['reservation', 'product'],
      ['reservation', 'usdPerUnit'],
      ['reservation', 'currentPrice'],
    ];
    // Fields whose problem may show on the field it is checked against: a smaller quantity owned than returned, a
    // currency other than USD without a rate, a current price in another currency.
    const checkedAgainst: Record<string, string[]> = {
      'reservation.quantity': ['quantity'],
      'reservation.price': ['reservation.usdPerUnit', 'reservation.currentPrice'],
      'reservation.price.currency': ['reservation.usdPerUnit', 'reservation.currentPrice'],
    };
    let refused = 0;
    fc.assert(
      fc.property(refundRequest, fc.constantFrom(...paths), fc.jsonValue(), (request, path, junk) => {
        const copy = structuredClone(request) as unknown as Record<string, unknown>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path.at(-1)!] = junk;
        const result = estimateRefund(copy);
        if (!result.ok) {
          refused++;
          // Only the replaced field is wrong, so every problem names it, a field inside it, or a field it is checked
          // against; and a path, not a free text.
          const replaced = path.join('.');
          const allowed = [replaced, ...(checkedAgainst[replaced] ?? [])];
          for (const problem of result.errors) {
            expect(problem.field, problem.message).toMatch(/^[A-Za-z]+(?:\.[A-Za-z]+|\[\d+\])*$/);
            const named = allowed.some(
              (p) => problem.field === p || problem.field!.startsWith(`${p}.`) || problem.field!.startsWith(`${p}[`),
            );
            expect(named, `${replaced} replaced by ${JSON.stringify(junk)}: ${problem.field}`).toBe(true);
          }
        }
        const exchange = estimateExchange({
          date: copy.date,
          returns: [{ reservation: copy.reservation, quantity: copy.quantity }],
          purchases: [{ product: 'virtual-machines', term: 'P1Y', billingPlan: 'Upfront', price: junk }],
        });
        // The exchange carries the same junk in a return and in the purchase's price: its problems name paths too.
        if (!exchange.ok) {
          for (const problem of exchange.errors) {
            expect(problem.field, problem.message).toMatch(/^(?:returns|purchases|date)(?:\.[A-Za-z]+|\[\d+\])*$/);
          }
        }
      }),
      { numRuns: 500 },
    );
    // Junk is almost never valid: the checks above ran.
    expect(refused).toBeGreaterThan(250);
  });
});

describe('explanations', () => {
  it('have a sentence in both languages for every step an estimate produces', () => {
    fc.assert(
      fc.property(refundRequest, (request) => {
        const value = refund(request);
        for (const locale of ['en', 'ko'] as const) {
          const lines = explain(value.steps, locale);
          expect(lines).toHaveLength(value.steps.length);
          for (const line of lines) {
            expect(line).not.toMatch(/^R-[a-z]+\.\d+: /);
            expect(line).not.toMatch(/\{\w+\}/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
