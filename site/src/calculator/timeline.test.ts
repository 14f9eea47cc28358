// The picture's samples are core's own answers on each date: a refund shrinks over the term, the limit refills.
import { capStatus, estimateRefund, type RefundRequest } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween, refundTimeline } from './timeline.js';

const request: RefundRequest = {
  date: '2026-01-14',
  reservation: {
    product: 'virtual-machines',
    term: 'P1Y',
    billingPlan: 'Upfront',
    start: '2025-09-01',
    quantity: 1,
    price: { amount: '48000.00', currency: 'USD' },
  },
  ledger: [{ date: '2025-06-01', amount: { amount: '10000.00', currency: 'USD' } }],
};

describe('refundTimeline', () => {
  it('counts days in UTC', () => {
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
  });

  it('samples the rest of the term with core, the refill shown by the day before and the day of it', () => {
    const estimate = estimateRefund(request);
    if (!estimate.ok) throw new Error('expected ok');
    const timeline = refundTimeline(request, estimate.value);
    expect(timeline).not.toBeNull();
    const points = timeline!.points;
    expect(points[0]!.date).toBe('2026-01-14');
    expect(points[0]!.counted).toEqual(estimate.value.policyResult.capUse);
    expect(points.at(-1)!.date).toBe('2026-08-31');
    const dates = points.map((p) => p.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2026-05-31');
    expect(dates).toContain('2026-06-01');
    const at = (date: string) => points.find((p) => p.date === date)!;
    expect(at('2026-05-31').room.amount).toBe('40000.00');
    expect(at('2026-06-01').room.amount).toBe('50000.00');
    for (const p of points) {
      const own = estimateRefund({ ...request, date: p.date });
      const cap = capStatus({ date: p.date, ledger: request.ledger! });
      if (!own.ok || !cap.ok) throw new Error('expected ok');
      expect(p.paidBack).toEqual(own.value.billingRefundAmount);
      expect(p.room).toEqual(cap.value.remaining);
    }
    const counted = points.map((p) => Number(p.counted.amount));
    expect(counted).toEqual([...counted].sort((a, b) => b - a));
    // The day the whole request fits is among the samples.
    expect(dates).toContain(estimate.value.policyResult.fitsOn);
  });

  it('has nothing to draw on the last day of the term', () => {
    const late = { ...request, date: '2026-08-31' };
    const estimate = estimateRefund(late);
    if (!estimate.ok) throw new Error('expected ok');
    expect(refundTimeline(late, estimate.value)).toBeNull();
  });
});
