import { describe, expect, it } from 'vitest';
import { csvRecord } from '../csv/index.js';
import { planCsvColumns, planCsvNumbers, planCsvRows } from './plan-csv.js';
import type { CustomerPlan } from './types.js';

const usd = (amount: string) => ({ amount, currency: 'USD' });
const plan: CustomerPlan = {
  tenantId: '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17',
  name: '=Contoso',
  recovered: usd('549.00'),
  actions: [
    {
      date: '2026-12-01',
      reservationId: 'r1',
      reservationOrderId: 'o1',
      quantity: 1,
      billingRefundAmount: usd('549.00'),
      capUse: usd('549.00'),
      remainingAfter: usd('-1.00'),
    },
  ],
  unplaced: [
    {
      reservationId: 'r2',
      quantity: 2,
      reason: 'NOT_REFUNDABLE',
      exchange: { possible: false, minimumSavingsPlanHourly: null },
    },
  ],
};

describe('the plan as CSV rows (docs/portfolio.md, plan --csv)', () => {
  it('lists the refunds, then each unplaced group with no date and its reason', () => {
    const rows = [...planCsvRows([plan], (_tenant, reservation) => (reservation === 'r2' ? 'o2' : ''))];
    expect(rows).toEqual([
      [plan.tenantId, '=Contoso', '2026-12-01', 'r1', 'o1', '1', 'USD', '549.00', '549.00', '-1.00', ''],
      [plan.tenantId, '=Contoso', '', 'r2', 'o2', '2', '', '', '', '', 'NOT_REFUNDABLE'],
    ]);
    expect(rows.every((row) => row.length === planCsvColumns.length)).toBe(true);
  });

  it('writes numbers bare and text formula-safe', () => {
    const [row] = planCsvRows([plan], () => '');
    expect(csvRecord(row!, planCsvNumbers)).toContain(`,'=Contoso,2026-12-01,r1,o1,1,USD,549.00,549.00,-1.00,`);
  });
});
