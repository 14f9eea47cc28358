// Partner Center's new-commerce invoice reconciliation file (one-time and recurring charges, CSV). Only rows with a
// ReservationOrderId are reservations; the others (licences, usage, marketplace) are skipped and counted. A `New`
// line gives the order's price, currency, customer and rate; a `Cancel` line, or a `removeQuantity` credit (units
// returned), is an earlier refund for the ledger.
// Column names: Partner Center, "Read new commerce invoice reconciliation files" (learn.microsoft.com).
import { type Amount, amountOf, amountString, isCurrency, parseAmount, roundHalfAway } from '../../money.js';
import type { ErrorCode, Term } from '../../types.js';
import { termYears } from '../../validate.js';
import {
  type Fact,
  type FactKey,
  type FileReading,
  originText,
  type ReservationFacts,
  type SeededRefund,
} from '../provenance.js';
import { type Read, readDay, readDecimal, readGuid, readTermText, readWholeNumber } from '../read-cells.js';
import { inverseRate, readRate } from '../read-exchange-rate.js';
import { readCsvFile } from './columns.js';

export const RECONCILIATION_SIGNATURE = ['CustomerId', 'ChargeType', 'Subtotal', 'ReservationOrderId'] as const;

export function readReconciliation(file: string, text: string): FileReading {
  return readCsvFile(file, text, ({ row, cell, commaDecimals, problem }, reading) => {
    const orderText = cell('ReservationOrderId');
    const chargeType = chargeTypeOf(cell('ChargeType'));
    if (orderText === '' || chargeType === undefined) {
      reading.skipped++; // not a reservation, or a charge that changes no fact the book keeps (addQuantity, Convert…)
      return;
    }
    const order = readGuid(orderText);
    if ('reason' in order) {
      problem('ReservationOrderId', 'INVALID_ID', `ReservationOrderId: ${order.reason}; the row is not used`);
      reading.skipped++;
      return;
    }
    const line = readLine(cell, commaDecimals);
    for (const [field, code, message] of line.problems) problem(field, code, message);
    if (chargeType !== 'New') {
      // A line of units given back (a charge, not a credit) returns no money: it is counted as skipped.
      if (chargeType === 'removeQuantity' && !(line.subtotal && line.subtotal.minor < 0n)) {
        reading.skipped++;
        return;
      }
      // Only the ledger learns from a refund's line: the reservation may be gone, and its facts are the New line's.
      const refund = seedRefund(file, row, order.value, line, cell('InvoiceNumber'), chargeType);
      if ('reason' in refund) {
        // A cell already named as unreadable is not named again for being missing.
        if (!line.problems.some(([field]) => field === refund.field)) problem(refund.field, refund.code, refund.reason);
        reading.skipped++;
      } else {
        reading.refunds.push(refund.value);
        reading.used++;
      }
      return;
    }
    const facts: Partial<Record<FactKey, Fact>> = {};
    const put = (key: FactKey, value: unknown, column: string, note?: string, units?: number) => {
      facts[key] = {
        value,
        origin: originText(file, row, column, note ? `New: ${note}` : 'New'),
        source: 'reconciliation',
        file,
        row,
        ...(units !== undefined && { units }),
      };
    };
    if (line.tenant) put('customer', line.tenant, 'CustomerId');
    if (line.customerName) put('customerName', line.customerName, 'CustomerName');
    if (line.plan)
      put('billingPlan', line.plan, 'BillingFrequency', line.plan === 'Upfront' ? 'blank: one payment' : undefined);
    if (line.term) put('term', line.term, 'TermAndBillingCycle');
    if (line.quantity) put('quantity', line.quantity, 'Quantity');
    if (line.start) put('start', line.start, 'ChargeStartDate');
    // SkuName is the invoice's label, not Azure's SKU name (the portal's and the API's): not a fact of the book.
    // The line prices its units: when the reservation holds fewer now, the join scales the price (R-book.13).
    if (line.subtotal && line.plan === 'Upfront')
      put('price', money(line.subtotal), 'Subtotal', undefined, line.quantity);
    if (line.subtotal && line.plan === 'Monthly') {
      // R-book.8 (proposed): a monthly plan's lifetime price = the installment × 12 × years (R-monthly.1).
      if (line.term) {
        const years = termYears(line.term);
        const price = amountOf(line.subtotal.minor * 12n * BigInt(years), line.subtotal.currency);
        const note = `monthly installment × 12 × ${years} year${years > 1 ? 's' : ''}`;
        put('price', money(price), 'Subtotal', note, line.quantity);
      } else
        problem(
          'TermAndBillingCycle',
          'INVALID_INPUT',
          'TermAndBillingCycle: the term is needed to turn the monthly installment into the lifetime price',
        );
    }
    if (line.usdPerUnit)
      put(
        'usdPerUnit',
        line.usdPerUnit,
        'PCToBCExchangeRate',
        '1 / PCToBCExchangeRate (pricing currency USD), 10 significant digits',
      );
    const reservation: ReservationFacts = { reservationOrderId: order.value, facts };
    reading.reservations.push(reservation);
    reading.used++;
  });
}

