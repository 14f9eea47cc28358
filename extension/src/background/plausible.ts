import { minorUnits, parameterOn } from '@refund-desk/core';
import type { PlausibilityFlag, RefundRecord } from '../shapes';

// Checks that hold a ledger entry back until the agent confirms it: one refund over the limit (R-cap.1: the limit is
// core's capUsdCents on the refund's date), a date after today (UTC), an amount not in USD (the limit counts USD).
// Amounts are the contract's decimal strings, compared as core's exact minor units, never as floating-point numbers.

/** Whether two USD amounts are the same ("100" and "100.00"), exactly as money (core's minor units). */
export function sameAmount(a: string, b: string): boolean {
  const x = minorUnits(a, 'USD');
  const y = minorUnits(b, 'USD');
  return x !== undefined && y !== undefined ? x === y : a.trim() === b.trim();
}

export function plausibilityFlags(refund: RefundRecord, today: string, currency = 'USD'): PlausibilityFlag[] {
  const flags: PlausibilityFlag[] = [];
  const limitCents = parameterOn('capUsdCents', refund.date).value;
  const cents = minorUnits(refund.amount, 'USD');
  if (cents !== undefined && cents > limitCents) {
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
