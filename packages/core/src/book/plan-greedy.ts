// The main planner: walk forward through the days that matter and fill the limit's room on each, in a priority order.
// The days that matter are the plan's date, each day a counted refund drops out of the window (R-cap.4), each day a
// reservation's term starts, and the first day a waiting unit's shrinking value fits the room that is left.
import type { Day } from '../dates.js';
import { earliestFit } from './plan-fit.js';
import type { CustomerProblem, PlannedRefund, Schedule } from './plan-schedule.js';
import { scheduleOf } from './plan-schedule.js';
import type { PlanSource } from './plan-sources.js';
import type { CapWindow } from './plan-window.js';

/** The most units, up to `left`, whose refund on `day` fits `room`; capUse(q) is q × the unit value rounded once. */
function mostUnits(
  source: PlanSource,
  day: Day,
  room: bigint,
  left: number,
  one: bigint,
): { q: number; cents: bigint } {
  const values = source.values;
  let q = Math.max(1, Math.min(left, Number(room / (one > 0n ? one : 1n))));
  let cents = values.capUse(q, day);
  while (q > 1 && (cents === null || cents > room)) cents = values.capUse(--q, day);
  while (q < left) {
    const more = values.capUse(q + 1, day);
    if (more === null || more > room) break;
    q++;
    cents = more;
  }
  return { q, cents: cents ?? 0n };
}

/** Fills the room on `day` in `order`; returns the refunds made. */
function fillDay(
  sources: readonly PlanSource[],
  order: readonly number[],
  left: number[],
  window: CapWindow,
  day: Day,
  refunds: PlannedRefund[],
): void {
  let room = window.room(day);
  for (const index of order) {
    if (room <= 0n) return;
    const source = sources[index]!;
    if (left[index] === 0 || day < source.first || day > source.last) continue;
    const one = source.values.capUse(1, day);
    if (one === null || one > room) continue;
    const { q, cents } = mostUnits(source, day, room, left[index]!, one);
    if (cents > room) continue;
    // capUse is rounded once per refund (R-money.3): q refunds of one unit can count more than one refund of q.
    const singles = one * BigInt(q);
    if (q > 1 && singles > cents && singles <= room) {
      for (let unit = 0; unit < q; unit++) {
        refunds.push({ source: index, day, quantity: 1, cents: one });
        window.push(day, one);
      }
      room -= singles;
    } else {
      refunds.push({ source: index, day, quantity: q, cents });
      window.push(day, cents);
      room -= cents;
    }
    left[index]! -= q;
  }
}

/** The next day that matters after `day`, or Infinity. */
function nextDay(
  sources: readonly PlanSource[],
  order: readonly number[],
  left: number[],
  window: CapWindow,
  day: Day,
) {
  let next = window.nextChange(day);
  for (const index of order) {
    const source = sources[index]!;
    if (left[index] === 0 || source.last <= day) continue;
    if (source.first > day) {
      next = Math.min(next, source.first);
      continue;
    }
    // A unit that did not fit may fit later as its value shrinks, before the room changes.
    const to = Math.min(source.last, next - 1);
    if (to <= day) continue;
    const fit = earliestFit(source.values, 1, window, day + 1, to);
    if (fit) next = fit.day;
  }
  return next;
}

export function greedySchedule(problem: CustomerProblem, order: readonly number[]): Schedule {
  const { sources } = problem;
  const window = problem.window.fresh();
  const left = sources.map((source) => source.units);
  const refunds: PlannedRefund[] = [];
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const source of sources) lastDay = Math.max(lastDay, source.last);
  let day: Day = problem.date;
  let unitsLeft = left.reduce((a, b) => a + b, 0);
  while (unitsLeft > 0 && day <= lastDay) {
    const before = refunds.length;
    fillDay(sources, order, left, window, day, refunds);
    for (let i = before; i < refunds.length; i++) unitsLeft -= refunds[i]!.quantity;
    if (unitsLeft === 0) break;
    day = nextDay(sources, order, left, window, day);
  }
  return scheduleOf(refunds);
}
