import { describe, expect, it } from 'vitest';
import { chartGeometry } from './chart.js';

const size = { width: 365, height: 100 };

describe('chartGeometry', () => {
  it('draws the limit left as steps, scaled exactly from cents', () => {
    const steps = [
      { date: '2026-03-01', remainingCents: '5000000' },
      { date: '2026-04-01', remainingCents: '1250000' },
      { date: '2027-01-01', remainingCents: '3750000' },
    ];
    const g = chartGeometry(steps, ['2026-04-01'], '2026-03-01', 365, '5000000', size);
    expect(g.line).toBe('M0 0H31V75H306V25H365');
    expect(g.area).toBe('M0 0H31V75H306V25H365V100H0Z');
    expect(g.markers).toEqual([{ date: '2026-04-01', x: 31, y: 75 }]);
  });

  it('keeps markers and steps inside the chart', () => {
    const steps = [{ date: '2026-03-01', remainingCents: '6000000' }];
    const g = chartGeometry(steps, ['2028-01-01'], '2026-03-01', 365, '5000000', size);
    expect(g.line).toBe('M0 0H365');
    expect(g.markers[0]).toEqual({ date: '2028-01-01', x: 365, y: 0 });
  });

  it('puts a gridline at each quarter of the limit', () => {
    const g = chartGeometry([], [], '2026-03-01', 365, '5000000', size);
    expect(g.grid.map((line) => line.y)).toEqual([0, 25, 50, 75, 100]);
  });
});
