// R-plan.3: the exchange alternative for units the plan cannot refund. Exchanges do not count against the limit
// (R-exchange.6); whether one is possible is estimateExchange's answer, and the trade-in size is R-exchange.7's.
import { type Day, formatDate } from '../dates.js';
import { estimateExchange } from '../exchange.js';
import { productByKey } from '../products.js';
import type { ExchangeEstimate } from '../types.js';
import type { ValueOptions } from './plan-values.js';
import type { UnplacedUnits } from './types.js';

type Alternative = UnplacedUnits['exchange'];

const NONE: Alternative = { possible: false, minimumSavingsPlanHourly: null };
/** No problem but the price asked of the purchase, which here only stands in for "a purchase as large as needed". */
function allows(estimate: ReturnType<typeof estimateExchange>): estimate is { ok: true; value: ExchangeEstimate } {
  if (!estimate.ok) return false;
  return estimate.value.policyResult.errors.every((problem) => problem.code === 'EXCHANGE_INSUFFICIENT_COMMITMENT');
}

/**
 * Can `quantity` units be exchanged on `day` (the plan's date, or the term's start when later)? Tried as an exchange
 * for the same product, then, for compute, as a trade-in to a savings plan (which the 2027 gate leaves open, R-gate.3).
 */
export function exchangeAlternative(
  reservation: Record<string, unknown>,
  quantity: number,
  day: Day,
  options: ValueOptions,
): Alternative {
  const product = typeof reservation.product === 'string' ? productByKey(reservation.product) : undefined;
  if (!product?.exchangeable || quantity < 1) return NONE;
  const ask = (purchase: Record<string, unknown>) =>
    estimateExchange({
      date: formatDate(day),
      returns: [{ reservation, quantity }],
      purchases: [{ ...purchase, price: reservation.price }],
      ...(options.policy !== undefined && { policy: options.policy }),
    });
  let estimate = ask({ product: product.key, term: reservation.term, billingPlan: 'Upfront' });
  if (!allows(estimate) && product.tradeInTo.includes('savings-plan-compute')) {
    estimate = ask({ product: 'savings-plan-compute', term: 'P1Y', billingPlan: 'Monthly' });
  }
  if (!allows(estimate)) return NONE;
  return { possible: true, minimumSavingsPlanHourly: estimate.value.minimumSavingsPlanHourly };
}
