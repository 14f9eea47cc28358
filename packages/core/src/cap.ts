// R-cap: the USD 50,000 refund limit over a rolling window of 365 days.
import { type Day, formatDate } from './dates.js';
import { amountOf, toMoney } from './money.js';
import { type Policy, policyInForce } from './policies.js';
import type { CapStatus, Money, Result } from './types.js';
import { isSharedLedger, type ParsedLedgerEntry, Problems, readDate, readLedger, readObject } from './validate.js';

/** R-cap.4: a past refund counts on `day` while 0 ≤ day − its date < window. */
export function countsOn(entry: ParsedLedgerEntry, day: Day, windowDays: number): boolean {
  const age = day - entry.date;
  return age >= 0 && age < windowDays;
}

/** A ledger sorted by date, with running sums: what counts on a day is a range of it, found by binary search. */
export interface LedgerIndex {
  /** The entries by date; entries of one date keep the ledger's order (a stable sort). */
  readonly sorted: readonly ParsedLedgerEntry[];
  /** sums[i]: the cents of the first i sorted entries. */
  readonly sums: readonly bigint[];
  /** Per window length: each sorted entry's refill (R-cap.4), built once and frozen, for capStatus. */
  readonly refills: Map<number, readonly CapStatus['refills'][number][]>;
}

const indexes = new WeakMap<readonly ParsedLedgerEntry[], LedgerIndex>();

/** The index of a ledger; a frozen ledger's (shared reading) is built once and kept. */
export function ledgerIndex(ledger: readonly ParsedLedgerEntry[]): LedgerIndex {
  const shared = isSharedLedger(ledger);
  if (shared) {
    const known = indexes.get(ledger);
    if (known) return known;
  }
  const sorted = [...ledger].sort((a, b) => a.date - b.date);
  const sums: bigint[] = [0n];
  let total = 0n;
  for (const entry of sorted) {
    total += entry.usdCents;
    sums.push(total);
  }
  const index: LedgerIndex = { sorted, sums, refills: new Map() };
  if (shared) indexes.set(ledger, index);
  return index;
}

/** The number of sorted entries dated on or before `day`. */
export function datedUpTo(sorted: readonly ParsedLedgerEntry[], day: Day): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.date <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** R-cap.4: the sorted entries that count on `day` are those from index `from` up to (not including) `to`. */
export function countedRange(index: LedgerIndex, day: Day, windowDays: number): { from: number; to: number } {
  return { from: datedUpTo(index.sorted, day - windowDays), to: datedUpTo(index.sorted, day) };
}

export function consumedOn(ledger: readonly ParsedLedgerEntry[], day: Day, windowDays: number): bigint {
  if (isSharedLedger(ledger) && ledger.length > 16) {
    const index = ledgerIndex(ledger);
    const { from, to } = countedRange(index, day, windowDays);
    return index.sums[to]! - index.sums[from]!;
  }
  let cents = 0n;
  for (const entry of ledger) if (countsOn(entry, day, windowDays)) cents += entry.usdCents;
  return cents;
}

/**
 * The counted total for days visited in increasing order, in O(ledger + days) overall: entries enter the window
 * on their date and leave it `windowDays` later.
 */
export class RollingWindow {
  private readonly entering: readonly ParsedLedgerEntry[];
  private nextIn = 0;
  private nextOut = 0;
  private cents = 0n;
  private lastDay = Number.NEGATIVE_INFINITY;

  constructor(
    ledger: readonly ParsedLedgerEntry[],
    private readonly windowDays: number,
  ) {
    this.entering = ledgerIndex(ledger).sorted;
  }

  /** The total counted on `day`; days must not decrease between calls. */
  on(day: Day): bigint {
    if (day < this.lastDay) throw new RangeError('RollingWindow days must not decrease');
    this.lastDay = day;
    const entries = this.entering;
    while (this.nextIn < entries.length && entries[this.nextIn]!.date <= day) {
      this.cents += entries[this.nextIn++]!.usdCents;
    }
    while (this.nextOut < entries.length && entries[this.nextOut]!.date + this.windowDays <= day) {
      this.cents -= entries[this.nextOut++]!.usdCents;
    }
    return this.cents;
  }

  /** The first day after the last one asked for on which the total changes; Infinity when it never does again. */
  nextChange(): Day {
    const entries = this.entering;
    const entering = this.nextIn < entries.length ? entries[this.nextIn]!.date : Number.POSITIVE_INFINITY;
    const leaving =
      this.nextOut < entries.length ? entries[this.nextOut]!.date + this.windowDays : Number.POSITIVE_INFINITY;
    return Math.min(entering, leaving);
  }
}

function refill(entry: ParsedLedgerEntry, windowDays: number): CapStatus['refills'][number] {
  return { date: formatDate(entry.date + windowDays), amount: toMoney(amountOf(entry.usdCents, 'USD')) };
}

/** The refills of sorted entries from..to: a frozen ledger's are built once, frozen, and shared by every status. */
function refillsOf(index: LedgerIndex, shared: boolean, from: number, to: number, windowDays: number) {
  if (!shared) {
    const refills: CapStatus['refills'] = [];
    for (let i = from; i < to; i++) refills.push(refill(index.sorted[i]!, windowDays));
    return refills;
  }
  let all = index.refills.get(windowDays);
  if (!all) {
    all = index.sorted.map((entry) => {
      const item = refill(entry, windowDays);
      Object.freeze(item.amount);
      return Object.freeze(item);
    });
    index.refills.set(windowDays, all);
  }
  return all.slice(from, to);
}

function usd(cents: bigint): Money {
  return toMoney(amountOf(cents, 'USD'));
}

function status(ledger: readonly ParsedLedgerEntry[], day: Day, policy: Policy): CapStatus {
  const { windowDays, capUsdCents } = policy.parameters;
  const index = ledgerIndex(ledger);
  const { from, to } = countedRange(index, day, windowDays);
  const consumed = index.sums[to]! - index.sums[from]!;
  return {
    consumedRefundsTotal: usd(consumed),
    maxRefundLimit: usd(capUsdCents),
    remaining: usd(capUsdCents - consumed),
    refills: refillsOf(index, isSharedLedger(ledger), from, to, windowDays),
  };
}

/**
 * How much of the limit a customer has used on a date, and when each counted refund drops out (R-cap.4). For a frozen
 * ledger (freezeLedger) the ledger is read, sorted and summed once, and its refills are frozen objects shared by calls.
 */
export function capStatus(request: unknown): Result<CapStatus> {
  const problems = new Problems();
  const raw = readObject(request, '', problems);
  if (!raw) return { ok: false, errors: problems.list };
  const date = readDate(raw.date, 'date', problems);
  if (raw.ledger === undefined) problems.add('INVALID_INPUT', 'ledger', 'ledger must be an array of earlier refunds');
  const ledger = readLedger(raw.ledger, 'ledger', problems);
  if (!problems.empty || date === undefined) return { ok: false, errors: problems.list };
  return { ok: true, value: status(ledger, date, policyInForce(formatDate(date))) };
}
