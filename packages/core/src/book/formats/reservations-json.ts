// The Azure Reservations API's JSON: what `az reservations reservation list` prints or
// GET …/reservationOrders/{order}/reservations returns: an array, or { "value": [...] }, of reservation resources
// (portfolio.md, format 3). Property names in camelCase (REST) or snake_case (older az output) alike; `properties`
// nested (REST) or flattened. Order resources are read for their originalQuantity.
import { isRecord, plainText } from '../../validate.js';
import type { Fact, FactKey, FileReading, ReservationFacts } from '../provenance.js';
import { type Read, readDay, readGuid, readTermText } from '../read-cells.js';
import { productOfType } from '../resource-types.js';
import type { RowProblem } from '../types.js';

const ARM_ID = /\/reservationorders\/([^/]+)(?:\/reservations\/([^/?#]+))?\/?$/i;

/** The items of the file, or undefined when it is not this format. */
export function reservationItems(json: unknown): unknown[] | undefined {
  const items = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.value) ? json.value : undefined;
  if (!items) return undefined;
  const looksRight = items.length === 0 || items.some((item) => isRecord(item) && ARM_ID.test(plainText(item.id)));
  return looksRight ? items : undefined;
}

/** snake_case → camelCase, so az's older output reads like REST. */
const camel = (key: string) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

function props(item: Record<string, unknown>): Record<string, unknown> {
  const nested = isRecord(item.properties) ? item.properties : item;
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(nested)) flat[camel(key)] = value;
  return flat;
}

export function readReservationsJson(file: string, items: readonly unknown[]): FileReading {
  const reading: FileReading = { reservations: [], refunds: [], problems: [], rows: items.length, used: 0, skipped: 0 };
  items.forEach((item, position) => {
    const row = position + 1;
    const problem = (field: string | undefined, code: RowProblem['code'], message: string) =>
      reading.problems.push({ file, row, ...(field && { field }), code, message });
    const ids = isRecord(item) ? ARM_ID.exec(plainText(item.id)) : null;
    const order = ids ? readGuid(ids[1] ?? '') : undefined;
    const reservation = ids?.[2] === undefined ? undefined : readGuid(ids[2]);
    if (!isRecord(item) || !order || 'reason' in order || (reservation && 'reason' in reservation)) {
      problem(
        'id',
        'INVALID_ID',
        'id: not the resource ID of a reservation (…/reservationOrders/{order}/reservations/{reservation}); the item is not used',
      );
      reading.skipped++;
      return;
    }
    const p = props(item);
    const facts: Partial<Record<FactKey, Fact>> = {};
    const put = (key: FactKey, field: string, read: Read<unknown>, code: RowProblem['code'] = 'INVALID_INPUT') => {
      if ('value' in read)
        facts[key] = { value: read.value, origin: `${file} item ${row} (${field})`, source: 'api', file, row };
      else problem(field, code, `${field}: ${read.reason}`);
    };
    const text = (name: string) =>
      typeof p[name] === 'string' && (p[name] as string).trim() !== '' ? (p[name] as string).trim() : undefined;
    if (!reservation) {
      // An order: only its originalQuantity is a fact of its reservations (R-monthly.5).
      const original = p.originalQuantity;
      if (typeof original === 'number' && Number.isInteger(original) && original >= 1)
        put('originalQuantity', 'originalQuantity', { value: original });
      reading.reservations.push({ reservationOrderId: order.value, facts });
      reading.used++;
      return;
    }
    const name = text('displayName');
    if (name) put('displayName', 'displayName', { value: name });
    const type = text('reservedResourceType');
    const skuName = isRecord(item.sku) ? plainText(item.sku.name) : '';
    if (type) {
      const product = productOfType(type, skuName);
      put(
        'product',
        'reservedResourceType',
        product ? { value: product } : { reason: `no product in the catalog for "${type}"` },
        'UNKNOWN_PRODUCT',
      );
    }
    if (skuName) put('sku', 'sku.name', { value: skuName });
    const location = plainText(item.location);
    if (location) put('region', 'location', { value: location });
    const term = text('term');
    if (term) put('term', 'term', readTermText(term));
    const plan = text('billingPlan');
    if (plan)
      put(
        'billingPlan',
        'billingPlan',
        plan === 'Upfront' || plan === 'Monthly'
          ? { value: plan }
          : { reason: `"${plan}" is neither "Upfront" nor "Monthly"` },
      );
    if (typeof p.quantity === 'number') {
      put(
        'quantity',
        'quantity',
        Number.isInteger(p.quantity) && p.quantity >= 1
          ? { value: p.quantity }
          : { reason: `${p.quantity} is not a whole number of units` },
        'INVALID_QUANTITY',
      );
    }
    const start = text('benefitStartTime') ?? text('effectiveDateTime');
    if (start)
      put('start', text('benefitStartTime') ? 'benefitStartTime' : 'effectiveDateTime', readDay(start), 'INVALID_DATE');
    const expiry = text('expiryDateTime') ?? text('expiryDate');
    if (expiry)
      put('expiry', text('expiryDateTime') ? 'expiryDateTime' : 'expiryDate', readDay(expiry), 'INVALID_DATE');
    const status = text('displayProvisioningState') ?? text('provisioningState');
    if (status) put('status', 'provisioningState', { value: status });
    const original = p.originalQuantity;
    if (typeof original === 'number' && Number.isInteger(original) && original >= 1)
      put('originalQuantity', 'originalQuantity', { value: original });
    readUtilization(p.utilization, put);
    const facts_: ReservationFacts = { reservationOrderId: order.value, reservationId: reservation.value, facts };
    reading.reservations.push(facts_);
    reading.used++;
  });
  return reading;
}

const GRAINS: Record<number, FactKey> = { 1: 'utilization.days1', 7: 'utilization.days7', 30: 'utilization.days30' };

/** utilization.aggregates[] {grain, grainUnit "days", value, valueUnit "percentage"} → the 1-, 7- and 30-day figures. */
function readUtilization(utilization: unknown, put: (key: FactKey, field: string, read: Read<unknown>) => void) {
  if (!isRecord(utilization) || !Array.isArray(utilization.aggregates)) return;
  for (const aggregate of utilization.aggregates) {
    if (!isRecord(aggregate)) continue;
    const grain = typeof aggregate.grain === 'number' ? aggregate.grain : Number(plainText(aggregate.grain));
    const key = GRAINS[grain];
    const unit = plainText(aggregate.grainUnit ?? aggregate.grain_unit).toLowerCase();
    if (!key || (unit !== '' && unit !== 'days')) continue;
    const value = aggregate.value;
    const read: Read<string> =
      // JSON's shortest spelling of the number; a percentage never needs an exponent ("1e-7" is refused).
      typeof value === 'number' && Number.isFinite(value) && value >= 0 && !/e/i.test(String(value))
        ? { value: String(value) }
        : { reason: `${plainText(value) || 'a missing value'} is not a percentage` };
    put(key, `utilization.aggregates (grain ${grain})`, read);
  }
}
