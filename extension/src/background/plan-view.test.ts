import type { CustomerPlan, PlanAction } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { planView } from './plan-view';

const reservationId = '0d0d0d0d-0000-4000-8000-00000000000d';
// A plan that returns ten units on one day in ten refunds of one, as core plans Fabrikam's ten Cosmos DB units on
// 2026-12-02 (core's plan-days.test.ts): each counts USD 250.99, one refund of ten would count USD 2,509.81.
const unit: PlanAction = {
  date: '2026-12-02',
  reservationId,
  reservationOrderId: '0e0e0e0e-0000-4000-8000-00000000000e',
  quantity: 1,
  billingRefundAmount: { amount: '56.53', currency: 'EUR' },
  capUse: { amount: '250.99', currency: 'USD' },
  remainingAfter: { amount: '49749.01', currency: 'USD' },
};
const plan: CustomerPlan = {
  tenantId: '0c0c0c0c-0000-4000-8000-00000000000c',
  recovered: { amount: '2509.90', currency: 'USD' },
  actions: Array.from({ length: 10 }, () => unit),
  unplaced: [],
};

/** formatMoney separates the code from the amount with a no-break space; the expectations are written with plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('planView', () => {
  it('lists a reservation’s refunds of one day as one line that says how many refunds it takes', () => {
    const names = new Map([[reservationId, 'Fabrikam_Cosmos_RU']]);
    const en = planView(plan, names, 'en');
    expect(en.actions).toHaveLength(1);
    expect(en.actions[0]).toMatchObject({ quantity: 10, refunds: 10 });
    expect(plain(en.actions[0]!.capUse)).toBe('USD 2,509.90');
    expect(plain(en.actions[0]!.text)).toBe(
      '2026-12-02: return 10 of Fabrikam_Cosmos_RU in 10 separate refunds (EUR 565.30 in all; each is rounded on its own, so the plan keeps them apart)',
    );
    const ko = planView(plan, names, 'ko');
    expect(plain(ko.actions[0]!.text)).toMatch(
      /^2026-12-02: Fabrikam_Cosmos_RU 중 10개를 10건으로 나눠 반환\(모두 EUR 565\.30/,
    );
  });

  it('keeps the plain words for a single refund', () => {
    const view = planView({ ...plan, actions: [unit] }, new Map(), 'en');
    expect(plain(view.actions[0]!.text)).toBe(`2026-12-02: return 1 of ${reservationId} (EUR 56.53)`);
    expect(view.actions[0]!.refunds).toBe(1);
  });
});
