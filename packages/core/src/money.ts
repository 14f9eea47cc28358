// R-money: exact amounts in integer minor units (bigint), rounded once, half away from zero.
import { minorDigits } from './currencies.js';
import type { Locale, Money } from './types.js';

/** An exact amount: `minor` units of `currency`, which has `digits` minor digits (ISO 4217). */
export interface Amount {
  readonly minor: bigint;
  readonly currency: string;
  readonly digits: number;
}

/** An exact non-rounded value num/den in minor units (den > 0). */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** Whether `code` is an active ISO 4217 currency (R-money.1). */
export function isCurrency(code: string): boolean {
  return minorDigits.has(code);
}

/** Minor digits of a currency from core's ISO 4217 table (USD 2, KRW 0, JPY 0, HUF 2, BHD 3, IQD 3); 2 if unknown. */
export function currencyDigits(currency: string): number {
  return minorDigits.get(currency) ?? 2;
}

/** The minor digits of an ISO 4217 currency; undefined when `code` is none (isCurrency and currencyDigits in one). */
export function digitsOf(code: string): number | undefined {
  // Requests mostly name one currency: the last one's answer is kept (a comparison of three letters, not a lookup).
  if (code === lastCode) return lastDigits;
  const digits = minorDigits.get(code);
  if (digits !== undefined) {
    lastCode = code;
    lastDigits = digits;
  }
  return digits;
}

let lastCode = '';
let lastDigits = 0;

/** An amount longer than this is refused: no real price has 31 digits, and huge ones would make every step slow. */
export const MAX_AMOUNT_DIGITS = 30;

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string with at most the currency's minor digits.
 * Returns a reason string when it cannot be parsed, never throws.
 */
export function parseAmount(text: string, currency: string): Amount | string {
  return parseAmountIn(text, currency, currencyDigits(currency));
}

/** parseAmount for a currency whose minor digits are known (currencyDigits(currency)). */
export function parseAmountIn(text: string, currency: string, digits: number): Amount | string {
  const plain = plainMinor(text, digits);
  if (plain !== undefined) {
    const amount = { minor: BigInt(plain), currency, digits };
    lastRead = amount;
    lastReadText = text;
    lastReadSmall = plain;
    return amount;
  }
  const match = DECIMAL.exec(text);
  if (!match) return `"${text.slice(0, 40)}" is not a decimal number such as "3650.00"`;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole.length + fraction.length > MAX_AMOUNT_DIGITS) {
    return `the amount has ${whole.length + fraction.length} digits; at most ${MAX_AMOUNT_DIGITS} are accepted`;
  }
  if (fraction.length > digits) {
    return digits === 0
      ? `${currency} has no minor unit: "${text}" must be a whole number`
      : `${currency} has ${digits} minor digits: "${text}" has ${fraction.length}`;
  }
  const minor = BigInt(`${whole}${fraction.padEnd(digits, '0')}`);
  return { minor: sign === '-' ? -minor : minor, currency, digits };
}

/** Powers of ten for the minor digits of every currency (0 to 4). */
const SCALE = [1, 10, 100, 1000, 10_000];
const SCALE_BIG = [1n, 10n, 100n, 1000n, 10_000n];

/**
 * The common case of parseAmount without a regex: "-"?, digits, and optionally "." with 1 to `digits` digits, at most
 * 15 digits once padded to the minor unit. The digits are gathered into an integer below 10^15 < 2^53, so every step
 * is exact (no fraction is ever formed); parseAmount makes it a bigint. Anything else (longer, malformed) returns
 * undefined and takes the regex path, which also writes the reasons.
 */
function plainMinor(text: string, digits: number): number | undefined {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let value = 0;
  let whole = 0;
  let fraction = -1;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && fraction < 0) {
      fraction = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
    if (fraction < 0) whole++;
    else fraction++;
  }
  if (whole === 0 || fraction === 0 || fraction > digits || whole + digits > 15) return undefined;
  const minor = value * (SCALE[fraction < 0 ? digits : digits - fraction] ?? 1);
  return negative ? -minor : minor;
}

/**
 * The minor units of a plain amount (the text parseAmount reads without a regex: digits, at most `digits` decimals,
 * below 10^15 once padded), with no Amount built; undefined for any other text, which parseAmount then reads or refuses.
 */
export function plainMinorUnits(text: string, digits: number): bigint | undefined {
  const minor = plainMinor(text, digits);
  return minor === undefined ? undefined : BigInt(minor);
}

/** The contract's plain string: exactly the currency's minor digits, "-" for negatives. */
export function amountString(amount: Amount): string {
  const { minor, digits } = amount;
  const negative = minor < 0n;
  let text = (negative ? -minor : minor).toString();
  if (digits > 0) {
    if (text.length <= digits) text = text.padStart(digits + 1, '0');
    const cut = text.length - digits;
    text = `${text.slice(0, cut)}.${text.slice(cut)}`;
  }
  return negative ? `-${text}` : text;
}

