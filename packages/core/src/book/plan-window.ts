// R-cap.4 for the planner: what the limit counts on a day, from the customer's ledger plus the refunds planned so far.
import type { Day } from '../dates.js';
import type { ParsedLedgerEntry } from '../validate.js';

/** The first index whose value is greater than `x` in an ascending array. */
function after(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Ledger {
  days: number[];
  /** prefix[i] = cents of the first i entries by day. */
  prefix: bigint[];
  /** Every day the ledger's count changes: an entry's day and the day it drops out. */
  changes: number[];
}

function ledgerOf(entries: readonly ParsedLedgerEntry[], windowDays: number): Ledger {
  const sorted = [...entries].sort((a, b) => a.date - b.date);
  const prefix = [0n];
  for (const entry of sorted) prefix.push(prefix[prefix.length - 1]! + entry.usdCents);
  const changes = [...new Set(sorted.flatMap((entry) => [entry.date, entry.date + windowDays]))].sort((a, b) => a - b);
  return { days: sorted.map((entry) => entry.date), prefix, changes };
}

/**
 * The counted total on any day. Planned refunds are a stack whose days never decrease (every planner adds refunds
 * in date order), so both parts answer by binary search over prefix sums.
 */
export class CapWindow {
  private readonly plannedDays: number[] = [];
  private readonly plannedPrefix: bigint[] = [0n];

  private constructor(
    private readonly ledger: Ledger,
    readonly windowDays: number,
    readonly limit: bigint,
  ) {}

  static of(entries: readonly ParsedLedgerEntry[], windowDays: number, limit: bigint): CapWindow {
    return new CapWindow(ledgerOf(entries, windowDays), windowDays, limit);
  }

  /** The same ledger with nothing planned. */
  fresh(): CapWindow {
    return new CapWindow(this.ledger, this.windowDays, this.limit);
  }

  get plannedCount(): number {
    return this.plannedDays.length;
  }

  /** R-cap.4: entries with 0 ≤ day − date < windowDays. */
  consumed(day: Day): bigint {
    const { days, prefix } = this.ledger;
    const ledger = prefix[after(days, day)]! - prefix[after(days, day - this.windowDays)]!;
    const planned =
      this.plannedPrefix[after(this.plannedDays, day)]! -
      this.plannedPrefix[after(this.plannedDays, day - this.windowDays)]!;
    return ledger + planned;
  }

  /** What one more refund on `day` may count (R-cap.5: the total may reach the limit exactly). */
  room(day: Day): bigint {
    return this.limit - this.consumed(day);
  }

  /** The first day after `day` on which the count may change; Infinity when it never does. */
  nextChange(day: Day): Day {
    const { changes } = this.ledger;
    const i = after(changes, day);
    let next = i < changes.length ? changes[i]! : Number.POSITIVE_INFINITY;
    const planned = this.plannedDays;
    const out = after(planned, day - this.windowDays);
    if (out < planned.length) next = Math.min(next, planned[out]! + this.windowDays);
    const ahead = after(planned, day);
    if (ahead < planned.length) next = Math.min(next, planned[ahead]!);
    return next;
  }

  push(day: Day, cents: bigint): void {
    this.plannedDays.push(day);
    this.plannedPrefix.push(this.plannedPrefix[this.plannedPrefix.length - 1]! + cents);
  }

  pop(): void {
    this.plannedDays.pop();
    this.plannedPrefix.pop();
  }
}
