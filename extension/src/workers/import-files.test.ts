import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-files';

const fixtures = join(import.meta.dirname, '../../../tests/fixtures/book');
const bytes = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) });
const empty = { refundDeskBook: 1 as const, customers: [] };

describe('importFiles', () => {
  it('decodes UTF-8 and UTF-16 files and imports them with core, reporting progress', () => {
    const steps: string[] = [];
    const outcome = importFiles([bytes('portal-reservations-utf16le.csv'), bytes('reconciliation.csv')], empty, (p) =>
      steps.push(`${p.step} ${p.done}/${p.total}`),
    );
    expect(steps).toEqual(['decode 1/2', 'decode 2/2', 'import 0/1', 'import 1/1']);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.files.map((f) => f.format)).toEqual([
      'portal-reservations-csv',
      'partner-center-reconciliation-csv',
    ]);
    expect(outcome.value.book.customers.flatMap((c) => c.reservations).length).toBeGreaterThan(10);
  });

  it('names a file that is not valid text, and imports the others', () => {
    const outcome = importFiles(
      [{ name: 'broken.csv', bytes: new Uint8Array([0x41, 0xff, 0x42]) }, bytes('reconciliation.csv')],
      empty,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.problems[0]).toMatchObject({
      file: 'broken.csv',
      row: 0,
      message: expect.stringContaining('byte 1'),
    });
    expect(outcome.value.files.at(-1)).toMatchObject({ name: 'broken.csv', format: 'unknown' });
  });

  it('merges into the stored book without losing what it held', () => {
    const first = importFiles([bytes('portal-reservations.csv')], empty);
    if (!first.ok) throw new Error(first.message);
    const stored = { ...first.value.book, customers: first.value.book.customers.map((c) => ({ ...c, ledger: [] })) };
    const second = importFiles([bytes('reconciliation.csv')], stored);
    if (!second.ok) throw new Error(second.message);
    const ids = (b: { customers: { reservations: { reservationId: string }[] }[] }) =>
      new Set(b.customers.flatMap((c) => c.reservations.map((r) => r.reservationId)));
    for (const id of ids(stored)) expect(ids(second.value.book).has(id)).toBe(true);
  });
});
