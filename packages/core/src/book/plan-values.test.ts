import { describe, expect, it } from 'vitest';
import { addMonths, type Day, parseDate } from '../dates.js';
import { estimateRefund } from '../refund.js';
import { ReservationValues } from './plan-values.js';

const day = (iso: string) => parseDate(iso) as Day;

function values(reservation: Record<string, unknown>, years: number, options = { policy: undefined, fee: undefined }) {
  const start = day(reservation.start as string);
  const end = addMonths(start, 12 * years);
  return {
    v: new ReservationValues(reservation, options, start, end, reservation.billingPlan === 'Monthly'),
    start,
    end,
  };
}

const monthly = {
  reservationId: '00000000-0000-4000-8000-000000000001',
  product: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'Monthly',
  start: '2026-01-31',
  quantity: 3,
  price: { amount: '10.03', currency: 'USD' },
  used: false,
};

describe('ReservationValues', () => {
  it("gives estimateRefund's capUse in cents, for any quantity", () => {
    const { v, start } = values(monthly, 1);
    for (const [q, d] of [
      [1, start],
      [2, start + 40],
      [3, start + 200],
    ] as const) {
      const estimate = estimateRefund({
        date: new Date(d * 86_400_000).toISOString().slice(0, 10),
        reservation: monthly,
        quantity: q,
      });
      if (!estimate.ok) throw new Error('estimate');
      expect(v.capUse(q, d)).toBe(BigInt(estimate.value.policyResult.capUse.amount.replace('.', '')));
    }
  });

  it('rises again only on payment days (the searches rely on it); mostFrom is the most from a day on', () => {
    // Tiny prices make the rounding of the parts visible: this is where a value could rise by a cent.
    for (const price of ['10.03', '7.77', '1000.01', '36500.00']) {
      for (const billingPlan of ['Monthly', 'Upfront']) {
        for (const currency of [
          { price: { amount: price, currency: 'USD' } },
          { price: { amount: price.replace('.', ''), currency: 'JPY' }, usdPerUnit: '0.0067' },
        ]) {
          const { v, start, end } = values({ ...monthly, billingPlan, ...currency }, 1);
          let most = 0n;
          const seen: bigint[] = [];
          for (let d = end - 1; d >= start; d--) {
            const cents = v.capUse(1, d)!;
            seen[d - start] = cents;
            if (cents > most) most = cents;
            // From d on, nothing counts more than mostFrom says.
            expect(v.mostFrom(1, d, end - 1)).toBe(most);
          }
          for (let d = start; d < end - 1; d++) {
            if (v.nextRise(d) !== d + 1) expect(seen[d + 1 - start]! <= seen[d - start]!).toBe(true);
          }
        }
      }
    }
  });

  it('knows the payment days of a monthly plan (R-monthly.1), clamped to short months', () => {
    const { v, start, end } = values(monthly, 1);
    expect(v.nextRise(start)).toBe(day('2026-02-28'));
    expect(v.nextRise(day('2026-02-28'))).toBe(day('2026-03-31'));
    expect(v.nextRise(day('2026-12-31'))).toBe(Number.POSITIVE_INFINITY);
    expect(values({ ...monthly, billingPlan: 'Upfront' }, 1).v.nextRise(start)).toBe(Number.POSITIVE_INFINITY);
    expect(end).toBe(day('2027-01-31'));
  });

  it("is estimateRefund's capUse on every day and quantity, and null where estimateRefund refuses the input", () => {
    const cases: [Record<string, unknown>, { policy: unknown; fee: unknown }][] = [
      [monthly, { policy: undefined, fee: undefined }],
      [
        { ...monthly, billingPlan: 'Upfront', start: '2020-01-20', used: true },
        { policy: 'auto', fee: 'charge' },
      ],
      [
        { ...monthly, start: '2019-12-01', currentPrice: { amount: '9.50', currency: 'USD' } },
        { policy: 'csp-2018-10', fee: undefined },
      ],
      [
        { ...monthly, price: { amount: '1003', currency: 'JPY' }, usdPerUnit: '0.0067' },
        { policy: undefined, fee: 'policy' },
      ],
      [
        { ...monthly, price: { amount: '1003', currency: 'JPY' } },
        { policy: undefined, fee: undefined },
      ], // no USD rate
      [monthly, { policy: 'nope', fee: undefined }],
      [monthly, { policy: undefined, fee: 'always' }],
      [
        { ...monthly, quantity: 0 },
        { policy: undefined, fee: undefined },
      ],
    ];
    for (const [reservation, options] of cases) {
      const start = day(reservation.start as string);
      const v = new ReservationValues(reservation, options, start, addMonths(start, 12), true);
      for (let d = start - 3; d < addMonths(start, 12) + 3; d += 7) {
        for (const q of [0, 1, 2, 3, 4, 2.5]) {
          const request: Record<string, unknown> = {
            date: new Date(d * 86_400_000).toISOString().slice(0, 10),
            reservation,
            quantity: q,
          };
          if (options.policy !== undefined) request.policy = options.policy;
          if (options.fee !== undefined) request.fee = options.fee;
          const estimate = estimateRefund(request);
          const expected = estimate.ok ? BigInt(estimate.value.policyResult.capUse.amount.replace('.', '')) : null;
          expect(v.capUse(q, d)).toBe(expected);
        }
      }
    }
  });
});
