// planRefunds (docs/portfolio.md, R-plan): per customer, which candidate units to refund on which days under the
// USD 50,000 limit, and what cannot be placed. How it works: the README, "How the refund planner works".
import { formatDate } from '../dates.js';
import { amountOf, toMoney } from '../money.js';
import type { Result } from '../types.js';
import { exchangeAlternative } from './plan-exchange.js';
import { replayRefunds } from './plan-replay.js';
import { type PlanInput, readPlanRequest } from './plan-request.js';
import { chooseSchedule } from './plan-search.js';
import { planSources } from './plan-sources.js';
import { CapWindow } from './plan-window.js';
import type { BookEntryCustomer } from './read-book.js';
import type { CustomerPlan, RefundPlan, UnplacedUnits } from './types.js';

function planCustomer(customer: BookEntryCustomer, input: PlanInput): { plan: CustomerPlan; cents: bigint } {
  const { windowDays, capUsdCents } = input.policy.parameters;
  const { sources, setAside } = planSources(customer, input);
  const problem = { date: input.date, window: CapWindow.of(customer.parsedLedger, windowDays, capUsdCents), sources };
  const schedule = chooseSchedule(problem);
  const replayed = replayRefunds(customer, sources, schedule.refunds, input.options, windowDays);

  const unplaced: UnplacedUnits[] = [];
  for (const item of setAside) {
    unplaced.push({
      reservationId: item.entry.reservationId,
      quantity: item.quantity,
      reason: item.reason,
      // R-book.12: what the customer no longer holds cannot be exchanged either.
      exchange: item.entry.notHeld
        ? { possible: false, minimumSavingsPlanHourly: null }
        : exchangeAlternative(item.entry.reservation, item.quantity, item.first, input.options),
    });
  }
  sources.forEach((source, index) => {
    const quantity = source.units - replayed.placed[index]!;
    if (quantity === 0) return;
    unplaced.push({
      reservationId: source.entry.reservationId,
      quantity,
      reason: input.until < source.end - 1 ? 'NOT_BEFORE_HORIZON' : 'NOT_BEFORE_TERM_END',
      exchange: exchangeAlternative(source.entry.reservation, quantity, source.first, input.options),
    });
  });
  const order = new Map(customer.reservations.map((entry, i) => [entry.reservationId, i]));
  unplaced.sort((a, b) => order.get(a.reservationId)! - order.get(b.reservationId)!);

  return {
    plan: {
      tenantId: customer.tenantId,
      ...(customer.name !== undefined && { name: customer.name }),
      recovered: toMoney(amountOf(replayed.cents, 'USD')),
      actions: replayed.actions,
      unplaced,
    },
    cents: replayed.cents,
  };
}

/** Plans refunds under the limit (docs/portfolio.md: planRefunds). Never throws: a malformed request is `ok: false`. */
export function planRefunds(request: unknown): Result<RefundPlan> {
  const read = readPlanRequest(request);
  if (!read.ok) return read;
  const customers: CustomerPlan[] = [];
  let cents = 0n;
  for (const customer of read.value.customers) {
    const planned = planCustomer(customer, read.value);
    customers.push(planned.plan);
    cents += planned.cents;
  }
  return {
    ok: true,
    value: { date: formatDate(read.value.date), recovered: toMoney(amountOf(cents, 'USD')), customers },
  };
}
