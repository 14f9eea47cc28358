// R-cap.2–3 for searches: what returning q units of one reservation counts against the limit on a day, in USD cents,
// without building a whole return value; and the two searches of R-cap.6 built on it. Internal (not in the contract):
// estimateRefund uses it, and so may a planner that asks about one reservation on many days and quantities.
import { RollingWindow } from './cap.js';
import type { Day } from './dates.js';
import { type Fraction, roundHalfAway } from './money.js';
import type { Policy } from './policies.js';
import { basisOf, paymentDays } from './return-value.js';
import { type ParsedLedgerEntry, type ParsedReservation, termYears } from './validate.js';

const POWERS_OF_TEN = [1n, 10n, 100n, 1000n, 10_000n];

/**
 * capUse (R-cap.2) of a reservation under a policy and a USD rate: refund now (before any fee) plus canceled future
 * payments, in the billing currency, then in USD cents (R-cap.3). The same formulas as returnValue, term by term, in
 * bigint; returnValue's tests, the vectors, the property tests and tests/bench/diff-check.mjs hold the two together.
 */
export class CapUse {
  readonly reservation: ParsedReservation;
  readonly policy: Policy;
  // Every rounding here is of a non-negative num/den, half away from zero: (2 × num + den) / (2 × den), the
  // doubled constants worked out once. Same values as roundHalfAway (money.ts).
  private readonly price2: bigint;
  private readonly basis2: bigint;
  /** Units owned × payments (1 upfront), and twice that. */
  private readonly den: bigint;
  private readonly den2: bigint;
  private readonly payments: number;
  private readonly fullCreditLast: Day;
  /** USD cents per billing minor unit, twice num/den (R-cap.3); null when the billing currency is USD. */
  private readonly usd2: bigint | null;
  private readonly usdDen: bigint;
  private schedule: readonly Day[] | undefined;
  // What depends only on the quantity, or only on the day, kept from the call before: the searches vary one of them.
  private quantity = -1;
  private priceQ2 = 0n;
  private basisQ2 = 0n;
  private day = Number.NaN;
  private fullCredit = false;
  /** Completed payments (1 upfront) and payments not yet due. */
  private completed = 1n;
  private left = 0n;
  /** The used part's days and its denominator: elapsed / (den × termDays) upfront, daysUsed / (den × periodDays). */
  private usedDays = 0n;
  private usedSpan = 1n;
  private usedDen = 1n;
  private usedDen2 = 2n;

  constructor(reservation: ParsedReservation, policy: Policy, usdRate: Fraction) {
    this.reservation = reservation;
    this.policy = policy;
    this.price2 = 2n * reservation.price.minor;
    this.basis2 = 2n * basisOf(reservation, policy).basis.minor;
    this.payments = reservation.billingPlan === 'Monthly' ? 12 * termYears(reservation.term) : 1;
    this.den = BigInt(reservation.quantity) * BigInt(this.payments);
    this.den2 = 2n * this.den;
    // R-refund.2: full credit through this day when unused; never when used.
    this.fullCreditLast = reservation.used
      ? Number.NEGATIVE_INFINITY
      : reservation.span.start + policy.parameters.fullCreditDays;
    const usd = reservation.price.currency === 'USD';
    this.usd2 = usd ? null : 2n * usdRate.num * 100n;
    this.usdDen = usd ? 1n : usdRate.den * (POWERS_OF_TEN[reservation.price.digits] ?? 1n);
  }

  /** USD cents counted by returning `quantity` units on `day` (a day inside the term). */
  cents(quantity: number, day: Day): bigint {
    this.prepare(quantity, day);
    const den = this.den;
    const den2 = this.den2;
    let billing: bigint;
    if (this.fullCredit) {
      // R-refund.2: all that was paid for the returned units (upfront: the price; monthly: the payments made).
      billing = ((this.priceQ2 + den) / den2) * this.completed;
    } else {
      // R-refund.1, R-monthly.3: round(base) − round(base × days used / days), base = basis × q / den.
      billing = (this.basisQ2 + den) / den2 - (this.basisQ2 * this.usedDays + this.usedDen) / this.usedDen2;
    }
    // R-monthly.4: the payments not yet due, price × q × left / den.
    if (this.left > 0n) billing += (this.priceQ2 * this.left + den) / den2;
    if (this.usd2 === null) return billing;
    return billing < 0n
      ? roundHalfAway(billing * (this.usd2 / 2n), this.usdDen)
      : (billing * this.usd2 + this.usdDen) / (2n * this.usdDen);
  }

  private prepare(quantity: number, day: Day): void {
    if (quantity !== this.quantity) {
      const q = BigInt(quantity);
      this.quantity = quantity;
      this.priceQ2 = this.price2 * q;
      this.basisQ2 = this.basis2 * q;
    }
    if (day !== this.day) this.moveTo(day);
  }

