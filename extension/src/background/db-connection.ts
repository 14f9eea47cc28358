import type { DbState } from '../shapes';
import { currentVersion, type Db, dbName, openDb } from './db';

// The background's one connection. Opening can be held up by another connection on an older version (a background
// of the previous release still running, another window's); that is said to the agent and never waited on forever:
// after `timeoutMs` the open is refused with a message, and the next message tries again.
export const blockedMessage =
  'The extension’s storage is held by an older copy of Refund Desk still running. Close the other Refund Desk pages ' +
  'and windows, or restart the browser; nothing has been lost.';
export const timeoutMessage = 'The extension’s storage did not open in time; try again, or restart the browser.';

export interface Connection {
  get(): Promise<Db>;
  state(): DbState;
}

export function connection(name = dbName, timeoutMs = 5_000): Connection {
  let current: Promise<Db> | undefined;
  let state: DbState = { state: 'ready', version: currentVersion };
  const drop = (db?: Db) => {
    db?.close();
    current = undefined;
  };
  const open = (): Promise<Db> => {
    let blocked = false;
    let opened: Db | undefined;
    const opening = openDb(name, currentVersion, {
      blocked() {
        blocked = true;
        state = { state: 'blocked', message: blockedMessage };
      },
      // A newer version wants the database: let it, and open again (at that version's code) on the next message.
      blocking() {
        drop(opened);
      },
      terminated() {
        state = { state: 'failed', message: 'The browser closed the extension’s storage; it is opened again now.' };
        current = undefined;
      },
    }).then((db) => {
      opened = db;
      state = { state: 'ready', version: db.version };
      return db;
    });
    const limit = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(blocked ? blockedMessage : timeoutMessage)), timeoutMs),
    );
    const first = Promise.race([opening, limit]);
    first.catch((error: Error) => {
      if (state.state === 'ready') state = { state: 'failed', message: error.message };
      current = undefined;
      // The open may still finish once the old connection is gone: keep that connection, not a second one.
      opening.then(
        (db) => {
          if (!current) current = Promise.resolve(db);
          else db.close();
        },
        () => {},
      );
    });
    return first;
  };
  return {
    get() {
      current ??= open();
      return current;
    },
    state: () => state,
  };
}
