import type { Message, PageSideMessage, PageSideReplies, Replies, Reply } from '../messages';
import { type ChangeKind, type ChangeNotice, changeKey } from '../shapes';

// The content script's own small door to the extension. In Manifest V3 both Chrome (`chrome`) and Firefox (`browser`)
// answer with promises, so the content script does without webextension-polyfill (3 KB gzipped of its 15 KB budget);
// extension pages and the background keep using it through src/browser.ts.
type Heard = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
interface Api {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => void): void;
    };
  };
  storage: {
    local: Area;
    onChanged: { addListener(listener: Heard): void };
  };
}
const scope = globalThis as { browser?: Api; chrome?: Api };
const gone = () => new Error('no answer from the extension (it may have been updated: reload the page)');
const api = (): Api => {
  const found = scope.browser ?? scope.chrome;
  if (!found?.runtime) throw gone();
  return found;
};

/** Sends a message to the background and unwraps its reply; a refusal becomes an Error with the background's reason. */
type AnyMessage = Message | PageSideMessage;
type AnyReplies = Replies & PageSideReplies;
export async function ask<T extends AnyMessage['type']>(
  message: { type: T } & Extract<AnyMessage, { type: T }>,
): Promise<AnyReplies[T]> {
  const reply = (await api().runtime.sendMessage(message)) as Reply<AnyReplies[T]> | undefined;
  if (!reply) throw gone();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The extension's local storage, for the panel's own place on screen (which edge, minimized). */
export async function readLocal(key: string): Promise<unknown> {
  return (await api().storage.local.get(key))[key];
}
export function writeLocal(key: string, value: unknown): Promise<void> {
  return api().storage.local.set({ [key]: value });
}

// One storage listener for the page's life (registering one with the browser is slow; adding to a set is not).
const changeListeners = new Set<Heard>();
let listening = false;

/** Calls `listener` after each change the background broadcasts (ChangeNotice under changeKey) of one of `kinds`. */
export function onChange(listener: (notice: ChangeNotice) => void, kinds: readonly ChangeKind[]): () => void {
  const heard: Heard = (changes, area) => {
    const notice = changes[changeKey]?.newValue as Partial<ChangeNotice> | undefined;
    if (area !== 'local' || !notice || !Array.isArray(notice.what)) return;
    if (notice.what.some((w) => kinds.includes(w))) listener(notice as ChangeNotice);
  };
  if (!listening) {
    listening = true;
    api().storage.onChanged.addListener((changes, area) => {
      for (const l of changeListeners) l(changes, area);
    });
  }
  changeListeners.add(heard);
  return () => changeListeners.delete(heard);
}

/**
 * Messages the extension sends to this tab (TabMessage: the keyboard command, the popup asking which reservation this
 * tab shows); `listener` answers synchronously, or undefined for no answer.
 */
export function onTabMessage(listener: (type: string) => unknown): void {
  api().runtime.onMessage.addListener((message, _sender, respond) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string') return;
    const answer = listener(type);
    if (answer !== undefined) respond(answer);
  });
}