  private moveTo(day: Day): void {
    this.day = day;
    const start = this.reservation.span.start;
    this.fullCredit = day <= this.fullCreditLast;
    if (this.payments === 1) {
      this.completed = 1n;
      this.left = 0n;
      this.usedDays = BigInt(day - start);
      this.usedSpan = BigInt(this.reservation.span.termDays);
    } else {
      const schedule = this.paymentSchedule();
      const k = paymentsUpTo(schedule, day) - 1;
      const periodStart = schedule[k]!;
      this.completed = BigInt(k + 1);
      this.left = BigInt(this.payments - k - 1);
      this.usedDays = BigInt(day - periodStart);
      this.usedSpan = BigInt(schedule[k + 1]! - periodStart);
    }
    this.usedDen = this.den * this.usedSpan;
    this.usedDen2 = 2n * this.usedDen;
  }

  /**
   * Whether capUse on `day` never falls as the quantity grows, so that the quantities that fit form a prefix. Each
   * of its n rounded terms round(c × q) moves by more than c − 1 and less than c + 1 from q to q + 1, so their sum
   * (base − used + canceled, per unit a − b + c) moves by more than (a − b + c) − n: never down when a − b + c ≥
   * n − 1, i.e. when a unit is still worth a minor unit or two. Full credit is terms that only grow. The USD
   * conversion keeps the order.
   */
  growsWithQuantity(day: Day): boolean {
    if (day !== this.day) this.moveTo(day);
    if (this.fullCredit) return true;
    const terms = this.left > 0n ? 3n : 2n;
    // Twice (a − b + c) × usedDen ≥ twice (n − 1) × usedDen, in integers: usedDen = den × usedSpan.
    const worth = this.basis2 * (this.usedSpan - this.usedDays) + this.price2 * this.left * this.usedSpan;
    return worth >= 2n * (terms - 1n) * this.usedDen;
  }

  /**
   * The first day after `day` on which capUse may be higher than the day before; Infinity when it never is again.
   * Between such days capUse never rises (see earliestFit).
   */
  nextRise(day: Day): Day {
    let next = Number.POSITIVE_INFINITY;
    if (this.payments > 1) {
      const schedule = this.paymentSchedule();
      const upTo = paymentsUpTo(schedule, day);
      if (upTo < schedule.length) next = schedule[upTo]!;
    }
    if (day <= this.fullCreditLast && this.fullCreditLast + 1 < next) next = this.fullCreditLast + 1;
    return next;
  }

  /**
   * A lower bound of capUse on `day` that never rises from one day to a later one outside full credit (where it is 0),
   * for skipping days that cannot fit. The exact, unrounded value never rises over the term: within a payment period
   * only the used part grows; on a payment day the refund now rises by at most an installment of the basis while the
   * canceled payments fall by an installment of the price, which is no smaller (the basis is never above the price).
   * The billing amount is that value rounded in at most three parts, each within half a unit, so it is more than the
   * floored exact value − 2; the USD conversion keeps the order.
   */
  lowerBound(quantity: number, day: Day): bigint {
    this.prepare(quantity, day);
    if (this.fullCredit) return 0n;
    const exact =
      (this.basisQ2 * (this.usedSpan - this.usedDays) + this.priceQ2 * this.left * this.usedSpan) / this.usedDen2;
    const billing = exact - 2n;
    if (billing <= 0n || this.usd2 === null) return billing > 0n ? billing : 0n;
    return (billing * this.usd2 + this.usdDen) / (2n * this.usdDen);
  }

  /**
   * The first day in [from, to) on or after which `quantity` units may fit in `room` (lowerBound), by payment period;
   * `to` when none may. Days before it cannot fit; from it on, the exact search goes on.
   */
  firstCandidate(quantity: number, room: bigint, from: Day, to: Day): Day {
    if (from <= this.fullCreditLast) return from;
    if (this.lowerBound(quantity, to - 1) > room) return to;
    if (this.payments === 1) return from;
    const schedule = this.paymentSchedule();
    // Periods k … last: the first whose last day (within [from, to)) may fit; the last one may (checked above).
    let low = paymentsUpTo(schedule, from) - 1;
    let high = paymentsUpTo(schedule, to - 1) - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.lowerBound(quantity, Math.min(schedule[middle + 1]!, to) - 1) <= room) high = middle;
      else low = middle + 1;
    }
    return Math.max(from, schedule[low]!);
  }

  private paymentSchedule(): readonly Day[] {
    this.schedule ??= paymentDays(this.reservation);
    return this.schedule;
  }
}