const money = (amount: Amount) => ({ amount: amountString(amount), currency: amount.currency });

interface Line {
  tenant?: string;
  customerName?: string;
  plan?: 'Upfront' | 'Monthly';
  term?: Term;
  quantity?: number;
  start?: string;
  orderDate?: string;
  subtotal?: Amount;
  usdPerUnit?: string;
  /** USD per billing unit as an exact fraction, for the ledger's amounts. */
  usdRate?: { num: bigint; den: bigint };
  problems: [string, ErrorCode, string][];
}

/** The columns of one reservation line, each read on its own so one bad cell costs only its own fact. */
function readLine(cell: (column: string) => string, commaDecimals: boolean): Line {
  const line: Line = { problems: [] };
  const take = <T>(column: string, read: Read<T>, code: ErrorCode): T | undefined => {
    if ('value' in read) return read.value;
    line.problems.push([column, code, `${column}: ${read.reason}`]);
    return undefined;
  };
  const cellText = (column: string) => cell(column);
  if (cellText('CustomerId')) line.tenant = take('CustomerId', readGuid(cellText('CustomerId')), 'INVALID_ID');
  if (cellText('CustomerName')) line.customerName = cellText('CustomerName');
  const frequency = cellText('BillingFrequency').toLowerCase();
  if (frequency === 'monthly') line.plan = 'Monthly';
  else if (frequency === '' || frequency === 'onetime' || frequency === 'one time') line.plan = 'Upfront';
  else
    line.problems.push([
      'BillingFrequency',
      'INVALID_INPUT',
      `BillingFrequency: "${cellText('BillingFrequency')}" is neither "Monthly" nor blank`,
    ]);
  if (cellText('TermAndBillingCycle'))
    line.term = take('TermAndBillingCycle', readTermText(cellText('TermAndBillingCycle')), 'INVALID_INPUT');
  if (cellText('Quantity')) line.quantity = take('Quantity', readWholeNumber(cellText('Quantity')), 'INVALID_QUANTITY');
  if (cellText('ChargeStartDate'))
    line.start = take('ChargeStartDate', readDay(cellText('ChargeStartDate')), 'INVALID_DATE');
  if (cellText('OrderDate')) line.orderDate = take('OrderDate', readDay(cellText('OrderDate')), 'INVALID_DATE');
  const currency = cellText('Currency').toUpperCase();
  if (!isCurrency(currency)) {
    line.problems.push([
      'Currency',
      'INVALID_CURRENCY',
      `Currency: "${cellText('Currency')}" is not an ISO 4217 code such as "USD"`,
    ]);
    return line;
  }
  const subtotal = take('Subtotal', readDecimal(cellText('Subtotal'), commaDecimals), 'INVALID_AMOUNT');
  if (subtotal !== undefined) {
    const amount = parseAmount(subtotal, currency);
    if (typeof amount === 'string') line.problems.push(['Subtotal', 'INVALID_AMOUNT', `Subtotal: ${amount}`]);
    else line.subtotal = amount;
  }
  if (currency !== 'USD' && cellText('PricingCurrency').toUpperCase() === 'USD' && cellText('PCToBCExchangeRate')) {
    const rateText = cellText('PCToBCExchangeRate');
    const decimal = take(
      'PCToBCExchangeRate',
      readDecimal(rateText, commaDecimals && !/^\d+\.\d+$/.test(rateText)),
      'INVALID_INPUT',
    );
    const rate = decimal === undefined ? undefined : take('PCToBCExchangeRate', readRate(decimal), 'INVALID_INPUT');
    if (rate) {
      line.usdPerUnit = inverseRate(rate);
      line.usdRate = { num: rate.den, den: rate.num };
    }
  }
  return line;
}

