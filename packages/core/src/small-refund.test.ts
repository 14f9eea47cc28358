import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';
import { add, amountString, type Fraction, scale, toUsd, withMinor } from './money.js';
import { policies } from './policies.js';
import { returnValue } from './return-value.js';
import { smallFigures, smallPolicy } from './small-refund.js';
import { Problems, readReservation } from './validate.js';

const FIRST = parseDate('2018-06-01') as number;
const currencies = [
  { code: 'USD', digits: 2, rate: undefined },
  { code: 'KRW', digits: 0, rate: '0.00072' },
  { code: 'BHD', digits: 3, rate: '2.65' },
] as const;

function amountText(minor: bigint, digits: number): string {
  const text = minor.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

// Prices from a minor unit to past the small-integer bound (2^40 minor units with the units), so both paths are asked.
const request = fc
  .record({
    term: fc.constantFrom('P1Y', 'P3Y', 'P5Y'),
    billingPlan: fc.constantFrom('Upfront', 'Monthly'),
    start: fc.integer({ min: FIRST, max: FIRST + 3000 }),
    quantity: fc.integer({ min: 1, max: 1000 }),
    extra: fc.integer({ min: 0, max: 3 }),
    price: fc.oneof(fc.bigInt({ min: 1n, max: 500n }), fc.bigInt({ min: 1n, max: 10n ** 14n })),
    currentPercent: fc.option(fc.integer({ min: 50, max: 150 }), { nil: undefined }),
    currency: fc.constantFrom(...currencies),
    used: fc.boolean(),
    at: fc.double({ min: 0, max: 0.9999, noNaN: true }),
    returned: fc.double({ min: 0, max: 1, noNaN: true }),
    chargeFee: fc.boolean(),
    policy: fc.constantFrom(...policies),
    consumed: fc.integer({ min: 0, max: 5_000_000 }),
  })
  .map(({ price, currentPercent, currency, start, extra, at, returned, ...rest }) => {
    const current = currentPercent === undefined ? 0n : (price * BigInt(currentPercent)) / 100n;
    const problems = new Problems();
    const reservation = readReservation(
      {
        term: rest.term,
        billingPlan: rest.billingPlan,
        quantity: rest.quantity,
        originalQuantity: rest.quantity + extra,
        used: rest.used,
        product: 'virtual-machines',
        start: new Date(start * 86_400_000).toISOString().slice(0, 10),
        price: { amount: amountText(price, currency.digits), currency: currency.code },
        ...(current > 0n && {
          currentPrice: { amount: amountText(current, currency.digits), currency: currency.code },
        }),
        ...(currency.rate && { usdPerUnit: currency.rate }),
      },
      'reservation',
      problems,
    );
    if (!reservation) throw new Error(JSON.stringify(problems.list));
    const date = reservation.span.start + Math.floor(at * reservation.span.termDays);
    const quantity = Math.max(1, Math.ceil(returned * reservation.quantity));
    return { ...rest, reservation, date, quantity };
  });

describe('smallFigures', () => {
  it('prints the figures the bigint formulas give, or leaves the request to them', () => {
    let small = 0;
    fc.assert(
      fc.property(request, ({ reservation, date, quantity, chargeFee, policy, consumed }) => {
        const figures = smallFigures({ reservation, date, quantity, chargeFee }, smallPolicy(policy), consumed);
        // The bigint reference: returnValue, the fee (R-fee), capUse in USD (R-cap.2, R-cap.3).
        const value = returnValue(reservation, quantity, date, policy);
        const { feeRate, whatIfFeeRate, feeFreeDays, capUsdCents } = policy.parameters;
        const rate = chargeFee && feeRate.num === 0n ? whatIfFeeRate : feeRate;
        const fee =
          rate.num === 0n || value.elapsedDays <= feeFreeDays
            ? withMinor(value.refund, 0n)
            : scale(value.refund, rate.num, rate.den);
        const usdRate: Fraction = reservation.usdRate ?? { num: 1n, den: 1n };
        const capUse = toUsd(add(value.refund, value.remainingCommitment), usdRate);
        const remainingAfter = capUsdCents - BigInt(consumed) - capUse.minor;
        if (!figures) {
          const large = reservation.price.minor * BigInt(reservation.originalQuantity) > 2n ** 40n;
          const billing = value.refund.minor + value.remainingCommitment.minor;
          const largeUsd = reservation.usdRate !== undefined && billing * reservation.usdRate.num * 100n >= 2n ** 51n;
          expect(large || largeUsd || remainingAfter < 0n).toBe(true);
          return;
        }
        small++;
        expect(remainingAfter >= 0n).toBe(true);
        expect(figures.value.elapsedDays).toBe(value.elapsedDays);
        expect(figures.value.monthly?.periodStart).toBe(value.monthly?.periodStart);
        expect(figures.params.refund).toBe(`${amountString(value.refund)} ${reservation.price.currency}`);
        expect(figures.feeMoney.amount).toBe(amountString(fee));
        expect(figures.paidBackMoney.amount).toBe(amountString({ ...fee, minor: value.refund.minor - fee.minor }));
        expect(figures.billing.billingCurrencyTotalPaidAmount.amount).toBe(amountString(value.paidWhole));
        expect(figures.billing.billingCurrencyProratedAmount.amount).toBe(
          amountString({ ...value.paid, minor: value.paidWhole.minor - value.refund.minor }),
        );
        expect(figures.billing.billingCurrencyRemainingCommitmentAmount.amount).toBe(
          amountString(value.remainingCommitment),
        );
        expect(figures.capUseMoney.amount).toBe(amountString(capUse));
        expect(figures.pricingRefundMoney.amount).toBe(
          amountString(toUsd({ ...fee, minor: value.refund.minor - fee.minor }, usdRate)),
        );
        expect(figures.remainingAfterMoney.amount).toBe(amountString({ ...capUse, minor: remainingAfter }));
      }),
      { numRuns: 3000 },
    );
    // Most requests are small enough: the test compares the two paths, not only the bigint one with itself.
    expect(small).toBeGreaterThan(1000);
  });
});
