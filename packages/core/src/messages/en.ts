import type { ErrorCode } from '../types.js';

/** Codes of the book's problems and of the plan's unplaced units, beside the contract's error codes. */
export type BookCode = 'CONFLICT' | 'UNREADABLE_ROW' | 'NOT_BEFORE_TERM_END' | 'NOT_BEFORE_HORIZON' | 'MISSING_FACTS';
/** Sentences for one code about one field, where the code's own sentence would mislead ("code@field"). */
export type FieldProblemKey =
  | 'INVALID_INPUT@reservation.status'
  | 'RESERVATION_EXPIRED@reservation.status'
  | 'INVALID_AMOUNT@reservation.price.amount'
  | 'INVALID_AMOUNT@reservation.currentPrice.amount'
  | 'INVALID_QUANTITY@reservation.quantity'
  | 'INVALID_QUANTITY@quantity'
  | 'INVALID_INPUT@reservation.term'
  | 'INVALID_INPUT@reservation.billingPlan'
  | 'CANCEL_BEFORE_PURCHASE@date';

// English message catalog: one sentence per step key, {name} placeholders filled from the step's params.
export const en = {
  steps: {
    'policy.inForce': 'Policy {policy} ("{title}", in force from {from}) applies on {date}.',
    'policy.chosen': 'Policy {policy} ("{title}", in force from {from}) was chosen for this estimate.',
    'time.term': 'The term of {term} runs from {start} to {end}: {termDays} days, counted in UTC.',
    'time.elapsed': 'On {date}, {elapsedDays} days have passed and {remainingDays} days remain.',
    'basis.purchaseOnly': 'Under {policy} the refund is based on the purchase price, {price}.',
    'basis.noCurrentPrice': 'No current price was given, so the refund is based on the purchase price, {price}.',
    'basis.current':
      'The current price {current} is lower than the purchase price {price}, so the refund is based on it.',
    'basis.purchase':
      'The purchase price {price} is not higher than the current price {current}, so the refund is based on it.',
    'quantity.partial': '{quantity} of the {owned} units are returned; every amount is scaled by {quantity}/{owned}.',
    'monthly.schedule': 'Billed monthly: {total} payments of {installment} for the returned units.',
    'monthly.completed':
      '{completed} of {total} payments are made ({paid}). The current period runs from {periodStart} to {periodEnd} ({periodDays} days); {daysUsed} of them are used.',
    'refund.fullCredit': 'Returned on day {elapsedDays} (within {days} days) and never used: full credit of {refund}.',
    'monthly.refundNow':
      'Refund now: the prorated part of this month\u2019s payment for the {daysLeft} of {periodDays} days left, {refund}.',
    'refund.prorated':
      'Prorated refund for {remainingDays} of {termDays} days: {refund} (the used part, {prorated}, stays paid).',
    'monthly.canceled': 'The {left} payments not yet due are canceled: {remaining} of commitment.',
    'fee.none': 'No early termination fee is charged under this policy; {paidBack} is paid back.',
    'fee.withinFreeDays': 'No fee within the first {days} days; {paidBack} is paid back.',
    'fee.charged': 'A {feeRate} early termination fee of {fee} is deducted from {refund}; {paidBack} is paid back.',
    'fee.whatIf': 'What-if: a {whatIfFeeRate} fee of {fee} is deducted from {refund}; {paidBack} would be paid back.',
    'gate.notRefundable': '{product} cannot be refunded.',
    'cap.fx': 'The limit is counted in USD: at {rate} USD per {currency}, this refund counts {capUse}.',
    'cap.use':
      'Canceled commitment counted against the limit: {capUse} (the refund before any fee plus canceled payments).',
    'cap.consumed': 'Refunds counted on {date} in the rolling {windowDays}-day window: {consumed}.',
    'cap.allowed': 'Within the {limit} limit: {remainingAfter} left after this refund.',
    'cap.exceeded': 'Over the {limit} limit by {over}: the whole request is refused, never paid in part.',
    'cap.maxQuantity': 'The largest quantity that fits today: {maxQuantityNow}.',
    'cap.fitsOn': 'The same request fits on {fitsOn}.',
    'cap.neverFits': 'The same request does not fit before the term ends.',
    'cap.refusedByFuturePayments':
      'Counting only the refund paid now ({refundNow}) it would fit in the {left} left: the canceled future payments ({futurePayments}) push it over. The documents count them, but the portal has been seen to count the refund alone, so it may still accept this refund.',
    'exchange.return': 'Return {index}: {quantity} of {product}.',
    'exchange.returnValue': 'Return {index} is worth {total}: refund {refund} plus canceled payments {remaining}.',
    'exchange.tradeIn': '{product} is traded in for a savings plan, which is allowed.',
    'gate.computeOpen': 'Compute exchanges remain open until further notice.',
    'gate.finalExchange':
      'Started on {start}, before {gate}: this reservation keeps one final exchange; its replacement cannot be exchanged again.',
    'gate.closed':
      'Started on {start}, on or after {gate}: this reservation cannot be exchanged, only traded in for a savings plan.',
    'exchange.net': 'Returns total {refundsTotal}; purchases total {purchasesTotal}; net payable {netPayable}.',
    'exchange.short': 'The new purchases must be worth at least {minimum}: they are {shortfall} short.',
    'exchange.enough': 'The new purchases are worth at least the returned {minimum}.',
    'exchange.noCap': 'Exchanges do not count against the {limit} refund limit.',
    'exchange.tradeInSizing':
      'Traded in for a savings plan, the returned {refundsTotal} covers an hourly commitment of at least {P1Y} for 1 year ({hoursP1Y} hours) or {P3Y} for 3 years ({hoursP3Y} hours).',
  },
  // A refused estimate still shows its amounts (R-cap.6), but nothing is paid back: its fee step says "would be".
  refusedSteps: {
    'fee.none':
      'No early termination fee is charged under this policy; {paidBack} would be paid back if it were allowed.',
    'fee.withinFreeDays': 'No fee within the first {days} days; {paidBack} would be paid back if it were allowed.',
    'fee.charged':
      'A {feeRate} early termination fee of {fee} would be deducted from {refund}; {paidBack} would be paid back if it were allowed.',
    'fee.whatIf':
      'What-if: a {whatIfFeeRate} fee of {fee} would be deducted from {refund}; {paidBack} would be paid back if it were allowed.',
  },
  words: { yes: 'yes', no: 'no' },
  // One sentence per error code, for faces that show a problem without its English details.
  problems: {
    INVALID_INPUT: 'This value has the wrong form.',
    INVALID_DATE: 'Type a real date as YYYY-MM-DD.',
    INVALID_AMOUNT: 'Type an amount with no more decimals than the currency has.',
    INVALID_CURRENCY: 'Type an ISO currency code such as USD or KRW.',
    INVALID_QUANTITY: 'Type a whole number of units from 1 up to the quantity owned.',
    INVALID_ID: 'Paste the ID as a GUID.',
    UNKNOWN_PRODUCT: 'This product is not in the catalog.',
    UNKNOWN_POLICY: 'This policy version does not exist.',
    CURRENCY_MISMATCH: 'Every amount must be in the same billing currency.',
    FX_RATE_REQUIRED: 'The limit is counted in USD: give the rate (USD per unit of the billing currency).',
    CANCEL_BEFORE_PURCHASE: 'The request date is before the benefit start.',
    RESERVATION_EXPIRED: 'The reservation’s term has ended by the request date.',
    REFUND_LIMIT_EXCEEDED: 'Over the {limit} limit of the 12-month rolling window: the whole request is refused.',
    NOT_REFUNDABLE: 'This product cannot be refunded.',
    NOT_EXCHANGEABLE: 'This product cannot be exchanged.',
    EXCHANGE_INSUFFICIENT_COMMITMENT: 'The new purchases are worth less than what is returned.',
    EXCHANGE_DIFFERENT_FAMILY: 'Only products of the same family can be exchanged.',
    EXCHANGE_NOT_ALLOWED:
      'This reservation started on or after {exchangeGate} and cannot be exchanged (trade-in to a savings plan remains).',
    // The book's own codes (docs/portfolio.md): import problems and why the plan left units out.
    CONFLICT: 'Two files disagree on this fact; the more authoritative value was kept.',
    UNREADABLE_ROW:
      'This row could not be read as written (an unclosed quote, extra cells or a huge cell); fix it in the file.',
    NOT_BEFORE_TERM_END:
      'These units never fit under the limit before their term ends; an exchange does not count against it.',
    NOT_BEFORE_HORIZON: 'These units do not fit under the limit before the end of the plan; try a later end date.',
    MISSING_FACTS: 'The book lacks a fact the estimate needs (price, billing plan, start or rate); fill it in first.',
    // R-book.12: the book's status says the customer no longer holds the reservation.
    'INVALID_INPUT@reservation.status':
      'The book says this reservation is no longer held (cancelled, split, merged, exchanged or failed): it cannot be refunded.',
    'RESERVATION_EXPIRED@reservation.status': 'The book says this reservation has expired: it cannot be refunded.',
    // The common input mistakes, each with its fix.
    'INVALID_AMOUNT@reservation.price.amount':
      'Type what the units owned cost for the whole term, a number greater than zero such as 3650.00, with no more decimals than the currency has.',
    'INVALID_AMOUNT@reservation.currentPrice.amount':
      'Type today’s price of the same units and term, a number greater than zero such as 2920.00, or leave it empty.',
    'INVALID_QUANTITY@reservation.quantity': 'Type a whole number from 1 to 1,000,000.',
    'INVALID_QUANTITY@quantity': 'Type a whole number from 1 up to the units owned.',
    'INVALID_INPUT@reservation.term': 'Pick 1 year, 3 years or 5 years.',
    'INVALID_INPUT@reservation.billingPlan': 'Pick Upfront or Monthly.',
    'CANCEL_BEFORE_PURCHASE@date': 'Pick a date on or after the benefit start.',
  } satisfies Record<ErrorCode | BookCode | FieldProblemKey, string>,
  checklist: {
    action: { refund: 'refund', exchange: 'exchange' },
    items: {
      'partner-role': {
        title: 'Partner Center role',
        detail:
          'Sign in as an Admin agent, Helpdesk agent, Sales agent or User management admin (Global admin was listed in 2020).',
      },
      'azure-role': {
        title: 'Azure role',
        detail: 'You must be Owner or Reservation administrator of the reservation order.',
      },
      'open-reservation': {
        title: 'Open the reservation',
        detail:
          'Partner Center → Customers → the customer → Azure reservations → the reservation → Actions: Refund (or Manage).',
      },
      'reservation-id': { title: 'Reservation ID', detail: 'On the reservation\u2019s Properties page.' },
      'reservation-order-id': { title: 'Reservation order ID', detail: 'On the reservation\u2019s Properties page.' },
      'issue-type': { title: 'Basics: Issue type', detail: 'Choose Billing.' },
      'problem-type': { title: 'Problem: Problem type', detail: 'Choose Reservation management.' },
      'problem-category': { title: 'Problem: Category', detail: 'Choose Exchanges and refunds.' },
      contact: {
        title: 'Contact information',
        detail: 'Set your contact preferences and fill in the required fields.',
      },
      create: { title: 'Create', detail: 'Select Create, then paste the description below.' },
    },
    unknown: 'not known yet',
    description: {
      heading: 'Request to {action} an Azure reservation (CSP)',
      customer: 'Customer',
      reservationId: 'Reservation ID',
      reservationOrderId: 'Reservation order ID',
      action: 'Action',
      quantity: 'Quantity',
      date: 'Request date (UTC)',
      estimate: 'Estimate',
      refundEstimate: '{refund} paid back (fee {fee}); {capUse} counted against the limit; policy {policy}',
      refundEstimateRefused:
        'refused as estimated: {refund} would be paid back (fee {fee}) and {capUse} counted against the limit; policy {policy}',
      exchangeMinimum: 'no purchase chosen yet: a new purchase must be worth at least {refundsTotal}; policy {policy}',
      exchangeEstimate: 'returns {refundsTotal}, purchases {purchasesTotal}, net payable {netPayable}; policy {policy}',
      notAllowed: 'why: {reasons}',
      disclaimer: 'Estimate from Refund Desk, not a quote.',
    },
  },
};

export type Catalog = typeof en;

/** The key of every step message: steps are built with these keys only, and the Korean catalog has exactly the same. */
export type StepKey = keyof typeof en.steps;
