import { normalizeGuid, todayUtc } from '@refund-desk/core';
import en from '../../_locales/en/messages.json';
import ko from '../../_locales/ko/messages.json';
import {
  checkMessage,
  contentScriptMessages,
  type Message,
  type PageSideMessage,
  type Replies,
  type Reply,
} from '../messages';
import type { ChangeKind, ChangeNotice, DbState, RefundRecord, SaveReply } from '../shapes';
import { t } from '../ui/i18n';
import { answerChecklist, answerEstimate, answerHeadroom } from './answers';
import { answerCustomer, answerLookup, answerNearby, badgeText, recordOf } from './book-answers';
import * as book from './book-store';
import * as store from './db';
import { exportLedger, importLedger } from './ledger-import';
import { forgetLookups } from './lookup-read';
import { plausibilityFlags } from './plausible';
import { applyUndo } from './undo';

// The background's single entry point for messages. Each message is checked twice: who sent it, and what it says.
// Every write is followed by a change notice, so every open tab and extension page updates without reload.
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; openerTabId?: number };
}

export interface RouterDeps {
  db: () => Promise<store.Db>;
  /** The database's state (a blocked or failed open is said with its message). */
  dbState?: () => DbState;
  extensionId: string;
  /** e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
  allowLocalFixtures: boolean;
  session: { get(key: string): Promise<string[]>; set(key: string, value: string[]): Promise<void> };
  openOptions(tenantId?: string): Promise<void>;
  newId(): string;
  /** Broadcasts a change to every tab and page (storage.local under changeKey). */
  notify?(notice: Omit<ChangeNotice, 'seq'>): Promise<void>;
  /** Sets the toolbar badge of one tab. */
  setBadge?(tabId: number, text: string): Promise<void>;
  today?(): string;
}

type Origin = 'page' | 'content';

/** Extension pages may send anything; a content script only from a top frame of a page it is declared for. */
export function senderOrigin(sender: Sender, deps: RouterDeps): Origin | null {
  if (sender.id !== deps.extensionId || !sender.url) return null;
  if (sender.url.startsWith(deps.extensionOrigin)) return 'page';
  if (sender.tab && sender.frameId === 0 && isContentScriptHost(sender.url, deps.allowLocalFixtures)) return 'content';
  return null;
}

