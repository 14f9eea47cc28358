import { type CustomerPlan, describeProblem, formatMoney, type Locale, sameDayRefunds } from '@refund-desk/core';
import type { BookCustomerView } from '../shapes';
import { setLang, t } from '../ui/i18n';

/**
 * A customer's plan as the Partner Center banner lists it: one line per reservation and day (core's sameDayRefunds),
 * which says so when the plan makes several refunds of it that day, each line's words ready in the agent's language.
 */
export function planView(
  planned: CustomerPlan,
  names: ReadonlyMap<string, string | undefined>,
  lang: Locale,
): NonNullable<BookCustomerView['plan']> {
  setLang(lang);
  const money = (x: { amount: string; currency: string }) => formatMoney(x, lang);
  return {
    recovered: money(planned.recovered),
    actions: sameDayRefunds(planned.actions).map((line) => {
      const name = names.get(line.reservationId) ?? line.reservationId;
      const refundNow = money(line.billingRefundAmount);
      return {
        quantity: line.quantity,
        refunds: line.refunds,
        capUse: money(line.capUse),
        text:
          line.refunds > 1
            ? t('planActionSplit', line.date, line.quantity, name, refundNow, line.refunds)
            : t('planAction', line.date, line.quantity, name, refundNow),
      };
    }),
    unplaced: planned.unplaced.map((u) => ({
      reservationId: u.reservationId,
      quantity: u.quantity,
      reason: describeProblem({ code: u.reason as never, message: u.reason }, lang),
    })),
  };
}
