// Sequential scheduling: units taken in a given order, each refunded on the earliest day, on or after the previous
// unit's day, on which it fits given the ones before it (the baseline's rule, docs/portfolio.md, for any order). A
// new order that shares a prefix with the last one reuses that prefix's days, so local search pays only for the rest.
import type { Day } from '../dates.js';
import { earliestFit, type Fit } from './plan-fit.js';
import type { CustomerProblem, PlannedRefund, Schedule } from './plan-schedule.js';
import type { CapWindow } from './plan-window.js';

export class Sequence {
  private readonly window: CapWindow;
  private order: number[] = [];
  /** Per position: where its unit went (null: it fits nowhere after the previous unit's day). */
  private fits: (Fit | null)[] = [];
  /** Per position: the previous unit's day and the cents recovered before it. */
  private before: { day: Day; cents: bigint }[] = [];

  constructor(private readonly problem: CustomerProblem) {
    this.window = problem.window.fresh();
  }

  /** Schedules `order` (a source index per unit) and returns the cents recovered. */
  run(order: readonly number[]): bigint {
    let common = 0;
    const known = Math.min(this.order.length, order.length);
    while (common < known && this.order[common] === order[common]) common++;
    for (let k = this.fits.length - 1; k >= common; k--) if (this.fits[k]) this.window.pop();
    this.fits.length = common;
    this.before.length = common;
    this.order = order.slice();
    const start = common === 0 ? { day: this.problem.date, cents: 0n } : this.next(common - 1);
    let { day, cents } = start;
    // A source whose unit found no day fails again while nothing is placed: the window and the day are unchanged.
    const failedAt = new Map<number, number>();
    let placed = 0;
    for (let k = common; k < order.length; k++) {
      const index = order[k]!;
      this.before.push({ day, cents });
      const source = this.problem.sources[index]!;
      const from = Math.max(day, source.first);
      const fit =
        failedAt.get(index) === placed || from > source.last
          ? null
          : earliestFit(source.values, 1, this.window, from, source.last);
      this.fits.push(fit);
      if (!fit) {
        failedAt.set(index, placed);
        continue;
      }
      this.window.push(fit.day, fit.cents);
      placed++;
      day = fit.day;
      cents += fit.cents;
    }
    return cents;
  }

  /** The day and cents after position k. */
  private next(k: number): { day: Day; cents: bigint } {
    const before = this.before[k]!;
    const fit = this.fits[k];
    return fit ? { day: fit.day, cents: before.cents + fit.cents } : before;
  }

  /** The refunds of the last order run. */
  schedule(): Schedule {
    const refunds: PlannedRefund[] = [];
    let cents = 0n;
    this.fits.forEach((fit, k) => {
      if (!fit) return;
      refunds.push({ source: this.order[k]!, day: fit.day, quantity: 1, cents: fit.cents });
      cents += fit.cents;
    });
    return { refunds, cents };
  }
}

/** One entry per candidate unit, sources in the given order. */
export function unitsInOrder(problem: CustomerProblem, sources: readonly number[]): number[] {
  const units: number[] = [];
  for (const index of sources) for (let unit = 0; unit < problem.sources[index]!.units; unit++) units.push(index);
  return units;
}
