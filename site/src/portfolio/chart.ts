// The geometry of the limit chart: the limit left as a step line over the next days, planned refunds as markers.
// Amounts are USD cents (bigint), scaled to pixels with integer division: no floating point touches the money.
import { daysBetween } from './days.js';

export interface ChartStep {
  date: string;
  remainingCents: string;
}

export interface ChartGeometry {
  /** SVG path data of the step line. */
  line: string;
  /** The area under the line (the same steps, closed along the axis). */
  area: string;
  markers: { date: string; x: number; y: number }[];
  /** Gridlines at each quarter of the limit, with the share they mark. */
  grid: { y: number; share: number }[];
}

export function chartGeometry(
  steps: readonly ChartStep[],
  markerDates: readonly string[],
  from: string,
  days: number,
  limitCents: string,
  size: { width: number; height: number },
): ChartGeometry {
  const limit = BigInt(limitCents);
  const x = (date: string) => Math.round((Math.min(Math.max(daysBetween(from, date), 0), days) * size.width) / days);
  const y = (cents: bigint) => {
    const clamped = cents < 0n ? 0n : cents > limit ? limit : cents;
    return limit === 0n ? size.height : size.height - Number((clamped * BigInt(size.height)) / limit);
  };
  const yOn = (date: string) => {
    let at = steps[0];
    for (const step of steps) if (step.date <= date) at = step;
    return y(BigInt(at?.remainingCents ?? '0'));
  };
  let line = '';
  steps.forEach((step, i) => {
    const sx = x(step.date);
    const sy = y(BigInt(step.remainingCents));
    line += i === 0 ? `M${sx} ${sy}` : `H${sx}V${sy}`;
  });
  line += `H${size.width}`;
  const area = `${line}V${size.height}H${x(steps[0]?.date ?? from)}Z`;
  const markers = markerDates.map((date) => ({ date, x: x(date), y: yOn(date) }));
  const grid = [1, 0.75, 0.5, 0.25, 0].map((share) => ({ share, y: Math.round(size.height * (1 - share)) }));
  return { line, area, markers, grid };
}
