import { parameterOn } from '@refund-desk/core';
import type { PlausibilityFlag, RefundRecord } from '../shapes';

// Checks that hold a ledger entry back until the agent confirms it: one refund over the limit (R-cap.1: the limit is
// core's capUsdCents on the refund's date), a date after today (UTC), an amount not in USD (the limit counts USD).
// Amounts are the contract's decimal strings; they are compared digit by digit, never as floating-point numbers.

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** The decimal as an exact scaled integer: value × 10^scale, or undefined when it is not a plain decimal. */
function scaled(text: string, scale: number): bigint | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > scale) return undefined;
  return BigInt(whole + fraction.padEnd(scale, '0'));
}

/** Whether two decimal strings are the same amount ("100" and "100.00"), exactly. */
export function sameAmount(a: string, b: string): boolean {
  const scale = Math.max(a.length, b.length);
  const x = scaled(a, scale);
  const y = scaled(b, scale);
  return x !== undefined && y !== undefined ? x === y : a.trim() === b.trim();
}

export function plausibilityFlags(refund: RefundRecord, today: string, currency = 'USD'): PlausibilityFlag[] {
  const flags: PlausibilityFlag[] = [];
  const limitCents = parameterOn('capUsdCents', refund.date).value;
  const scale = refund.amount.length;
  const amount = scaled(refund.amount, scale);
  if (amount !== undefined && amount * 100n > limitCents * 10n ** BigInt(scale)) {
    flags.push({
      code: 'OVER_LIMIT',
      message: `${refund.amount} USD is more than the whole limit of ${limitCents / 100n} USD for one customer: check the figure (the estimate's "counts against the limit").`,
    });
  }
  if (refund.date > today) {
    flags.push({
      code: 'FUTURE_DATE',
      message: `${refund.date} is after today (${today}, UTC): record a refund once it is made.`,
    });
  }
  if (currency !== 'USD') {
    flags.push({
      code: 'NOT_USD',
      message: `The amount is in ${currency}; the limit counts USD. Keep it only once it is the USD figure.`,
    });
  }
  return flags;
}
