import { policyIds } from '@refund-desk/core';
import { bool, type Check, type Checked, list, obj, oneOf, optional, run, str } from './check';
import {
  type Customer,
  type ImportReport,
  inputFields,
  type LedgerFile,
  type RefundRecord,
  type ReservationInputs,
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
  'refund/put': obj({ type: str(), refund: checkRefund }),
  'refund/delete': obj({ type: str(), id: str(64) }),
  'ledger/export': obj({ type: str() }),
  'ledger/import': obj({ type: str(), format: oneOf('json', 'csv'), text: str(5_000_000) }),
  'session/get': obj({ type: str(), key: sessionKey }),
  'session/put': obj({ type: str(), key: sessionKey, value: list(str(64), 50) }),
  'options/open': obj({ type: str(), tenantId: optional(tenantId) }),
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
  'customer/delete': true;
  'refund/put': true;
  'refund/delete': true;
  'ledger/export': LedgerFile;
  'ledger/import': ImportReport;
  'session/get': string[];
  'session/put': true;
  'options/open': true;
}

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
]);

export function checkMessage(input: unknown): Checked<Message> {
  const type = (input as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(messageChecks, type)) {
    return { ok: false, issues: [{ field: 'type', message: 'is not a known message type' }] };
  }
  return run(messageChecks[type as MessageType] as Check<Message>, input);
}
