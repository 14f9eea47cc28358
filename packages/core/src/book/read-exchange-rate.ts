// R-book.9 (proposed): the cap's rate from the invoice. Partner Center's PCToBCExchangeRate is billing-currency units
// per pricing-currency unit; when the pricing currency is USD, USD per billing unit (the contract's usdPerUnit,
// R-cap.3) is its inverse. The inverse of a decimal is rarely a finite decimal, so it is written with 10 significant
// digits, rounded half away from zero: a relative error below 5e-11, under half a cent on any amount up to the
// USD 50,000 limit, so the rounded USD figures of R-cap.3 come out as with the exact inverse.
import { type Fraction, parseRate, roundHalfAway } from '../money.js';
import type { Read } from './read-cells.js';

const SIGNIFICANT = 10;

export function readRate(text: string): Read<Fraction> {
  const rate = parseRate(text.trim());
  return typeof rate === 'string' ? { reason: rate } : { value: rate };
}

/** 1 / rate as a decimal string with SIGNIFICANT significant digits (trailing zeros dropped). */
export function inverseRate(rate: Fraction): string {
  // value = rate.den / rate.num; find the power of ten that puts it in [10^(S-1), 10^S).
  const low = 10n ** BigInt(SIGNIFICANT - 1);
  const high = low * 10n;
  let shift = 0; // value × 10^shift
  let num = rate.den;
  let den = rate.num;
  while (num / den >= high) {
    den *= 10n;
    shift--;
  }
  while (num / den < low) {
    num *= 10n;
    shift++;
  }
  let digits = roundHalfAway(num, den);
  if (digits === high) {
    digits /= 10n;
    shift--;
  }
  return decimalText(digits, shift);
}

/** digits × 10^-shift as a plain decimal string. */
function decimalText(digits: bigint, shift: number): string {
  if (shift <= 0) return (digits * 10n ** BigInt(-shift)).toString();
  const text = digits.toString().padStart(shift + 1, '0');
  const whole = text.slice(0, text.length - shift);
  const fraction = text.slice(text.length - shift).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}
