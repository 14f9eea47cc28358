import { describe, expect, it } from 'vitest';
import { type Day, parseDate } from '../dates.js';
import { readPlanRequest } from './plan-request.js';
import { planSources } from './plan-sources.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const day = (iso: string) => parseDate(iso) as Day;

function sourcesOf(reservations: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const held = reservations.map((r, i) => ({
    reservationId: guid(i + 1),
    reservationOrderId: guid(i + 11),
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2026-01-01',
    quantity: 2,
    price: { amount: '2000.00', currency: 'USD' },
    origin: {},
    ...r,
  }));
  const read = readPlanRequest({
    date: '2026-07-01',
    candidates: 'all',
    book: { refundDeskBook: 1, customers: [{ tenantId: 't', ledger: [], reservations: held }] },
    ...extra,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return planSources(read.value.customers[0]!, read.value);
}

describe('planSources', () => {
  it('plans a reservation from the plan’s date, or from its start when it starts later, to the day before its term ends', () => {
    const { sources } = sourcesOf([{}, { start: '2026-08-15' }]);
    expect(sources.map((s) => [s.first, s.last, s.end])).toEqual([
      [day('2026-07-01'), day('2026-12-31'), day('2027-01-01')],
      [day('2026-08-15'), day('2027-08-14'), day('2027-08-15')],
    ]);
    const horizon = sourcesOf([{}, { start: '2026-08-15' }], { until: '2026-08-01' });
    expect(horizon.sources.map((s) => s.last)).toEqual([day('2026-08-01')]);
    expect(horizon.setAside).toMatchObject([{ reason: 'NOT_BEFORE_HORIZON', quantity: 2, first: day('2026-08-15') }]);
  });

  it('sets aside what cannot be estimated, with the estimate’s own code or MISSING_FACTS', () => {
    const { sources, setAside } = sourcesOf([
      { price: { amount: '2000', currency: 'EUR' } },
      { quantity: undefined },
      { term: 'P2Y' },
      { product: 'databricks-prepurchase' },
    ]);
    expect(sources).toEqual([]);
    expect(setAside.map((s) => [s.reason, s.quantity])).toEqual([
      ['FX_RATE_REQUIRED', 2],
      ['MISSING_FACTS', 0],
      ['INVALID_INPUT', 2],
      ['NOT_REFUNDABLE', 2],
    ]);
  });

  it('takes the suggested units by default, and none from a reservation without utilization', () => {
    const held = [{ utilization: { days7: '49.9', days30: '10' }, quantity: 10 }, {}];
    const read = readPlanRequest({
      date: '2026-07-01',
      book: {
        refundDeskBook: 1,
        customers: [
          {
            tenantId: 't',
            ledger: [],
            reservations: held.map((r, i) => ({
              reservationId: guid(i + 1),
              reservationOrderId: guid(i + 11),
              product: 'virtual-machines',
              term: 'P1Y',
              billingPlan: 'Upfront',
              start: '2026-01-01',
              quantity: 2,
              price: { amount: '2000.00', currency: 'USD' },
              origin: {},
              ...r,
            })),
          },
        ],
      },
    });
    if (!read.ok) throw new Error('read');
    const { sources, setAside } = planSources(read.value.customers[0]!, read.value);
    expect(sources.map((s) => s.units)).toEqual([5]);
    expect(setAside).toEqual([]);
  });
});