// The amount parseAmount read last, its text and its minor units as an exact integer below 10^15: a price read from its
// contract text need not be printed again, and small-integer arithmetic (small-refund.ts) need not convert it back.
let lastRead: Amount | undefined;
let lastReadText = '';
let lastReadSmall = 0;

/** The minor units of `amount` as an exact integer number when parseAmount read it last on its plain path; else NaN. */
export function smallMinorRead(amount: Amount): number {
  return amount === lastRead ? lastReadSmall : Number.NaN;
}

/** The text `amount` was read from, when parseAmount read it last and that text is already amountString(amount). */
export function textReadFor(amount: Amount): string | undefined {
  return amount === lastRead && isCanonicalAmount(lastReadText, amount.digits) ? lastReadText : undefined;
}

/**
 * Whether `text`, read by parseAmount as a non-negative amount with `digits` minor digits, is already what
 * amountString prints for it: no sign, no leading zero, exactly `digits` decimals. (Then it need not be built again.)
 */
export function isCanonicalAmount(text: string, digits: number): boolean {
  if (text.charCodeAt(0) === 45) return false;
  const wholeLength = digits === 0 ? text.length : text.length - digits - 1;
  if (wholeLength < 1 || (digits > 0 && text.charCodeAt(wholeLength) !== 46)) return false;
  if (digits === 0 && text.indexOf('.') >= 0) return false;
  return wholeLength === 1 || text.charCodeAt(0) !== 48;
}

/**
 * Small-integer arithmetic for the hot paths, exact where its callers prove their integers small: every integer below
 * 2^53 is a double, and so are sums and products that stay below it (a product or sum that would reach 2^53 comes out
 * at 2^53 or more, since rounding keeps the order, so a result below it is exact). Never a fraction: only integer
 * division, floored, which is exact when dividend + divisor < 2^53 (below).
 */
export const EXACT_INTEGERS = 2 ** 53;

/**
 * roundHalfAway for integers num ≥ 0 and den > 0 given as numbers, with 2 × num + 3 × den < 2^53: then
 * floor((2 num + den) / (2 den)) is exact. (For integers a ≥ 0, b > 0 with a + b < 2^53, a / b is at most
 * floor(a / b) + 1 − 1 / b, and the double nearest to it is within (floor + 1) × 2^−53 ≤ (a + b) / b × 2^−53 < 1 / b
 * of it, so it never reaches the next integer.) tests: money.test.ts compares it with roundHalfAway.
 */
export function roundSmall(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/** A bigint of at most 2^53 in magnitude as the same integer number (exact: every such integer is a double); NaN for others. */
export function exactSmall(minor: bigint): number {
  return minor > EXACT_BIG || minor < -EXACT_BIG ? Number.NaN : Number(minor);
}

const EXACT_BIG = BigInt(EXACT_INTEGERS);

/** amountString for an exact integer number of minor units, |minor| < 2^52 (the same text). */
export function smallAmountString(minor: number, digits: number): string {
  const negative = minor < 0;
  const magnitude = negative ? -minor : minor;
  let text: string;
  if (digits === 0) text = `${magnitude}`;
  else {
    // The fraction padded by a leading 1 cut off: 5 cents are "0." + "105".slice(1).
    const unit = SCALE[digits] ?? 10 ** digits;
    const whole = Math.floor(magnitude / unit);
    text = `${whole}.${`${magnitude - whole * unit + unit}`.slice(1)}`;
  }
  return negative ? `-${text}` : text;
}

/** The same currency with another number of minor units. (Literal objects, not spreads: spreads are slow on hot paths.) */
export function withMinor(amount: Amount, minor: bigint): Amount {
  return { minor, currency: amount.currency, digits: amount.digits };
}

/**
 * The texts of one result's amounts, each built once: an estimate shows the same few amounts many times (the refund
 * in its steps, its fee step and its figures). Amounts of one currency have one number of digits (currencyDigits).
 */
export class AmountTexts {
  private readonly entries: AmountText[] = [];
  private zero: AmountText | undefined;

  private find(amount: Amount): AmountText {
    const { minor, currency } = amount;
    if (minor === 0n) {
      if (this.zero?.currency !== currency) this.zero = zeroText(amount);
      return this.zero;
    }
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.minor === minor && entry.currency === currency) return entry;
    }
    const entry: AmountText = { minor, currency, text: amountString(amount), param: undefined };
    entries.push(entry);
    return entry;
  }

  /** The contract's string (amountString). */
  text(amount: Amount): string {
    return this.find(amount).text;
  }

  /** Records `text` as the amount's text: it must be amountString(amount) (see isCanonicalAmount). */
  seed(amount: Amount, text: string): void {
    if (amount.minor !== 0n)
      this.entries.push({ minor: amount.minor, currency: amount.currency, text, param: undefined });
  }

  /** A step's money parameter: "3650.00 USD". */
  param(amount: Amount): string {
    const entry = this.find(amount);
    if (entry.param === undefined) entry.param = `${entry.text} ${entry.currency}`;
    return entry.param;
  }

  money(amount: Amount): Money {
    return { amount: this.find(amount).text, currency: amount.currency };
  }
}