/** How many payment days of `schedule` (ascending) are on or before `day`. */
function paymentsUpTo(schedule: readonly Day[], day: Day): number {
  let low = 0;
  let high = schedule.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (schedule[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * R-cap.6: the largest quantity up to `quantity` that fits on `day` with `consumed` already counted; 0 if none.
 * When what a return counts grows with its quantity (CapUse.growsWithQuantity: whenever a unit is worth a minor unit
 * or two) the fitting quantities are a prefix, found from the proportional guess in a few steps; otherwise the
 * binary search of the rule book's first implementation is kept as it was, so that the answer never changes.
 */
export function largestFittingQuantity(
  capUse: CapUse,
  quantity: number,
  day: Day,
  consumed: bigint,
  limit: bigint,
): number {
  const room = limit - consumed;
  if (!capUse.growsWithQuantity(day)) return bisectQuantity(capUse, quantity, day, room);
  const all = capUse.cents(quantity, day);
  if (all <= room) return quantity;
  if (room < 0n) return 0; // nothing fits: every quantity counts zero or more
  // What q units count is q × (all / quantity) give or take a few minor units: start there, then gallop and bisect.
  // (The guess is a count of units, at most `quantity`, not an amount.)
  const guess = Math.min(quantity - 1, Number((room * BigInt(quantity)) / (all > 0n ? all : 1n)));
  const fits = (q: number) => q === 0 || capUse.cents(q, day) <= room;
  let low: number; // fits (or 0)
  let high: number; // does not fit
  if (fits(guess)) {
    low = guess;
    let step = 1;
    while (low + step < quantity && fits(low + step)) {
      low += step;
      step *= 2;
    }
    high = Math.min(low + step, quantity);
  } else {
    high = guess;
    let step = 1;
    while (high - step > 0 && !fits(high - step)) {
      high -= step;
      step *= 2;
    }
    low = Math.max(high - step, 0);
  }
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/** The binary search over 0 … quantity (the last quantity for which it finds the request fitting). */
function bisectQuantity(capUse: CapUse, quantity: number, day: Day, room: bigint): number {
  let low = 0;
  let high = quantity;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (capUse.cents(middle, day) <= room) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * R-cap.6: the earliest day in [from, end) on which `quantity` units fit under `limit`, counting the ledger's refunds
 * as they enter and leave the window (R-cap.4); null when none does.
 *
 * Not day by day: the days are cut into stretches on which the counted total is constant (between two days on which
 * an entry enters or leaves the window) and capUse never rises (between two days of CapUse.nextRise). Within such a
 * stretch capUse only falls, because each part does, and the rounding and the USD conversion keep the order:
 * - upfront, round(base) is fixed and round(base × elapsed / termDays) grows with the day (R-refund.1);
 * - monthly, within one payment period the canceled payments and round(base) are fixed, and the used part grows
 *   (R-monthly.3, .4). At a payment day the refund now jumps up by an installment while the canceled payments fall
 *   by one; the two are rounded apart, so the sum can be a minor unit higher than the day before: a new stretch;
 * - full credit (R-refund.2) pays all that was paid until its last day; the next day starts a new stretch.
 * So "fits" turns true at most once in a stretch: when its last day fits, firstFitting finds the first that does.
 * Periods whose lower bound is already above the room are skipped without being asked (CapUse.firstCandidate).
 */
export function earliestFit(
  capUse: CapUse,
  quantity: number,
  ledger: readonly ParsedLedgerEntry[],
  windowDays: number,
  limit: bigint,
  from: Day,
  end: Day,
): Day | null {
  // R-cap.4: an entry whose window closed by `from` never counts again; with only such entries the room is the limit
  // on every day, and the ledger need not be sorted.
  const window = ledger.some((entry) => entry.date + windowDays > from)
    ? new RollingWindow(ledger, windowDays)
    : undefined;
  let day = from;
  while (day < end) {
    const room = window ? limit - window.on(day) : limit;
    const windowEnd = window ? Math.min(end, window.nextChange()) : end;
    let stretch = capUse.firstCandidate(quantity, room, day, windowEnd);
    while (stretch < windowEnd) {
      const last = Math.min(windowEnd, capUse.nextRise(stretch)) - 1;
      const atLast = capUse.cents(quantity, last);
      if (atLast <= room) return firstFitting(capUse, quantity, room, stretch, last, atLast);
      stretch = last + 1;
    }
    day = windowEnd;
  }
  return null;
}

/**
 * The first day in [first, last] that fits, where `last` fits and capUse never rises in between. Near-linear in the
 * day (only the used part moves), so the day is first guessed between the two ends and checked with the day before;
 * a binary search finishes when the guess misses.
 */
function firstFitting(capUse: CapUse, quantity: number, room: bigint, first: Day, last: Day, atLast: bigint): Day {
  const atFirst = capUse.cents(quantity, first);
  if (atFirst <= room) return first;
  let low = first; // does not fit
  let high = last; // fits
  if (high - low > 1 && atFirst > atLast) {
    // A count of days between the two ends, not an amount.
    const span = BigInt(high - low);
    const drop = atFirst - atLast;
    const ahead = Number(((atFirst - room) * span + drop - 1n) / drop);
    const guess = Math.min(high - 1, Math.max(low + 1, low + ahead));
    if (capUse.cents(quantity, guess) <= room) {
      high = guess;
      if (guess - 1 > low) {
        if (capUse.cents(quantity, guess - 1) > room) low = guess - 1;
        else high = guess - 1;
      }
    } else {
      low = guess;
      if (guess + 1 < high && capUse.cents(quantity, guess + 1) <= room) high = guess + 1;
    }
  }
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (capUse.cents(quantity, middle) <= room) high = middle;
    else low = middle;
  }
  return high;
}
