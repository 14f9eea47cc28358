import type { Book, BookImport, BookReservation, LedgerEntry } from '@refund-desk/core';
import { policyIds } from '@refund-desk/core';
import {
  anyObject,
  bool,
  type Check,
  type Checked,
  int,
  list,
  obj,
  oneOf,
  optional,
  run,
  str,
  stringMap,
} from './check';
import {
  type BookCustomerView,
  type BookLookup,
  type BookStatus,
  type Customer,
  correctableFacts,
  type DbState,
  type ImportReport,
  inputFields,
  type LedgerFile,
  type RefundRecord,
  type ReservationInputs,
  type SaveReply,
  type Settings,
} from './shapes';
import type { HeadroomModel, ModelResult } from './ui/model';

/** The support-request checklist for the reservation last opened in this session (null when none). */
export type ChecklistReply = {
  key: string;
  ids: { reservationOrderId: string; reservationId?: string };
  checklist: { items: { id: string; title: string; detail: string; value?: string }[]; description: string } | null;
  problems: string[];
} | null;

// Every message between content scripts, extension pages and the background, with its reply. The background checks each
// one with `checkMessage` and refuses anything else.
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const key = str(80, /^[0-9a-f-]{36}$/, 'a reservation or order id (GUID)');
const tenantId = str(36, guid, 'a tenant id (GUID)');

const inputsShape = Object.fromEntries(inputFields.map((f) => [f, str(64)])) as Record<
  (typeof inputFields)[number],
  Check<string>
>;
export const checkInputs = obj({ ...inputsShape, used: bool }) as Check<ReservationInputs>;

export const checkCustomer = obj({ tenantId, name: str(200) }) as Check<Customer>;

export const checkRefund = obj({
  id: str(64, /^[\w-]+$/, 'an id'),
  tenantId,
  date: str(10, isoDate, 'a date (YYYY-MM-DD)'),
  amount: str(24, /^\d+(\.\d+)?$/, 'an amount such as 1234.50'),
  reservationId: optional(str(36, guid, 'a reservation id (GUID)')),
  note: optional(str(500)),
}) as Check<RefundRecord>;

export const checkSettings = obj({
  language: oneOf('auto', 'en', 'ko'),
  policy: oneOf('auto', ...policyIds),
  whatIfFee: bool,
  panelCollapsed: bool,
}) as Check<Settings>;

const lang = oneOf('en', 'ko');
const ids = obj({
  reservationOrderId: optional(str(36, guid, 'a reservation order id (GUID)')),
  reservationId: optional(str(36, guid, 'a reservation id (GUID)')),
});

const sessionKey = str(80, /^[\w:-]+$/, 'a session key');
const date = str(10, isoDate, 'a date (YYYY-MM-DD)');
const reservationIds = obj({
  reservationOrderId: str(36, guid, 'a reservation order id (GUID)'),
  reservationId: optional(str(36, guid, 'a reservation id (GUID)')),
});
const bothIds = obj({
  reservationOrderId: str(36, guid, 'a reservation order id (GUID)'),
  reservationId: str(36, guid, 'a reservation id (GUID)'),
});
const undoToken = str(64, /^[\w-]+$/, 'an undo token');
const importId = str(64, /^[\w-]+$/, 'an import id');
/** A book reservation: its IDs and origins are checked here, its facts by core when it is valued. */
const bookReservation: Check<BookReservation> = (v, field, issues) => {
  const record = anyObject(v, field, issues);
  if (typeof record !== 'object' || record === null) return record as unknown as BookReservation;
  str(36, guid, 'a reservation id (GUID)')(record.reservationId, `${field}.reservationId`, issues);
  str(36, guid, 'a reservation order id (GUID)')(record.reservationOrderId, `${field}.reservationOrderId`, issues);
  stringMap(2_000)(record.origin, `${field}.origin`, issues);
  return record as unknown as BookReservation;
};
/** A part of one customer of a book: the background joins the parts of one import by tenant before it writes. */
const bookCustomerPart = obj({
  tenantId: str(36, /^(?:unassigned|[0-9a-fA-F-]{36})$/, 'a tenant id (GUID) or "unassigned"'),
  name: optional(str(500)),
  ledger: list(anyObject as unknown as Check<LedgerEntry>, 100_000),
  reservations: list(bookReservation, 100_000),
});
const bookFile = obj({
  name: str(500),
  format: str(60),
  rows: int(),
  used: int(),
  skipped: int(),
});
const bookNeed = obj({
  tenantId: optional(str(36)),
  reservationId: str(36, guid, 'a reservation id (GUID)'),
  fields: list(oneOf('price', 'billingPlan', 'start', 'usdPerUnit', 'customer', 'product'), 10),
});

