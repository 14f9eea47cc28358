import { describe, expect, it } from 'vitest';
import { adviseReturn } from './advise.js';

describe('adviseReturn (R-advise.1)', () => {
  it('returns floor(quantity × (100 − u) / 100) with u the larger of the 7- and 30-day figures', () => {
    expect(adviseReturn(10, { days7: '62.5', days30: '70' }, true)).toEqual({ units: 3 });
    expect(adviseReturn(10, { days7: '70', days30: '62.5' }, true)).toEqual({ units: 3 });
    // 7 × 37.5 / 100 = 2.625 → 2: floored, never rounded up.
    expect(adviseReturn(7, { days30: '62.5' }, true)).toEqual({ units: 2 });
  });

  it('is exact where binary floating point is not: 10 × (100 − 70.0000000001) / 100 floors to 2', () => {
    expect(adviseReturn(10, { days7: '70.0000000001' }, true)).toEqual({ units: 2 });
    expect(adviseReturn(10, { days7: '70' }, true)).toEqual({ units: 3 });
    expect(adviseReturn(100, { days7: '0.01' }, true)).toEqual({ units: 99 });
  });

  it('suggests none without a 7- or 30-day figure, for a product that cannot be refunded, or without a quantity', () => {
    expect(adviseReturn(10, undefined, true)).toEqual({ units: 0 });
    expect(adviseReturn(10, { days1: '0' }, true)).toEqual({ units: 0 });
    expect(adviseReturn(10, { days7: '0' }, false)).toEqual({ units: 0 });
    expect(adviseReturn(undefined, { days7: '0' }, true)).toEqual({ units: 0 });
    expect(adviseReturn(10, { days7: '100' }, true)).toEqual({ units: 0 });
  });

  it('says so when a utilization is not a percentage, naming the field', () => {
    for (const bad of ['abc', '101', '-5', 50, '50%']) {
      const advice = adviseReturn(10, { days7: '10', days30: bad }, true);
      expect(advice).toMatchObject({ problem: { code: 'INVALID_INPUT', field: 'reservation.utilization.days30' } });
    }
    expect(adviseReturn(10, 'high', true)).toMatchObject({ problem: { field: 'reservation.utilization' } });
  });
});