interface AmountText {
  readonly minor: bigint;
  readonly currency: string;
  readonly text: string;
  param: string | undefined;
}

// Zero is in nearly every result (no fee, nothing counted yet, nothing left to pay): its texts are kept per currency.
const zeroTexts = new Map<string, AmountText>();

function zeroText(amount: Amount): AmountText {
  let entry = zeroTexts.get(amount.currency);
  if (!entry) {
    entry = { minor: 0n, currency: amount.currency, text: amountString(amount), param: undefined };
    // Currencies are a short list (ISO 4217); a bound keeps an odd caller from growing it.
    if (zeroTexts.size < 512) zeroTexts.set(amount.currency, entry);
  }
  return entry;
}

export function toMoney(amount: Amount): Money {
  return { amount: amountString(amount), currency: amount.currency };
}

export function amountOf(minor: bigint, currency: string): Amount {
  return { minor, currency, digits: currencyDigits(currency) };
}

export function zero(currency: string): Amount {
  return amountOf(0n, currency);
}

export function add(a: Amount, b: Amount): Amount {
  return { minor: a.minor + b.minor, currency: a.currency, digits: a.digits };
}

export function subtract(a: Amount, b: Amount): Amount {
  return { minor: a.minor - b.minor, currency: a.currency, digits: a.digits };
}

export function sum(currency: string, amounts: readonly Amount[]): Amount {
  let minor = 0n;
  for (const amount of amounts) minor += amount.minor;
  return amountOf(minor, currency);
}

/** Rounds num/den to an integer, half away from zero (R-money.3). */
export function roundHalfAway(num: bigint, den: bigint): bigint {
  if (den < 0n) return roundHalfAway(-num, -den);
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  const rounded = (2n * magnitude + den) / (2n * den);
  return negative ? -rounded : rounded;
}

/** num / den rounded up (towards +∞), for amounts that must cover a value (R-exchange.7). */
export function ceilDivide(num: bigint, den: bigint): bigint {
  const quotient = num / den;
  return quotient * den < num ? quotient + 1n : quotient;
}

/** amount × num / den, rounded once to the currency's minor unit. */
export function scale(amount: Amount, num: bigint, den: bigint): Amount {
  return { minor: roundHalfAway(amount.minor * num, den), currency: amount.currency, digits: amount.digits };
}

/**
 * Converts to USD cents with a rate given as a decimal string "USD per unit" (R-cap.3):
 * the rounded billing amount × rate, rounded to cents.
 */
export function toUsd(amount: Amount, rate: Fraction): Amount {
  if (amount.currency === 'USD') return amount;
  // minor units of the billing currency → USD cents: × rate × 100 / 10^digits
  const num = amount.minor * rate.num * 100n;
  const den = rate.den * (SCALE_BIG[amount.digits] ?? 10n ** BigInt(amount.digits));
  return amountOf(roundHalfAway(num, den), 'USD');
}

/** Parses a positive decimal rate such as "1.25" or "0.00072" into an exact fraction. */
export function parseRate(text: string): Fraction | string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return `"${text.slice(0, 40)}" is not a positive decimal rate such as "1.25"`;
  const [, whole = '', fraction = ''] = match;
  if (whole.length + fraction.length > MAX_AMOUNT_DIGITS) {
    return `the rate has ${whole.length + fraction.length} digits; at most ${MAX_AMOUNT_DIGITS} are accepted`;
  }
  const num = BigInt(`${whole}${fraction}`);
  if (num === 0n) return 'the rate must be greater than zero';
  return { num, den: 10n ** BigInt(fraction.length) };
}

export function compare(a: Amount, b: Amount): number {
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

export function min(a: Amount, b: Amount): Amount {
  return compare(a, b) <= 0 ? a : b;
}

/**
 * Money in a problem's message: the code, a plain space and the amount with its thousands grouped ("USD 50,100.00",
 * "-USD 10,000.00"), as formatMoney writes it in English; built from the exact text, without Intl (a refusal's
 * message names three amounts, and Intl takes microseconds each).
 */
export function messageMoney(amount: Amount): string {
  const text = amountString(amount);
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  return `${negative ? '-' : ''}${amount.currency} ${grouped}${dot < 0 ? '' : body.slice(dot)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats money for people in a locale ("$3,650.00", "US$3,650.00", "₩1,234,568"). Exact: Intl formats
 * the decimal string itself, so no binary floating point is involved.
 */
export function formatMoney(money: Money, locale: Locale): string {
  const key = `${locale}|${money.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyDigits(money.currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'code',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  // Intl.NumberFormat v3 accepts decimal strings and formats them exactly.
  return formatter.format(money.amount as unknown as number);
}

/** A contract amount ("100", "100.00") in exact minor units of its currency; undefined when it is not one. */
export function minorUnits(text: string, currency: string): bigint | undefined {
  const amount = parseAmount(text.trim(), currency);
  return typeof amount === 'string' ? undefined : amount.minor;
}