const messageChecks = {
  'inputs/get': obj({ type: str(), key }),
  'inputs/put': obj({ type: str(), key, inputs: checkInputs }),
  'inputs/list': obj({ type: str() }),
  'estimate/refund': obj({
    type: str(),
    ids,
    inputs: checkInputs,
    date: str(10, isoDate, 'a date (YYYY-MM-DD)'),
    lang,
  }),
  'headroom/get': obj({ type: str(), tenantId, date: str(10, isoDate, 'a date (YYYY-MM-DD)'), lang }),
  'checklist/build': obj({
    type: str(),
    action: oneOf('refund', 'exchange'),
    date: str(10, isoDate, 'a date (YYYY-MM-DD)'),
    lang,
  }),
  'settings/get': obj({ type: str() }),
  'settings/put': obj({ type: str(), settings: checkSettings }),
  'panel/collapse': obj({ type: str(), collapsed: bool }),
  'ledger/get': obj({ type: str(), tenantId }),
  'customers/list': obj({ type: str() }),
  'customer/put': obj({ type: str(), customer: checkCustomer }),
  'customer/delete': obj({ type: str(), tenantId }),
  // A typed refund: held back with its flags (over the limit, in the future, not USD) until `confirmed`.
  'refund/put': obj({
    type: str(),
    refund: checkRefund,
    currency: optional(str(3, /^[A-Z]{3}$/, 'a currency code such as USD')),
    confirmed: optional(bool),
  }),
  'refund/delete': obj({ type: str(), id: str(64) }),
  'ledger/export': obj({ type: str() }),
  // Flagged rows (see refund/put) are held back and listed unless `confirmed`.
  'ledger/import': obj({
    type: str(),
    format: oneOf('json', 'csv'),
    text: str(5_000_000),
    confirmed: optional(bool),
  }),
  'session/get': obj({ type: str(), key: sessionKey }),
  'session/put': obj({ type: str(), key: sessionKey, value: list(str(64), 50) }),
  'options/open': obj({ type: str(), tenantId: optional(tenantId) }),

  // ---- The book and the ledger, answered by the background (issue 9). ----
  /** The reservation as the book knows it, with its customer, corrections and today's estimate; null when not in it. */
  'book/lookup': obj({ type: str(), ids: reservationIds, date, lang }),
  /** 'book/lookup' for each reservation this tab is likely to open (book-answers.ts answerNearby), asked at idle. */
  'book/nearby': obj({ type: str(), date, lang }),
  /** One customer: every reservation valued on `date`, the limit's headroom, and the plan's next refunds. */
  'book/customer': obj({ type: str(), tenantId, date, lang }),
  /** Facts typed by the agent for one reservation, kept apart from imported facts; '' removes a correction. */
  'book/correct': obj({ type: str(), ids: bothIds, facts: stringMap(64, correctableFacts) }),
  /** Records a refund made as estimated: the background estimates again (from `inputs`, or from the book when absent)
   * and keeps core's ledgerEntryFromEstimate; a page never sends an amount. */
  'refund/record': obj({
    type: str(),
    ids: reservationIds,
    date,
    quantity: optional(int(1, 1_000_000)),
    inputs: optional(checkInputs),
    confirmed: optional(bool),
    /** The language of a refusal's reason (default English). */
    lang: optional(lang),
  }),
  /** Undoes one ledger or book change by the token its reply carried. */
  'refund/undo': obj({ type: str(), token: undoToken }),
  /** The customer of the Partner Center page open in this tab, carried to the portal tabs opened from it. */
  'customer/context': obj({ type: str(), tenantId, name: optional(str(200)) }),
  /** The customer carried to this tab (its own, else the tab that opened it), or null. */
  'customer/context/get': obj({ type: str() }),
  /** The database's state: a blocked or failed database is said, never waited on. */
  'db/status': obj({ type: str() }),
  /** What the book holds and what its last import left missing. */
  'book/status': obj({ type: str() }),
  /** The stored book (imported facts, ledgers empty: the ledger travels apart), for an import to merge into. */
  'book/export': obj({ type: str() }),
  /** An import in parts: begin, the book's customers in chunks, then one transaction swaps the book in. */
  'book/import/begin': obj({ type: str(), importId }),
  'book/import/chunk': obj({
    type: str(),
    importId,
    index: int(0, 1_000_000),
    customers: list(bookCustomerPart, 10_000),
  }),
  'book/import/commit': obj({
    type: str(),
    importId,
    chunks: int(0, 1_000_000),
    files: list(bookFile, 1_000),
    needs: list(bookNeed, 1_000_000),
  }),
} as const;

