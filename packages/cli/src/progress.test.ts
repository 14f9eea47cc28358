import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressOn } from './progress.js';

class Sink extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super({ decodeStrings: false });
  }
  override _write(chunk: string, _encoding: BufferEncoding, done: () => void) {
    this.text += chunk;
    done();
  }
}

describe('progressOn', () => {
  it('says nothing when the stream is not a terminal', () => {
    const sink = new Sink(false);
    const progress = progressOn(sink);
    progress.update('reading a.csv', true);
    progress.done();
    expect(sink.text).toBe('');
  });

  it('rewrites one line on a terminal, at most every 100 ms unless asked, and clears it at the end', () => {
    const sink = new Sink(true);
    let time = 1000;
    const progress = progressOn(sink, () => time);
    progress.update('1 row');
    time += 50;
    progress.update('2 rows');
    progress.update('importing', true);
    time += 100;
    progress.update('3 rows');
    progress.done();
    expect(sink.text).toBe(
      '\r\x1b[2Krefund-desk: 1 row\r\x1b[2Krefund-desk: importing\r\x1b[2Krefund-desk: 3 rows\r\x1b[2K',
    );
  });

  it('leaves the terminal alone when nothing was shown', () => {
    const sink = new Sink(true);
    progressOn(sink).done();
    expect(sink.text).toBe('');
  });
});
