// fast-check generators of valid requests, shared by the property tests and the benchmarks.
import type { LedgerEntry, PolicyId, RefundRequest, Reservation } from '@refund-desk/core';
import fc from 'fast-check';

const DAY = 86_400_000;
const FIRST = Date.UTC(2019, 0, 1) / DAY;
const LAST = Date.UTC(2029, 11, 31) / DAY;

export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

export const day = fc.integer({ min: FIRST, max: LAST });

const currencies = [
  { code: 'USD', digits: 2, rate: undefined },
  { code: 'KRW', digits: 0, rate: '0.00072' },
  { code: 'JPY', digits: 0, rate: '0.0067' },
  { code: 'BHD', digits: 3, rate: '2.65' },
  { code: 'EUR', digits: 2, rate: '1.08' },
] as const;

export function amountText(minor: bigint, digits: number): string {
  const text = minor.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export const policyId = fc.constantFrom<PolicyId>('csp-2018-10', 'azure-2020-02', 'azure-2027-02');

export const reservation = fc
  .record({
    product: fc.constantFrom('virtual-machines', 'sql-database', 'cosmos-db', 'app-service', 'managed-disks'),
    term: fc.constantFrom('P1Y', 'P3Y', 'P5Y'),
    billingPlan: fc.constantFrom('Upfront', 'Monthly'),
    start: day,
    quantity: fc.integer({ min: 1, max: 40 }),
    priceMinor: fc.bigInt({ min: 1n, max: 50_000_000n }),
    currentPercent: fc.option(fc.integer({ min: 50, max: 150 }), { nil: undefined }),
    currency: fc.constantFrom(...currencies),
    used: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ priceMinor, currentPercent, currency, start, ...rest }) => {
    const current = currentPercent === undefined ? undefined : (priceMinor * BigInt(currentPercent)) / 100n;
    const value: Reservation = {
      ...(rest as Omit<Reservation, 'start' | 'price'>),
      start: isoDay(start),
      price: { amount: amountText(priceMinor, currency.digits), currency: currency.code },
      ...(current !== undefined &&
        current > 0n && {
          currentPrice: { amount: amountText(current, currency.digits), currency: currency.code },
        }),
      ...(currency.rate && { usdPerUnit: currency.rate }),
    };
    if (rest.used === undefined) delete value.used;
    return value;
  });

export function termEnd(res: Reservation): number {
  const years = { P1Y: 1, P3Y: 3, P5Y: 5 }[res.term];
  const start = new Date(`${res.start}T00:00:00Z`);
  const year = start.getUTCFullYear() + years;
  const month = start.getUTCMonth();
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(start.getUTCDate(), last)) / DAY;
}

export const ledgerEntry = fc.record({ date: day, cents: fc.bigInt({ min: 0n, max: 3_000_000n }) }).map(
  ({ date, cents }): LedgerEntry => ({
    date: isoDay(date),
    amount: { amount: amountText(cents, 2), currency: 'USD' },
  }),
);

/** A valid refund request: a reservation, a date inside its term, a quantity, a ledger, an explicit policy. */
export const refundRequest = fc
  .record({
    reservation,
    offset: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    ledger: fc.array(ledgerEntry, { maxLength: 6 }),
    policy: policyId,
    fee: fc.constantFrom<'policy' | 'charge'>('policy', 'charge'),
  })
  .map(({ reservation: res, offset, share, ledger, policy, fee }): RefundRequest => {
    const start = dayOf(res.start);
    const days = termEnd(res) - start;
    const date = start + Math.floor(offset * offset * days);
    const quantity = Math.max(1, Math.ceil(share * res.quantity));
    return { date: isoDay(date), reservation: res, quantity, ledger, policy, fee };
  });
