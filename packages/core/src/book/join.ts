// R-book.2: facts from every file joined by reservation order ID and reservation ID (lower-case GUIDs, so the join
// ignores letter case); when two sources disagree the conflict is reported with both values and the more
// authoritative one is kept. The book being merged into wins over every file: nothing in it is overwritten.
import { amountOf, amountString, parseAmount } from '../money.js';
import { authority, type Fact, type FactKey, type ReservationFacts } from './provenance.js';
import type { RowProblem } from './types.js';

export interface Draft {
  reservationId: string;
  reservationOrderId: string;
  /**
   * R-book.11 (proposed): an order seen only on the invoice (which names orders, not reservations) is kept under
   * its order ID until a portal export or API file names its reservation; then its facts move there.
   */
  placeholder: boolean;
  facts: Map<FactKey, Fact>;
  /** The book's own fields that are not facts of a file (currentPrice, used, origin notes…), kept as they are. */
  kept: Record<string, unknown>;
}

const FACT_WORDS: Record<FactKey, string> = {
  product: 'product',
  term: 'term',
  billingPlan: 'billing plan',
  start: 'benefit start date',
  quantity: 'quantity',
  price: 'price',
  usdPerUnit: 'USD rate',
  originalQuantity: 'original quantity',
  displayName: 'name',
  sku: 'SKU',
  region: 'region',
  status: 'status',
  expiry: 'expiry date',
  'utilization.days1': '1-day utilization',
  'utilization.days7': '7-day utilization',
  'utilization.days30': '30-day utilization',
  customer: 'customer (tenant ID)',
  customerName: 'customer name',
};

export function factWords(key: FactKey): string {
  return FACT_WORDS[key];
}

function shown(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value) {
    return `${String((value as { currency: unknown }).currency)} ${String((value as { amount: unknown }).amount)}`;
  }
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A price fact's amount in minor units, or undefined when it is not readable money. */
function priceOf(fact: Fact): { minor: bigint; amount: string; currency: string } | undefined {
  const { amount, currency } = (fact.value ?? {}) as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'string' || typeof currency !== 'string') return undefined;
  const read = parseAmount(amount, currency);
  return typeof read === 'string' ? undefined : { minor: read.minor, amount, currency };
}

/** Two prices of one unit price: a price the import scaled to the units held agrees with the invoice's (R-book.13). */
function samePrice(a: Fact, b: Fact): boolean {
  if (a.units === undefined || b.units === undefined || a.units === b.units) return false;
  const [p, q] = [priceOf(a), priceOf(b)];
  return !!p && !!q && p.currency === q.currency && p.minor * BigInt(b.units) === q.minor * BigInt(a.units);
}

export class Join {
  readonly drafts = new Map<string, Draft>();
  readonly problems: RowProblem[] = [];
  private readonly byOrder = new Map<string, Draft[]>();

  draft(reservationId: string, reservationOrderId: string, placeholder = false): Draft {
    let draft = this.drafts.get(reservationId);
    if (!draft) {
      draft = { reservationId, reservationOrderId, placeholder, facts: new Map(), kept: {} };
      this.drafts.set(reservationId, draft);
      const siblings = this.byOrder.get(reservationOrderId);
      if (siblings) siblings.push(draft);
      else this.byOrder.set(reservationOrderId, [draft]);
    }
    return draft;
  }

  /** Adds one fact, keeping the more authoritative one when they disagree and reporting the conflict. */
  add(draft: Draft, key: FactKey, fact: Fact): void {
    const existing = draft.facts.get(key);
    if (!existing) {
      draft.facts.set(key, fact);
      return;
    }
    const newWins = authority(fact.source, key) > authority(existing.source, key);
    if (sameValue(existing.value, fact.value) || (key === 'price' && samePrice(existing, fact))) {
      if (newWins) draft.facts.set(key, fact);
      return;
    }
    const [kept, other] = newWins ? [fact, existing] : [existing, fact];
    if (newWins) draft.facts.set(key, fact);
    const where = (f: Fact) => (f.source === 'book' ? `the book${f.origin ? ` (${f.origin})` : ''}` : f.origin);
    const why =
      kept.source === 'book' ? 'nothing in the book is overwritten' : 'the more authoritative source, R-book.2';
    // Reported where the value that was not kept comes from, whatever the order of the files.
    this.problems.push({
      file: other.file,
      row: other.row,
      field: factWords(key),
      code: 'CONFLICT',
      message: `${factWords(key)} of reservation ${draft.reservationId}: ${where(kept)} says ${shown(kept.value)}, ${where(other)} says ${shown(other.value)}; kept ${shown(kept.value)} (${why})`,
    });
  }

  addAll(draft: Draft, facts: Partial<Record<FactKey, Fact>>, only?: (key: FactKey) => boolean): void {
    for (const [key, fact] of Object.entries(facts) as [FactKey, Fact][]) {
      if (!only || only(key)) this.add(draft, key, fact);
    }
  }

