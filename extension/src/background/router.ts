import { checkMessage, contentScriptMessages, type Message, type Replies, type Reply } from '../messages';
import { answerChecklist, answerEstimate, answerHeadroom } from './answers';
import * as store from './db';
import { exportLedger, importLedger } from './ledger-import';

// The background's single entry point for messages. Each message is checked twice: who sent it, and what it says.
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: unknown;
}

export interface RouterDeps {
  db: () => Promise<store.Db>;
  extensionId: string;
  /** e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
  allowLocalFixtures: boolean;
  session: { get(key: string): Promise<string[]>; set(key: string, value: string[]): Promise<void> };
  openOptions(tenantId?: string): Promise<void>;
  newId(): string;
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
  const message = checked.value;
  if (origin === 'content' && !contentScriptMessages.has(message.type)) {
    return { ok: false, error: `refused: ${message.type} is not available to web pages` };
  }
  try {
    return { ok: true, value: await answer(message, deps) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

async function answer(m: Message, deps: RouterDeps): Promise<Replies[Message['type']]> {
  const db = await deps.db();
  switch (m.type) {
    case 'inputs/get':
      return store.getInputs(db, m.key.toLowerCase());
    case 'inputs/put':
      await store.putInputs(db, m.key.toLowerCase(), m.inputs);
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
      return true;
    case 'panel/collapse':
      await store.patchSettings(db, { panelCollapsed: m.collapsed });
      return true;
    case 'ledger/get':
      return {
        customer: await store.getCustomer(db, m.tenantId.toLowerCase()),
        refunds: await store.listRefunds(db, m.tenantId.toLowerCase()),
      };
    case 'customers/list':
      return { customers: await store.listCustomers(db), refunds: await store.listRefunds(db) };
    case 'customer/put':
      await store.putCustomer(db, { ...m.customer, tenantId: m.customer.tenantId.toLowerCase() });
      return true;
    case 'customer/delete':
      await store.deleteCustomer(db, m.tenantId.toLowerCase());
      return true;
    case 'refund/put':
      await store.putRefund(db, { ...m.refund, tenantId: m.refund.tenantId.toLowerCase() });
      return true;
    case 'refund/delete':
      await store.deleteRefund(db, m.id);
      return true;
    case 'ledger/export':
      return exportLedger(db);
    case 'ledger/import':
      return importLedger(db, m.format, m.text, deps.newId);
    case 'session/get':
      return deps.session.get(m.key);
    case 'session/put':
      await deps.session.set(m.key, m.value);
      return true;
    case 'options/open':
      await deps.openOptions(m.tenantId);
      return true;
    default:
      throw new Error(`${m.type} is not answered yet`);
  }
}
