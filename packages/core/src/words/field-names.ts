// A human name for every input field path of the contract, in English and Korean, so that no face shows
// "reservation.price.amount" or "returns[1].reservation.start" to a person. Paths are the ones validation reports
// (Problem.field); rows of a list are numbered from 1 ("Return 2: benefit start date").
import type { Locale } from '../types.js';

export interface Words {
  readonly en: string;
  readonly ko: string;
}

interface FieldWords extends Words {
  /** What a form shows next to the name: units, format, whether it may stay empty. */
  readonly hint?: Words;
}

const UTC: Words = { en: 'UTC', ko: 'UTC' };

/** A reservation's fields, by their path inside the reservation. */
const reservationFields: Readonly<Record<string, FieldWords>> = {
  '': { en: 'Reservation', ko: '예약' },
  reservationId: { en: 'Reservation ID', ko: '예약 ID' },
  reservationOrderId: { en: 'Reservation order ID', ko: '예약 주문 ID' },
  product: { en: 'Product', ko: '제품' },
  term: { en: 'Term', ko: '약정 기간' },
  billingPlan: { en: 'Billing plan', ko: '청구 방식' },
  start: { en: 'Benefit start date', ko: '혜택 시작일', hint: UTC },
  quantity: { en: 'Units owned', ko: '보유 수량' },
  price: {
    en: 'Purchase price',
    ko: '구매 가격',
    hint: { en: 'whole term, all units', ko: '전체 기간, 전체 수량' },
  },
  'price.currency': { en: 'Billing currency', ko: '청구 통화', hint: { en: 'ISO code', ko: 'ISO 코드' } },
  currentPrice: {
    en: 'Current price',
    ko: '현재 가격',
    hint: { en: 'same units and term, optional', ko: '같은 수량과 기간, 선택' },
  },
  'currentPrice.currency': { en: 'Currency of the current price', ko: '현재 가격의 통화' },
  usdPerUnit: {
    en: 'USD per unit of the billing currency',
    ko: '청구 통화 1단위당 USD',
    hint: { en: 'for the refund limit', ko: '환불 한도 계산용' },
  },
  used: { en: 'Benefit used', ko: '혜택 사용 여부' },
  originalQuantity: { en: 'Units the order was bought with', ko: '주문 당시 수량' },
  status: { en: 'Status', ko: '상태' },
};

/** A new purchase's fields (an exchange). */
const purchaseFields: Readonly<Record<string, FieldWords>> = {
  '': { en: 'Purchase', ko: '구매' },
  product: reservationFields.product!,
  term: reservationFields.term!,
  billingPlan: reservationFields.billingPlan!,
  price: { en: 'Lifetime price', ko: '전체 기간 가격' },
  'price.currency': reservationFields['price.currency']!,
};

/** An earlier refund of the ledger. */
const ledgerFields: Readonly<Record<string, FieldWords>> = {
  '': { en: 'Earlier refund', ko: '이전 환불' },
  date: { en: 'Refund date', ko: '환불일', hint: UTC },
  amount: { en: 'Amount counted (USD)', ko: '계산된 금액 (USD)' },
  'amount.currency': { en: 'Currency of the amount counted', ko: '계산된 금액의 통화' },
  reservationId: reservationFields.reservationId!,
  note: { en: 'Note', ko: '메모' },
};

/** The fields of a request itself (refund, exchange, cap, checklist). */
const requestFields: Readonly<Record<string, FieldWords>> = {
  '': { en: 'Request', ko: '요청' },
  date: { en: 'Request date', ko: '요청일', hint: UTC },
  quantity: { en: 'Units to return', ko: '반환할 수량', hint: { en: 'empty: all', ko: '비우면 전체' } },
  policy: { en: 'Policy version', ko: '정책 버전' },
  fee: { en: 'Early termination fee', ko: '조기 해지 수수료' },
  ledger: { en: 'Earlier refunds', ko: '이전 환불' },
  returns: { en: 'Reservations returned', ko: '반환할 예약' },
  purchases: { en: 'New purchases', ko: '새 구매' },
  action: { en: 'Action', ko: '요청 종류' },
  customer: { en: 'Customer', ko: '고객' },
  estimate: { en: 'Estimate', ko: '예상 금액' },
  locale: { en: 'Language', ko: '언어' },
};

/** The words before a row's own field: "Return 2", "반환 2". */
const rowNames: Readonly<Record<string, Words>> = {
  returns: { en: 'Return', ko: '반환' },
  purchases: { en: 'Purchase', ko: '구매' },
  ledger: { en: 'Earlier refund', ko: '이전 환불' },
};

