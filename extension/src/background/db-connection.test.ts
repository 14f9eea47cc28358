import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { currentVersion } from './db';
import { blockedMessage, connection } from './db-connection';

let n = 0;

describe('the background connection', () => {
  it('says a database held open at an older version is blocked, gives up in time, and opens once it is free', async () => {
    const name = `held-${++n}`;
    // An old copy of the extension keeps version 2 open and ignores requests to close it.
    const old = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('reservations', { keyPath: 'key' });
        db.createObjectStore('customers', { keyPath: 'tenantId' });
        db.createObjectStore('settings', { keyPath: 'id' });
        db.createObjectStore('refunds', { keyPath: 'id' }).createIndex('tenantId', 'tenantId');
      },
    });
    const c = connection(name, 200);
    await expect(c.get()).rejects.toThrow(blockedMessage);
    expect(c.state()).toEqual({ state: 'blocked', message: blockedMessage });
    old.close();
    await expect.poll(async () => (await c.get()).version, { timeout: 2_000 }).toBe(currentVersion);
    expect(c.state()).toMatchObject({ state: 'ready' });
  });

  it('lets a newer version open by closing its own connection', async () => {
    const name = `newer-${++n}`;
    const c = connection(name, 500);
    await c.get();
    const newer = await openDB(name, currentVersion + 1);
    expect(newer.version).toBe(currentVersion + 1);
    newer.close();
  });
});
