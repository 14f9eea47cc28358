// R-advise.1: how many units of a reservation to return, from its utilization. Exact: percentages are decimal strings
// and the arithmetic is on whole numbers.
import type { Problem } from '../types.js';
import { isRecord } from '../validate.js';

const PERCENT = /^(\d{1,3})(?:\.(\d{1,12}))?$/;

/** A percentage string as an exact fraction num / den, or undefined when it is not a percentage from 0 to 100. */
function readPercent(text: string): { num: bigint; den: bigint } | undefined {
  const match = PERCENT.exec(text);
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  const den = 10n ** BigInt(fraction.length);
  const num = BigInt(`${whole}${fraction}`);
  return num <= 100n * den ? { num, den } : undefined;
}

export type Advice = { units: number } | { problem: Problem };

/**
 * R-advise.1: floor(quantity × (100 − u) / 100), u the larger of the 7-day and 30-day utilization given (the cautious
 * choice). None (0) when neither is given, the quantity is unknown or the product is not refundable. A utilization that
 * is not a percentage is a problem, so it is never silently read as "none".
 */
export function adviseReturn(quantity: unknown, utilization: unknown, refundable: boolean): Advice {
  if (!refundable || typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) return { units: 0 };
  if (utilization === undefined || utilization === null) return { units: 0 };
  if (!isRecord(utilization)) {
    return {
      problem: {
        code: 'INVALID_INPUT',
        field: 'reservation.utilization',
        message: 'reservation.utilization must hold the 1-, 7- and 30-day utilization percentages',
      },
    };
  }
  let highest: { num: bigint; den: bigint } | undefined;
  for (const key of ['days7', 'days30'] as const) {
    const value = utilization[key];
    if (value === undefined || value === null) continue;
    const percent = typeof value === 'string' ? readPercent(value) : undefined;
    if (!percent) {
      const shown = typeof value === 'string' ? `"${value.slice(0, 20)}"` : typeof value;
      return {
        problem: {
          code: 'INVALID_INPUT',
          field: `reservation.utilization.${key}`,
          message: `the ${key === 'days7' ? '7' : '30'}-day utilization must be a percentage from 0 to 100 such as "87.5", not ${shown}`,
        },
      };
    }
    if (!highest || percent.num * highest.den > highest.num * percent.den) highest = percent;
  }
  if (!highest) return { units: 0 };
  // quantity × (100 − num/den) / 100 = quantity × (100·den − num) / (100·den), floored (both sides are ≥ 0).
  const units = (BigInt(quantity) * (100n * highest.den - highest.num)) / (100n * highest.den);
  return { units: Number(units) };
}
