import { describe, expect, it } from 'vitest';
import { type Day, parseDate } from '../dates.js';
import { estimateExchange } from '../exchange.js';
import { exchangeAlternative } from './plan-exchange.js';

const options = { policy: undefined, fee: undefined };
const vm = {
  reservationId: '00000000-0000-4000-8000-000000000001',
  product: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'Upfront',
  start: '2026-01-01',
  quantity: 4,
  price: { amount: '10000.00', currency: 'USD' },
};
const day = (iso: string) => parseDate(iso) as Day;

describe('exchangeAlternative (R-plan.3)', () => {
  it('sizes the trade-in of compute units: refundsTotal / 8,760 and / 26,280 hours, rounded up (R-exchange.7)', () => {
    const alternative = exchangeAlternative(vm, 3, day('2026-07-01'), options);
    const estimate = estimateExchange({
      date: '2026-07-01',
      returns: [{ reservation: vm, quantity: 3 }],
      purchases: [],
    });
    if (!estimate.ok) throw new Error('exchange');
    const minor = BigInt(estimate.value.refundsTotal.amount.replace('.', ''));
    const up = (hours: bigint) =>
      ((minor + hours - 1n) / hours)
        .toString()
        .padStart(3, '0')
        .replace(/(\d\d)$/, '.$1');
    expect(alternative).toEqual({
      possible: true,
      minimumSavingsPlanHourly: {
        P1Y: { amount: up(8760n), currency: 'USD' },
        P3Y: { amount: up(26_280n), currency: 'USD' },
      },
    });
  });

  it('has no trade-in size outside compute, and no exchange for products that cannot be exchanged or ended terms', () => {
    expect(exchangeAlternative({ ...vm, product: 'sql-database' }, 1, day('2026-07-01'), options)).toEqual({
      possible: true,
      minimumSavingsPlanHourly: null,
    });
    const none = { possible: false, minimumSavingsPlanHourly: null };
    expect(exchangeAlternative({ ...vm, product: 'suse-linux-plan' }, 1, day('2026-07-01'), options)).toEqual(none);
    expect(exchangeAlternative(vm, 1, day('2027-01-01'), options)).toEqual(none);
    expect(exchangeAlternative({ ...vm, price: undefined }, 1, day('2026-07-01'), options)).toEqual(none);
  });

  it('after the 2027 gate, keeps the trade-in for compute and refuses SQL exchanges of reservations started after it (R-gate.3)', () => {
    const late = { ...vm, start: '2027-03-01' };
    expect(exchangeAlternative(late, 1, day('2027-06-01'), options).possible).toBe(true);
    expect(exchangeAlternative({ ...late, product: 'sql-database' }, 1, day('2027-06-01'), options).possible).toBe(
      false,
    );
  });
});