function isContentScriptHost(url: string, allowLocalFixtures: boolean): boolean {
  // Any page of the portal or Partner Center (the content script runs on all of them), not only recognised ones.
  try {
    const { protocol, hostname } = new URL(url);
    if (
      protocol === 'https:' &&
      /^(?:[a-z0-9-]+\.)*portal\.azure\.com$|^portal\.azure\.us$|^partner\.microsoft\.com$/.test(hostname)
    )
      return true;
    return allowLocalFixtures && protocol === 'http:' && hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function route(raw: unknown, sender: Sender, deps: RouterDeps): Promise<Reply<unknown>> {
  const origin = senderOrigin(sender, deps);
  if (!origin) return { ok: false, error: 'refused: unknown sender' };
  const checked = checkMessage(raw);
  if (!checked.ok) {
    return { ok: false, error: `refused: ${checked.issues.map((i) => `${i.field} ${i.message}`).join('; ')}` };
  }
  const message = checked.value as Message | PageSideMessage;
  if (origin === 'content' && !(contentScriptMessages as ReadonlySet<string>).has(message.type)) {
    return { ok: false, error: `refused: ${message.type} is not available to web pages` };
  }
  const writes = !readOnly.has(message.type);
  // The lookup cache never outlives a write: emptied before it (no read starts from the old records) and after it.
  if (writes) forgetLookups();
  try {
    return { ok: true, value: await answer(message, sender, deps) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    if (writes) forgetLookups();
  }
}

/** Messages that only read the stores; any other message (a new one included) empties the lookup cache. */
const readOnly: ReadonlySet<string> = new Set([
  'db/status',
  'words/get',
  'session/get',
  'session/put',
  'options/open',
  'customer/context',
  'customer/context/get',
  'tab/page',
  'inputs/get',
  'inputs/list',
  'estimate/refund',
  'headroom/get',
  'checklist/build',
  'settings/get',
  'ledger/get',
  'customers/list',
  'ledger/export',
  'book/lookup',
  'book/nearby',
  'book/customer',
  'book/status',
  'book/export',
]);

const tenantOf = (id: string) => normalizeGuid(id) ?? id;
const contextKey = (tabId: number) => `context:${tabId}`;

/** This tab's own customer, else the one of the tab that opened it (Partner Center opens the portal in a new tab). */
async function tabCustomer(sender: Sender, deps: RouterDeps): Promise<Replies['customer/context/get']> {
  for (const tabId of [sender.tab?.id, sender.tab?.openerTabId]) {
    if (tabId === undefined) continue;
    const [tenantId, name = ''] = await deps.session.get(contextKey(tabId));
    if (tenantId) return { tenantId, name };
  }
  return null;
}

async function changed(deps: RouterDeps, what: ChangeKind[], tenantIds: (string | null | undefined)[] = []) {
  forgetLookups();
  await deps.notify?.({ what, tenantIds: [...new Set(tenantIds.filter((x): x is string => Boolean(x)))] });
}

/** Saves a refund unless it looks wrong and is not confirmed; the reply carries the token that undoes it. */
async function save(
  db: store.Db,
  deps: RouterDeps,
  refund: RefundRecord,
  currency: string | undefined,
  confirmed?: boolean,
): Promise<SaveReply> {
  const row = store.storedRefund(refund);
  const flags = plausibilityFlags(row, deps.today?.() ?? todayUtc(), currency);
  if (flags.length && !confirmed) return { saved: false, flags };
  const undo = deps.newId();
  await book.putRefundUndoable(db, row, undo);
  await changed(deps, ['ledger', 'customers'], [row.tenantId]);
  return { saved: true, refund: row, undo };
}

async function answer(m: Message | PageSideMessage, sender: Sender, deps: RouterDeps): Promise<unknown> {
  // Answers that need no database come first: a blocked database must not hold up saying that it is blocked.
  switch (m.type) {
    case 'db/status':
      try {
        await deps.db();
      } catch {}
      return deps.dbState?.() ?? { state: 'ready', version: store.currentVersion };
    case 'words/get':
      // The extension's own catalog in the agent's language, for content scripts (they ship none).
      return m.lang === 'ko' ? ko : en;
    case 'session/get':
      return deps.session.get(m.key);
    case 'session/put':
      await deps.session.set(m.key, m.value);
      return true;
    case 'options/open':
      await deps.openOptions(m.tenantId);
      return true;
    case 'customer/context': {
      if (sender.tab?.id === undefined) throw new Error('a customer is carried per tab: this page has no tab');
      await deps.session.set(contextKey(sender.tab.id), [tenantOf(m.tenantId), m.name ?? '']);
      await changed(deps, ['context'], [tenantOf(m.tenantId)]);
      return true;
    }
    case 'customer/context/get':
      return tabCustomer(sender, deps);
  }
  const db = await deps.db();
  switch (m.type) {
    case 'tab/page': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return true;
      const text = m.ids ? await badgeText(db, m.ids, deps.today?.() ?? todayUtc()) : '';
      await deps.setBadge?.(tabId, text);
      return true;
    }
    case 'inputs/get':
      return store.getInputs(db, m.key.toLowerCase());
    case 'inputs/put':
      await store.putInputs(db, m.key.toLowerCase(), m.inputs);
      await changed(deps, ['inputs']);
      return true;
    case 'inputs/list':
      return (await store.listInputs(db)).map(({ key, inputs }) => ({ key, inputs }));
    case 'estimate/refund':
      return answerEstimate(db, m);
    case 'headroom/get':
      return answerHeadroom(db, m);
    case 'checklist/build':
      return answerChecklist(db, deps.session, m);
    case 'settings/get':
      return store.getSettings(db);
    case 'settings/put':
      await store.putSettings(db, m.settings);
      await changed(deps, ['settings']);
      return true;
    case 'panel/collapse':
      await store.patchSettings(db, { panelCollapsed: m.collapsed });
      return true;
    case 'ledger/get':
      return {
        customer: await store.getCustomer(db, m.tenantId),
        refunds: await store.listRefunds(db, m.tenantId),
      };
    case 'customers/list':
      return { customers: await store.listCustomers(db), refunds: await store.listRefunds(db) };
    case 'customer/put':
      await store.putCustomer(db, m.customer);
      await changed(deps, ['customers'], [tenantOf(m.customer.tenantId)]);
      return true;
    case 'customer/delete': {
      const undo = deps.newId();
      await book.deleteCustomerUndoable(db, m.tenantId, undo);
      await changed(deps, ['customers', 'ledger', 'book'], [tenantOf(m.tenantId)]);
      return { undo };
    }
    case 'refund/put':
      return save(db, deps, m.refund, m.currency, m.confirmed);
    case 'refund/record': {
      const entry = await recordOf(db, m, m.lang ?? 'en', t('required'));
      return save(db, deps, { ...entry, id: deps.newId() }, 'USD', m.confirmed);
    }
    case 'refund/delete': {
      const undo = deps.newId();
      const tenant = await book.deleteRefundUndoable(db, m.id, undo);
      await changed(deps, ['ledger'], [tenant]);
      return { undo };
    }
    case 'refund/undo': {
      const tenants = await applyUndo(db, m.token);
      await changed(deps, ['ledger', 'customers', 'book', 'corrections'], tenants);
      return true;
    }
    case 'ledger/export':
      return exportLedger(db);
    case 'ledger/import': {
      const report = await importLedger(db, m.format, m.text, deps.newId, {
        ...(m.confirmed && { confirmed: true }),
        ...(deps.today && { today: deps.today() }),
      });
      if (report.addedRefunds || report.addedCustomers) await changed(deps, ['ledger', 'customers']);
      return report;
    }
    case 'book/lookup':
      return answerLookup(db, m);
    case 'book/nearby':
      return answerNearby(db, (await tabCustomer(sender, deps))?.tenantId ?? null, m.date, m.lang);
    case 'book/customer':
      return answerCustomer(db, m);
    case 'book/correct': {
      const undo = deps.newId();
      const correction = await book.putCorrection(db, m.ids, m.facts, deps.today?.() ?? todayUtc(), undo);
      await changed(deps, ['corrections', 'book'], [correction.facts.customer]);
      return { undo };
    }
    case 'book/status':
      return book.bookStatus(db);
    case 'book/export':
      return book.exportBook(db);
    case 'book/import/begin':
      await book.beginImport(db);
      return true;
    case 'book/import/chunk':
      await book.stageChunk(db, { importId: m.importId, index: m.index, customers: m.customers as never });
      return true;
    case 'book/import/commit': {
      const { tenants } = await book.commitImport(db, m.importId, m.chunks, {
        importedAt: new Date().toISOString(),
        files: m.files,
        needs: m.needs,
      });
      await changed(deps, ['book', 'customers', 'ledger'], tenants);
      return book.bookStatus(db);
    }
    default:
      throw new Error(`${(m as { type: string }).type} is not answered`);
  }
}
