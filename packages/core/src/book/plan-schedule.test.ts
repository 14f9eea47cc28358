import { describe, expect, it } from 'vitest';
import { better, byTermEnd, scheduleOf } from './plan-schedule.js';
import type { PlanSource } from './plan-sources.js';

const refund = (day: number, cents: bigint) => ({ source: 0, day, quantity: 1, cents });

describe('plan schedules', () => {
  it('prefers more money, then money sooner, then fewer refunds (R-plan.2)', () => {
    const date = 100;
    expect(better(scheduleOf([refund(150, 11n)]), scheduleOf([refund(100, 10n)]), date)).toBe(true);
    expect(better(scheduleOf([refund(100, 10n)]), scheduleOf([refund(120, 10n)]), date)).toBe(true);
    expect(better(scheduleOf([refund(120, 10n)]), scheduleOf([refund(100, 10n)]), date)).toBe(false);
    expect(better(scheduleOf([refund(100, 10n)]), scheduleOf([refund(100, 5n), refund(100, 5n)]), date)).toBe(true);
    expect(better(scheduleOf([refund(100, 10n)]), scheduleOf([refund(100, 10n)]), date)).toBe(false);
  });

  it('orders reservations by term end, book order among equal ends (the baseline’s order)', () => {
    const sources = [{ end: 30 }, { end: 10 }, { end: 30 }, { end: 20 }] as PlanSource[];
    expect(byTermEnd(sources)).toEqual([1, 3, 0, 2]);
  });
});
