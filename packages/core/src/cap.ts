// R-cap: the USD 50,000 refund limit over a rolling window of 365 days.
import { type Day, formatDate } from './dates.js';
import { amountOf, toMoney } from './money.js';
import { type Policy, policyInForce } from './policies.js';
import type { CapStatus, Result } from './types.js';
import { type ParsedLedgerEntry, Problems, readDate, readLedger, readObject } from './validate.js';

/** R-cap.4: a past refund counts on `day` while 0 ≤ day − its date < window. */
export function countsOn(entry: ParsedLedgerEntry, day: Day, windowDays: number): boolean {
  const age = day - entry.date;
  return age >= 0 && age < windowDays;
}

export function consumedOn(ledger: readonly ParsedLedgerEntry[], day: Day, windowDays: number): bigint {
  let cents = 0n;
  for (const entry of ledger) if (countsOn(entry, day, windowDays)) cents += entry.usdCents;
  return cents;
}

/**
 * The counted total for days visited in increasing order, in O(ledger + days) overall: entries enter the window
 * on their date and leave it `windowDays` later.
 */
export class RollingWindow {
  private readonly entering: ParsedLedgerEntry[];
  private readonly leaving: ParsedLedgerEntry[];
  private nextIn = 0;
  private nextOut = 0;
  private cents = 0n;
  private lastDay = Number.NEGATIVE_INFINITY;

  constructor(
    ledger: readonly ParsedLedgerEntry[],
    private readonly windowDays: number,
  ) {
    this.entering = [...ledger].sort((a, b) => a.date - b.date);
    this.leaving = this.entering;
  }

  /** The total counted on `day`; days must not decrease between calls. */
  on(day: Day): bigint {
    if (day < this.lastDay) throw new RangeError('RollingWindow days must not decrease');
    this.lastDay = day;
    while (this.nextIn < this.entering.length && this.entering[this.nextIn]!.date <= day) {
      this.cents += this.entering[this.nextIn++]!.usdCents;
    }
    while (this.nextOut < this.leaving.length && this.leaving[this.nextOut]!.date + this.windowDays <= day) {
      this.cents -= this.leaving[this.nextOut++]!.usdCents;
    }
    return this.cents;
  }
}

function status(ledger: readonly ParsedLedgerEntry[], day: Day, policy: Policy): CapStatus {
  const { windowDays, capUsdCents } = policy.parameters;
  const counted = ledger.filter((entry) => countsOn(entry, day, windowDays)).sort((a, b) => a.date - b.date);
  let consumed = 0n;
  for (const entry of counted) consumed += entry.usdCents;
  return {
    consumedRefundsTotal: toMoney(amountOf(consumed, 'USD')),
    maxRefundLimit: toMoney(amountOf(capUsdCents, 'USD')),
    remaining: toMoney(amountOf(capUsdCents - consumed, 'USD')),
    refills: counted.map((entry) => ({
      date: formatDate(entry.date + windowDays),
      amount: toMoney(amountOf(entry.usdCents, 'USD')),
    })),
  };
}

/** How much of the limit a customer has used on a date, and when each counted refund drops out (R-cap.4). */
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