export type MessageType = keyof typeof messageChecks;
export type Message = { [K in MessageType]: ReturnType<(typeof messageChecks)[K]> & { type: K } }[MessageType];

/** What each message answers. */
export interface Replies {
  'inputs/get': ReservationInputs | null;
  'inputs/put': true;
  'inputs/list': { key: string; inputs: ReservationInputs }[];
  'estimate/refund': ModelResult;
  'headroom/get': { name: string; refunds: number; headroom: HeadroomModel | null };
  'checklist/build': ChecklistReply;
  'settings/get': Settings;
  'settings/put': true;
  'panel/collapse': true;
  'ledger/get': { customer: Customer | null; refunds: RefundRecord[] };
  'customers/list': { customers: Customer[]; refunds: RefundRecord[] };
  'customer/put': true;
  'customer/delete': { undo: string };
  'refund/put': SaveReply;
  'refund/delete': { undo: string };
  'ledger/export': LedgerFile;
  'ledger/import': ImportReport;
  'session/get': string[];
  'session/put': true;
  'options/open': true;
  'book/lookup': BookLookup | null;
  'book/nearby': BookLookup[];
  'book/customer': BookCustomerView;
  'book/correct': { undo: string };
  'refund/record': SaveReply;
  'refund/undo': true;
  'customer/context': true;
  'customer/context/get': Customer | null;
  'db/status': DbState;
  'book/status': BookStatus;
  'book/export': Book;
  'book/import/begin': true;
  'book/import/chunk': true;
  'book/import/commit': BookStatus;
}

/** A book's import as the options page's worker reports it (core's importBook), less the book itself. */
export type ImportSummary = Omit<BookImport, 'book'>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Content scripts run next to untrusted pages: they may only read and write what their panels need. */
export const contentScriptMessages: ReadonlySet<MessageType> = new Set<MessageType>([
  'inputs/get',
  'inputs/put',
  'estimate/refund',
  'headroom/get',
  'checklist/build',
  'settings/get',
  'panel/collapse',
  'session/get',
  'session/put',
  'options/open',
  // Reads of the book, and recording a refund as the background itself estimates it (a page never sends an amount).
  'book/lookup',
  'book/nearby',
  'book/customer',
  'book/correct',
  'refund/record',
  'refund/undo',
  'customer/context',
  'customer/context/get',
  'db/status',
]);

export function checkMessage(input: unknown): Checked<Message> {
  const type = (input as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(messageChecks, type)) {
    return { ok: false, issues: [{ field: 'type', message: 'is not a known message type' }] };
  }
  return run(messageChecks[type as MessageType] as Check<Message>, input);
}

// Changes: the background broadcasts a ChangeNotice under `changeKey` in storage.local after every write (shapes.ts);
// listen with `onChange` from pages/shared/changes.ts (content scripts and extension pages alike).

// ---- Messages added by the content-script / panel / popup side: append below this line (checks and replies). ----
// (issue 9, page side) Checked like every message above; the background's router answers them.
const pageSideChecks = {
  /**
   * This tab now shows this reservation (or, without ids, none): the background sets the toolbar badge of the sender's
   * tab (action.setBadgeText with tabId) to the refund now from its own 'book/lookup' estimate, and clears it without ids.
   */
  'tab/page': obj({ type: str(), ids: optional(reservationIds) }),
  /**
   * The extension's own words (_locales) in `lang`, for a content script whose agent picked another language than the
   * browser's (the content script reads the browser's language through browser.i18n and ships no catalog): the
   * background answers the whole catalog of ui/i18n.ts for that language.
   */
  'words/get': obj({ type: str(), lang }),
} as const;
Object.assign(messageChecks, pageSideChecks);
for (const type of Object.keys(pageSideChecks)) (contentScriptMessages as Set<string>).add(type);

export type PageSideMessage = {
  [K in keyof typeof pageSideChecks]: ReturnType<(typeof pageSideChecks)[K]> & { type: K };
}[keyof typeof pageSideChecks];
export interface PageSideReplies {
  'tab/page': true;
  'words/get': Record<string, { message: string }>;
}

/**
 * Sent by the background to one tab (browser.tabs.sendMessage), never checked as a request: the keyboard command
 * (manifest `commands`, 'toggle-panel') opens or closes that tab's panel.
 */
export type TabMessage = { type: 'panel/toggle' } | { type: 'tab/ids' };
/** The content script's answer to 'tab/ids' (the popup asks the active tab which reservation it shows). */
export type TabIdsReply = { reservationOrderId: string; reservationId?: string } | null;
