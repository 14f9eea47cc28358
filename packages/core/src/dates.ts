// R-time: UTC calendar dates as whole day numbers (days since 1970-01-01). No time of day, no local zones.
import type { IsoDate } from './types.js';

/** Days since 1970-01-01 (UTC). */
export type Day = number;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const MAX_OFFSET_MINUTES = 14 * 60;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days of a month (1–12) in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Every date of a request is read and worked out several times (term end, payments, steps): for the years 1900 to
// 2199 the day a year starts, and whether it is a leap year, come from a table instead of divisions (formulas below
// for any other year; dates.test.ts checks both against Date).
const TABLE_FROM = 1900;
const TABLE_YEARS = 300;
const yearStarts = new Int32Array(TABLE_YEARS);
const leapYears = new Uint8Array(TABLE_YEARS);
/** Days before each month (index 0 to 11) in a common year, and in a leap year from index 12. */
const monthStarts = new Int32Array(24);
for (let m = 1, common = 0; m <= 12; m++) {
  monthStarts[m - 1] = common;
  monthStarts[m + 11] = common + (m > 2 ? 1 : 0);
  common += daysInMonth(2001, m);
}

// Civil-date ↔ day-number conversions in integer arithmetic (the "days from civil" algorithm), far cheaper
// than building Date objects on the hot path of fitsOn.
export function daysFromCivil(year: number, month: number, day: number): Day {
  const index = year - TABLE_FROM;
  if (index >= 0 && index < TABLE_YEARS && month >= 1 && month <= 12) {
    return yearStarts[index]! + monthStarts[month - 1 + leapYears[index]! * 12]! + day - 1;
  }
  return formulaDaysFromCivil(year, month, day);
}

function formulaDaysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

for (let i = 0; i < TABLE_YEARS; i++) {
  yearStarts[i] = formulaDaysFromCivil(TABLE_FROM + i, 1, 1);
  leapYears[i] = isLeap(TABLE_FROM + i) ? 1 : 0;
}

export function civilFromDays(days: Day): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function dayOf(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const index = year - TABLE_FROM;
  if (index >= 0 && index < TABLE_YEARS) {
    const leap = leapYears[index]! * 12;
    const before = monthStarts[month - 1 + leap]!;
    const length = month === 12 ? 31 : monthStarts[month + leap]! - before;
    return day > length ? undefined : yearStarts[index]! + before + day - 1;
  }
  if (day > daysInMonth(year, month)) return undefined;
  return formulaDaysFromCivil(year, month, day);
}