/**
 * The charge types that change what the book keeps: `New` (the order's facts), `Cancel` and `removeQuantity` (money
 * back for units returned); undefined for the others (addQuantity, Convert, renewals…), which are skipped and counted.
 */
function chargeTypeOf(text: string): 'New' | 'Cancel' | 'removeQuantity' | undefined {
  const type = text.trim().toLowerCase();
  if (type === 'new') return 'New';
  if (type === 'cancel') return 'Cancel';
  if (type === 'removequantity') return 'removeQuantity';
  return undefined;
}

/**
 * R-book.10 (proposed): a Cancel line, or a removeQuantity credit (units of the order given back for money), is an
 * earlier refund of the customer: the credit (the Subtotal's size) in USD on the line's OrderDate, in the ledger with a
 * note saying it was seeded from the invoice. The canceled future payments of a monthly plan are not on the invoice, so
 * such an entry may count low and asks to be confirmed.
 */
function seedRefund(
  file: string,
  row: number,
  order: string,
  line: Line,
  invoice: string,
  chargeType: 'Cancel' | 'removeQuantity',
): { value: SeededRefund } | { reason: string; field: string; code: ErrorCode } {
  const date = line.orderDate ?? line.start;
  if (!line.subtotal || !date) {
    const field = line.subtotal ? 'OrderDate' : 'Subtotal';
    const reason = `${field}: the ${chargeType} line needs its Subtotal and OrderDate to seed the ledger`;
    return { reason, field, code: 'INVALID_INPUT' };
  }
  const credit = line.subtotal.minor < 0n ? -line.subtotal.minor : line.subtotal.minor;
  let usdCents: bigint;
  if (line.subtotal.currency === 'USD') usdCents = credit;
  else if (line.usdRate) {
    // billing minor units × USD per unit × 100 / 10^digits, rounded to cents (R-cap.3)
    const num = credit * line.usdRate.num * 100n;
    const den = line.usdRate.den * 10n ** BigInt(line.subtotal.digits);
    usdCents = roundHalfAway(num, den);
  } else {
    return {
      reason: `Subtotal: a refund in ${line.subtotal.currency} needs PCToBCExchangeRate with PricingCurrency USD to count against the USD limit; not seeded`,
      field: 'Subtotal',
      code: 'FX_RATE_REQUIRED',
    };
  }
  const amount = { amount: amountString(amountOf(usdCents, 'USD')), currency: 'USD' };
  const monthly =
    line.plan === 'Monthly'
      ? ' Monthly plan: the canceled future payments are not on the invoice, so this may count low; please confirm the amount.'
      : '';
  // The source names the charge type for units given back, so that such a credit and a Cancel of the same amount on
  // the same day and invoice are two refunds (merge.ts keys seeded entries by date, amount and source).
  const kind = chargeType === 'Cancel' ? '' : ` (${chargeType})`;
  const source = `invoice ${invoice || '(no number)'}${kind}, reservation order ${order}`;
  const entry = {
    date,
    amount,
    note: `Seeded from ${source}: ${originText(file, row, 'Subtotal', chargeType)}.${monthly}`,
  };
  const seed: SeededRefund = {
    reservationOrderId: order,
    entry,
    key: `${date}|${amount.amount}|${source}`,
    ...(line.tenant && { tenantId: line.tenant }),
  };
  return { value: seed };
}