  /** A file's facts about one named reservation. */
  addReservation(set: ReservationFacts & { reservationId: string }): void {
    const draft = this.draft(set.reservationId, set.reservationOrderId);
    if (draft.reservationOrderId !== set.reservationOrderId) {
      const [fact] = Object.values(set.facts);
      this.problems.push({
        file: fact?.file ?? '',
        row: fact?.row ?? 0,
        field: 'reservation order ID',
        code: 'CONFLICT',
        message: `reservation ${set.reservationId} belongs to order ${draft.reservationOrderId}, not ${set.reservationOrderId}; its facts here are not used`,
      });
      return;
    }
    this.addAll(draft, set.facts);
  }

  /**
   * Facts of an order (the invoice's lines, an API order): given to the order's one reservation. With several
   * reservations in the order only the customer applies to each; the order's price covers them all and is not
   * split (that would be a guess, R-book.3).
   */
  addOrder(set: ReservationFacts): void {
    const real = (this.byOrder.get(set.reservationOrderId) ?? []).filter((d) => !d.placeholder);
    if (real.length === 1) {
      this.addAll(real[0]!, set.facts);
      return;
    }
    if (real.length === 0) {
      this.addAll(this.draft(set.reservationOrderId, set.reservationOrderId, true), set.facts);
      return;
    }
    const customerOnly = (key: FactKey) => key === 'customer' || key === 'customerName';
    for (const draft of real) this.addAll(draft, set.facts, customerOnly);
    const first = (Object.entries(set.facts) as [FactKey, Fact][]).find(([key]) => !customerOnly(key))?.[1];
    if (first) {
      this.problems.push({
        file: first.file,
        row: first.row,
        field: 'reservation order ID',
        code: 'INVALID_INPUT',
        message: `order ${set.reservationOrderId} holds ${real.length} reservations; the invoice line is for the whole order, so its price, quantity and dates are not given to any one of them (enter each reservation's price)`,
      });
    }
  }

  /** Moves each placeholder's facts to its order's reservation once exactly one is known (R-book.11). */
  settlePlaceholders(): void {
    for (const [id, draft] of this.drafts) {
      if (!draft.placeholder) continue;
      const real = (this.byOrder.get(draft.reservationOrderId) ?? []).filter((d) => !d.placeholder);
      if (real.length !== 1) continue;
      const target = real[0]!;
      for (const [key, fact] of draft.facts) this.add(target, key, fact);
      for (const [key, value] of Object.entries(draft.kept)) if (!(key in target.kept)) target.kept[key] = value;
      this.drafts.delete(id);
      const siblings = this.byOrder.get(draft.reservationOrderId)!;
      siblings.splice(siblings.indexOf(draft), 1);
    }
  }

  /**
   * R-book.13 (proposed): a price read for more units than the reservation holds now (the invoice's purchase, before
   * some units were returned) becomes the price of the units held, when that is a whole number of minor units, and
   * the units bought its original quantity; any other price for a different number of units is not used, and the
   * price is listed as needed (R-book.3).
   */
  settlePriceUnits(): void {
    for (const draft of this.drafts.values()) {
      const price = draft.facts.get('price');
      const held = draft.facts.get('quantity');
      const bought = price?.units;
      if (!price || !held || bought === undefined || typeof held.value !== 'number' || held.value === bought) continue;
      const units = held.value;
      const read = priceOf(price);
      const about = `price of reservation ${draft.reservationId}: ${price.origin} is the price of ${bought} units, and the reservation holds ${units} (${held.origin || 'the book'})`;
      if (read && units < bought && (read.minor * BigInt(units)) % BigInt(bought) === 0n) {
        const { amount, currency } = read;
        const scaled = amountOf((read.minor * BigInt(units)) / BigInt(bought), currency);
        draft.facts.set('price', {
          ...price,
          value: { amount: amountString(scaled), currency },
          origin: `${price.origin}: ${units}/${bought} of ${currency} ${amount}, the price of the ${units} units held (R-book.13)`,
          units,
        });
        if (!draft.facts.has('originalQuantity')) {
          draft.facts.set('originalQuantity', {
            ...price,
            value: bought,
            origin: `${price.origin}: the units the price was paid for (R-book.13)`,
          });
        }
        continue;
      }
      draft.facts.delete('price');
      this.problems.push({
        file: price.file,
        row: price.row,
        field: factWords('price'),
        code: 'CONFLICT',
        message:
          units > bought
            ? `${about}; the price of the ${units} units is not known, so it is not used: enter it (R-book.13)`
            : `${about}; ${units}/${bought} of it is not an exact amount, so it is not used: enter the price of the ${units} units (R-book.13)`,
      });
    }
  }

  /** The order's one named reservation, if it has exactly one. */
  onlyReservationOf(order: string): Draft | undefined {
    const real = (this.byOrder.get(order) ?? []).filter((d) => !d.placeholder);
    return real.length === 1 ? real[0] : undefined;
  }

  /** Any draft of the order (named or placeholder), for the order's customer. */
  anyOf(order: string): Draft | undefined {
    return this.byOrder.get(order)?.[0];
  }
}
