import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeJson } from './json-output.js';

class Sink extends Writable {
  chunks: string[] = [];
  constructor() {
    super({ decodeStrings: false });
  }
  override _write(chunk: string, _encoding: BufferEncoding, done: () => void) {
    this.chunks.push(chunk);
    setImmediate(done);
  }
}

async function written(value: unknown): Promise<Sink> {
  const sink = new Sink();
  await writeJson(sink, value);
  return sink;
}

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) gives, with a line end', async () => {
    const values: unknown[] = [
      { a: 1, b: [1, 'two', { c: null, d: [] }], e: {}, f: 'line\nbreak "quoted" 환불 \u2028' },
      [[[[[[{ deep: [1, { deeper: true }] }]]]]]],
      { skipped: undefined, kept: [undefined, () => 1, 3], date: new Date(0), nested: { x: { y: { z: { w: [1] } } } } },
      [],
      {},
      'text',
      12.5,
      null,
    ];
    for (const value of values)
      expect((await written(value)).chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes a large document in pieces', async () => {
    const reservations = Array.from({ length: 20_000 }, (_, i) => ({
      id: i,
      name: `reservation ${i}`,
      tags: [i, i + 1],
    }));
    const value = { customers: [{ tenantId: 't', reservations }] };
    const sink = await written(value);
    expect(sink.chunks.length).toBeGreaterThan(1);
    expect(Math.max(...sink.chunks.map((chunk) => chunk.length))).toBeLessThan(2 << 20);
    expect(sink.chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
