import { type Book, planRefunds } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { planView } from './plan-view';

const tenantId = '0c0c0c0c-0000-4000-8000-00000000000c';
const reservationId = '0d0d0d0d-0000-4000-8000-00000000000d';
// Ten units that the plan returns on 2026-12-02 in ten refunds of one (each rounded on its own, they count USD 0.09
// more than one refund of ten: core's plan-days.test.ts).
const book: Book = {
  refundDeskBook: 1,
  customers: [
    {
      tenantId,
      ledger: [],
      reservations: [
        {
          reservationId,
          reservationOrderId: '0e0e0e0e-0000-4000-8000-00000000000e',
          displayName: 'Fabrikam_Cosmos_RU',
          product: 'cosmos-db',
          term: 'P1Y',
          billingPlan: 'Monthly',
          start: '2026-04-01',
          quantity: 10,
          price: { amount: '7009.20', currency: 'EUR' },
          usdPerUnit: '1.082954299',
          utilization: { days7: '0', days30: '0' },
          origin: {},
        },
      ],
    },
  ],
};

/** formatMoney separates the code from the amount with a no-break space; the expectations are written with plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function planned() {
  const plan = planRefunds({ date: '2026-12-02', book });
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  return plan.value.customers[0]!;
}

describe('planView', () => {
  it('lists a reservation’s refunds of one day as one line that says how many refunds it takes', () => {
    const names = new Map([[reservationId, 'Fabrikam_Cosmos_RU']]);
    const en = planView(planned(), names, 'en');
    expect(en.actions).toHaveLength(1);
    expect(en.actions[0]).toMatchObject({ quantity: 10, refunds: 10 });
    expect(plain(en.actions[0]!.capUse)).toBe('USD 2,509.90');
    expect(plain(en.actions[0]!.text)).toBe(
      '2026-12-02: return 10 of Fabrikam_Cosmos_RU in 10 separate refunds (EUR 565.30 in all; each is rounded on its own, so the plan keeps them apart)',
    );
    const ko = planView(planned(), names, 'ko');
    expect(plain(ko.actions[0]!.text)).toMatch(
      /^2026-12-02: Fabrikam_Cosmos_RU 중 10개를 10건으로 나눠 반환\(모두 EUR 565\.30/,
    );
  });

  it('keeps the plain words for a single refund', () => {
    const one = planned();
    const first = one.actions[0]!;
    const view = planView({ ...one, actions: [first] }, new Map(), 'en');
    expect(plain(view.actions[0]!.text)).toBe(`2026-12-02: return 1 of ${reservationId} (EUR 56.53)`);
    expect(view.actions[0]!.refunds).toBe(1);
  });
});
