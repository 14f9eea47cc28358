// The calculator's whole state, as the text people typed, and its readable URL form (format v=1).
// Query parameters: mode, date, policy, fee; refund: product, term, plan, start, quantity, price, currency, current,
// rate, used, returnQuantity, originalQuantity (units the order was bought with, R-monthly.5); ledger=DATE:USD (repeated); exchange: return=product,term,plan,start,quantity,price[,returnQuantity[,current]]
// (repeated), buy=product,term,plan,price (repeated). Nothing expires: the link carries every input.

export type Mode = 'refund' | 'exchange' | 'cap';
export const FORMAT_VERSION = '1';

export interface LedgerRow {
  date: string;
  amount: string;
}
export interface ReturnRow {
  product: string;
  term: string;
  plan: string;
  start: string;
  quantity: string;
  price: string;
  returnQuantity: string;
  current: string;
}
export interface PurchaseRow {
  product: string;
  term: string;
  plan: string;
  price: string;
}

export interface CalcState {
  mode: Mode;
  date: string;
  policy: string;
  fee: string;
  product: string;
  term: string;
  plan: string;
  start: string;
  quantity: string;
  price: string;
  currency: string;
  current: string;
  rate: string;
  used: string;
  returnQuantity: string;
  /** Units the order was bought with, when some were returned earlier (optional, advanced). */
  originalQuantity: string;
  ledger: LedgerRow[];
  returns: ReturnRow[];
  purchases: PurchaseRow[];
}

export const emptyReturn = (): ReturnRow => ({
  product: 'virtual-machines',
  term: 'P1Y',
  plan: 'Upfront',
  start: '',
  quantity: '1',
  price: '',
  returnQuantity: '',
  current: '',
});
export const emptyPurchase = (): PurchaseRow => ({
  product: 'virtual-machines',
  term: 'P3Y',
  plan: 'Upfront',
  price: '',
});

export function defaultState(today: string): CalcState {
  return {
    mode: 'refund',
    date: today,
    policy: 'auto',
    fee: 'policy',
    product: 'virtual-machines',
    term: 'P1Y',
    plan: 'Upfront',
    start: '',
    quantity: '1',
    price: '',
    currency: 'USD',
    current: '',
    rate: '',
    used: '',
    returnQuantity: '',
    originalQuantity: '',
    ledger: [],
    returns: [emptyReturn()],
    purchases: [emptyPurchase()],
  };
}

const scalarKeys = [
  'date',
  'policy',
  'fee',
  'product',
  'term',
  'plan',
  'start',
  'quantity',
  'price',
  'currency',
  'current',
  'rate',
  'used',
  'returnQuantity',
  'originalQuantity',
] as const;

const modes: readonly Mode[] = ['refund', 'exchange', 'cap'];

/** Reads a query string; unknown or missing parameters keep their defaults, values are kept as typed. */
export function stateFromParams(params: URLSearchParams, today: string): CalcState {
  const state = defaultState(today);
  const mode = params.get('mode');
  if (mode && (modes as readonly string[]).includes(mode)) state.mode = mode as Mode;
  for (const key of scalarKeys) {
    const value = params.get(key);
    if (value !== null) state[key] = value;
  }
  const ledger = params.getAll('ledger');
  if (ledger.length > 0) state.ledger = ledger.map(parseLedger);
  const returns = params.getAll('return');
  if (returns.length > 0) state.returns = returns.map(parseReturn);
  const purchases = params.getAll('buy');
  if (purchases.length > 0) state.purchases = purchases.map(parsePurchase);
  return state;
}

// Inside a packed value, '%', ',' and ':' of a field are escaped so any typed text survives the round trip.
const packField = (text: string) => text.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A');
function unpackField(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
const unpack = (text: string, separator: string) => text.split(separator).map(unpackField);

function parseLedger(text: string): LedgerRow {
  const [date = '', amount = ''] = unpack(text, ':');
  return { date, amount };
}

function parseReturn(text: string): ReturnRow {
  const [product = '', term = '', plan = '', start = '', quantity = '', price = '', returnQuantity = '', current = ''] =
    unpack(text, ',');
  return { product, term, plan, start, quantity, price, returnQuantity, current };
}

function parsePurchase(text: string): PurchaseRow {
  const [product = '', term = '', plan = '', price = ''] = unpack(text, ',');
  return { product, term, plan, price };
}

/** The parameters that matter for the state's mode, in a stable order; empty optional values are left out. */
export function stateToQuery(state: CalcState): string {
  const pairs: [string, string][] = [
    ['v', FORMAT_VERSION],
    ['mode', state.mode],
    ['date', state.date],
  ];
  const keep = (key: string, value: string) => {
    if (value !== '') pairs.push([key, value]);
  };
  if (state.mode !== 'cap') {
    keep('policy', state.policy === 'auto' ? '' : state.policy);
  }
  if (state.mode === 'refund') {
    for (const key of [
      'product',
      'term',
      'plan',
      'start',
      'quantity',
      'price',
      'currency',
      'current',
      'rate',
    ] as const) {
      keep(key, state[key]);
    }
    keep('used', state.used);
    keep('fee', state.fee === 'policy' ? '' : state.fee);
    keep('returnQuantity', state.returnQuantity);
    keep('originalQuantity', state.originalQuantity);
  }
  if (state.mode === 'exchange') {
    keep('currency', state.currency);
    for (const row of state.returns) {
      const fields = [
        row.product,
        row.term,
        row.plan,
        row.start,
        row.quantity,
        row.price,
        row.returnQuantity,
        row.current,
      ];
      while (fields.length > 6 && fields[fields.length - 1] === '') fields.pop();
      pairs.push(['return', fields.map(packField).join(',')]);
    }
    for (const row of state.purchases) {
      pairs.push(['buy', [row.product, row.term, row.plan, row.price].map(packField).join(',')]);
    }
  }
  if (state.mode !== 'exchange') {
    for (const row of state.ledger) pairs.push(['ledger', `${packField(row.date)}:${packField(row.amount)}`]);
  }
  return pairs.map(([key, value]) => `${key}=${readable(value)}`).join('&');
}

// Commas and colons are legal in a query string; leaving them unescaped keeps links readable.
function readable(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}
