import browser from 'webextension-polyfill';
import type { Message, MessageType, Replies, Reply } from './messages';

export type { Runtime } from 'webextension-polyfill';
// The one module that imports webextension-polyfill: everything else asks for the browser through here.
export { browser };

/** Sends a message to the background and unwraps its reply; a refusal becomes an Error with the background's reason. */
export async function ask<T extends MessageType>(
  message: { type: T } & Extract<Message, { type: T }>,
): Promise<Replies[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Replies[T]> | undefined;
  if (!reply) throw new Error('no answer from the extension (it may have been updated: reload the page)');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