const returnQuantity: FieldWords = { en: 'Units to return', ko: '반환할 수량' };

/**
 * "returns[1].reservation.start" → ["returns", 1, "reservation", "start"]; null when it is not a path. An empty index
 * ("returns[].reservation.start") stands for any row: -1.
 */
function segments(path: string): (string | number)[] | null {
  if (typeof path !== 'string' || path.length > 200) return null;
  if (path === '') return [];
  if (!/^[A-Za-z]\w*(?:\.[A-Za-z]\w*|\[\d*\])*$/.test(path)) return null;
  return [...path.matchAll(/([A-Za-z]\w*)|\[(\d*)\]/g)].map((m) =>
    m[1] !== undefined ? m[1] : m[2] === '' ? -1 : Number(m[2]),
  );
}

/** A field inside a table of fields: its longest known prefix ("price.amount" → price; "price.currency" stays). */
function lookup(
  table: Readonly<Record<string, FieldWords>>,
  rest: (string | number)[],
  least = 0,
): FieldWords | undefined {
  const names = rest.filter((part): part is string => typeof part === 'string');
  // "price.amount" is the price itself: the amount is what a person types.
  const keys = names.filter((name, i) => !(name === 'amount' && i === names.length - 1 && i > 0));
  for (let n = keys.length; n >= Math.min(least, keys.length); n--) {
    const hit = table[keys.slice(0, n).join('.')];
    if (hit) return hit;
  }
  return undefined;
}

interface Named {
  words: FieldWords;
  /** The row of a list, numbered from 1; "{n}" for any row. */
  row?: { name: Words; number: number | '{n}' };
}

function name(path: string): Named | undefined {
  const parts = segments(path);
  if (!parts) return undefined;
  const [head, index, ...rest] = parts;
  if (typeof head === 'string' && typeof index === 'number' && rowNames[head]) {
    const row = { name: rowNames[head]!, number: index < 0 ? ('{n}' as const) : index + 1 };
    if (head === 'returns') {
      if (rest[0] === 'quantity') return { words: returnQuantity, row };
      if (rest[0] === 'reservation') {
        const words = lookup(reservationFields, rest.slice(1));
        return words && { words, row };
      }
      return rest.length === 0 ? { words: { en: '', ko: '' }, row } : undefined;
    }
    const words = lookup(head === 'purchases' ? purchaseFields : ledgerFields, rest);
    return words && { words: rest.length === 0 ? { en: '', ko: '' } : words, row };
  }
  if (head === 'reservation') {
    const words = lookup(reservationFields, parts.slice(1));
    return words && { words };
  }
  // A request's own field must be known by name: an unknown top-level path has no nearer parent than the request.
  const words = lookup(requestFields, parts, 1);
  return words && { words };
}

/** "Benefit start date" after a row's name reads "benefit start date"; "USD per unit…" keeps its capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Whether core has a name for this path (faces fall back to their own words, never to the raw path). */
export function hasFieldLabel(path: string): boolean {
  return name(path) !== undefined;
}

/**
 * The name of an input field for people: `fieldLabel('returns[1].reservation.start', 'en')` → "Return 2: benefit
 * start date"; `fieldLabel('reservation.price.amount', 'ko')` → "구매 가격". A path core does not know gets the name of
 * its nearest known parent, or "Request" / "요청". A path with an empty index ("ledger[].date") gives the label of any
 * row, with "{n}" for its number ("Earlier refund {n}: refund date"). Never throws.
 */
export function fieldLabel(path: string, locale: Locale): string {
  const reader: Locale = locale === 'ko' ? 'ko' : 'en';
  const found = name(path) ?? { words: requestFields['']! };
  const own = found.words[reader];
  if (!found.row) return own;
  const row = `${found.row.name[reader]} ${found.row.number}`;
  if (!own) return row;
  return `${row}: ${reader === 'en' ? lowerFirst(own) : own}`;
}

/** What a form shows beside the field's name ("UTC", "whole term, all units"), or undefined. */
export function fieldHint(path: string, locale: Locale): string | undefined {
  return name(path)?.words.hint?.[locale === 'ko' ? 'ko' : 'en'];
}

/** The name with its hint, as a form labels its input: "Request date (UTC)". */
export function fieldLabelWithHint(path: string, locale: Locale): string {
  const hint = fieldHint(path, locale);
  return hint ? `${fieldLabel(path, locale)} (${hint})` : fieldLabel(path, locale);
}
