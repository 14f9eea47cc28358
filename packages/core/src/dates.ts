// R-time: UTC calendar dates as whole day numbers (days since 1970-01-01). No time of day, no local zones.
import type { IsoDate } from './types.js';

/** Days since 1970-01-01 (UTC). */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOf(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * Parses "2025-01-07" or a full ISO timestamp, reduced to its UTC date (R-time.1). A timestamp without an
 * offset is read as UTC. Returns a reason string for anything else.
 */
export function parseDate(text: string): Day | string {
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const day = dayOf(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
    return day ?? `"${text}" is not a calendar date`;
  }
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
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  const minutesUtc = local * 1440 + Number(h) * 60 + Number(mi) - offsetMinutes;
  return Math.floor(minutesUtc / 1440);
}

export function formatDate(day: Day): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day (R-time.3, R-monthly.1). */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const dom = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month - 1, dom) / MS_PER_DAY;
}

export function addDays(day: Day, days: number): Day {
  return day + days;
}

/** Today's UTC date. */
export function todayUtc(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