/** A day with its civil date, as kept by civilOf. */
interface CivilDay {
  readonly days: Day;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// The two days whose civil dates were asked for or read last, the later one in `recent`: an estimate asks for its
// request date and its reservation's start several times each (the term's end, the payment schedule), and a batch or a
// planner asks with one date over and over. A plain date read (plainDate) is kept as read, without working it out.
let recent: CivilDay = { days: 0, year: 1970, month: 1, day: 1 };
let older: CivilDay = recent;

function keep(days: Day, year: number, month: number, day: number): CivilDay {
  older = recent;
  recent = { days, year, month, day };
  return recent;
}

/** civilFromDays, kept for the last two days (never to be changed: it is shared). */
export function civilOf(days: Day): Readonly<{ year: number; month: number; day: number }> {
  if (recent.days === days) return recent;
  if (older.days === days) {
    const found = older;
    older = recent;
    recent = found;
    return found;
  }
  const { year, month, day } = civilFromDays(days);
  return keep(days, year, month, day);
}

/** The digits of a plain "YYYY-MM-DD" text as the number YYYYMMDD (no allocation); -1 for any other text. */
function plainDigits(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  // Written out, not a loop: every request reads two or more dates, and this is most of the work.
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  // A character below '0' makes its value negative, which `>>> 0` turns into a huge one: one comparison each.
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9) return -1;
  if (m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return -1;
  return (y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 10_000 + (m1 * 10 + m2) * 100 + d1 * 10 + d2;
}

/**
 * The day of a plain "YYYY-MM-DD" text, undefined for any other text or a day the calendar lacks: for the many dates
 * read once and never printed again (a ledger's), without the civil-date cache civilOf keeps.
 */
export function plainDay(text: string): Day | undefined {
  const digits = plainDigits(text);
  if (digits < 0) return undefined;
  const year = Math.floor(digits / 10_000);
  const monthDay = digits - year * 10_000;
  const month = Math.floor(monthDay / 100);
  return dayOf(year, month, monthDay - month * 100);
}

/** The day of a plain "YYYY-MM-DD" text read digit by digit (the common case, far cheaper than a regex); null otherwise. */
function plainDate(text: string): Day | undefined | null {
  const digits = plainDigits(text);
  if (digits < 0) return null;
  const year = Math.floor(digits / 10_000);
  const monthDay = digits - year * 10_000;
  const month = Math.floor(monthDay / 100);
  const dom = monthDay - month * 100;
  const day = dayOf(year, month, dom);
  if (day !== undefined && recent.days !== day) {
    if (older.days === day) civilOf(day);
    else keep(day, year, month, dom);
  }
  return day;
}

/**
 * Parses "2025-01-07" or a full ISO timestamp, reduced to its UTC date (R-time.1). A timestamp without an
 * offset is read as UTC. Returns a reason string for anything else.
 */
export function parseDate(text: string): Day | string {
  const plain = plainDate(text);
  if (plain !== null) return plain ?? `"${text}" is not a calendar date`;
  const stamp = TIMESTAMP.exec(text);
  if (!stamp) return `"${text}" is not a date such as "2025-01-07"`;
  const [, y, mo, d, h, mi, s = '0', zone = 'Z'] = stamp;
  const local = dayOf(Number(y), Number(mo), Number(d));
  if (local === undefined || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return `"${text}" is not a valid timestamp`;
  }
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2));
    // Real UTC offsets run from −12:00 to +14:00; anything past ±14:00 is a typing error, not a zone.
    if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) {
      return `"${text}" has the UTC offset ${zone}, outside −14:00 to +14:00`;
    }
    offsetMinutes = sign * (hours * 60 + minutes);
  }
  const minutesUtc = local * 1440 + Number(h) * 60 + Number(mi) - offsetMinutes;
  return Math.floor(minutesUtc / 1440);
}

function formatCivil(day: Day): IsoDate {
  const { year, month, day: dom } = civilFromDays(day);
  const yyyy = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${dom < 10 ? '0' : ''}${dom}`;
}

// Every estimate prints the same few dates many times (term, request date, policy): each day's text is built once and
// kept, for days from 1900 to 2199, in blocks of 1,024 days allocated when first asked for.
const CACHED_FROM = -25_567; // 1900-01-01
const CACHED_DAYS = 109_573; // to 2199-12-31
const BLOCK = 1024;
const blocks: (IsoDate | undefined)[][] = [];

export function formatDate(day: Day): IsoDate {
  const index = day - CACHED_FROM;
  if (index >= 0 && index < CACHED_DAYS && (index | 0) === index) {
    let block = blocks[index >> 10];
    if (!block) {
      block = new Array<IsoDate | undefined>(BLOCK);
      blocks[index >> 10] = block;
    }
    const known = block[index & (BLOCK - 1)];
    if (known !== undefined) return known;
    const text = formatCivil(day);
    block[index & (BLOCK - 1)] = text;
    return text;
  }
  return formatCivil(day);
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day (R-time.3, R-monthly.1). */
export function addMonths(day: Day, months: number): Day {
  const date = civilOf(day);
  const total = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(date.day, daysInMonth(year, month)));
}

export function addDays(day: Day, days: number): Day {
  return day + days;
}

/** Today's UTC date. */
export function todayUtc(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
