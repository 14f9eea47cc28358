import { describe, expect, it } from 'vitest';
import { InvalidUtf8Error, scanUtf8, Utf8StreamDecoder } from './utf8.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

/** Bytes through the stream decoder in one chunk: the text, or the offset it refused at. */
function decodeUtf8(input: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  const decoder = new Utf8StreamDecoder();
  try {
    const decoded = decoder.push(Buffer.from(input));
    decoder.end();
    return { ok: true, text: decoded };
  } catch (error) {
    if (error instanceof InvalidUtf8Error) return { ok: false, offset: error.offset };
    throw error;
  }
}

describe('Utf8StreamDecoder on a whole input', () => {
  it('decodes UTF-8, keeping a BOM for the reader', () => {
    expect(decodeUtf8(text('\uFEFF환불 €5'))).toEqual({ ok: true, text: '\uFEFF환불 €5' });
  });

  it('names the offset of the first byte that is not UTF-8', () => {
    const cases: [Uint8Array, number][] = [
      [bytes(0x61, 0x62, 0xff), 2], // never valid
      [bytes(0x61, 0x80), 1], // a continuation byte with no lead
      [bytes(0x61, 0xc0, 0xaf), 1], // overlong "/"
      [bytes(0xe0, 0x80, 0xaf), 0], // overlong three-byte form
      [bytes(0x61, 0x61, 0xed, 0xa0, 0x80), 2], // a UTF-16 surrogate
      [bytes(0xf4, 0x90, 0x80, 0x80), 0], // above U+10FFFF
      [bytes(0x61, 0xe2, 0x82), 1], // cut short at the end
      [bytes(0xc3, 0x41), 0], // a lead byte followed by ASCII
    ];
    for (const [input, offset] of cases)
      expect(decodeUtf8(input), Array.from(input).join(' ')).toEqual({ ok: false, offset });
  });
});

describe('scanUtf8', () => {
  it('tells an unfinished character at the end from a bad byte', () => {
    expect(scanUtf8(bytes(0x61, 0xe2, 0x82))).toEqual({ index: 1, invalid: false });
    expect(scanUtf8(bytes(0x61, 0xe2, 0x41))).toEqual({ index: 1, invalid: true });
    expect(scanUtf8(text('€'))).toEqual({ index: 3, invalid: false });
  });

  it('agrees with the platform decoder on every two-byte sequence', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const disagreements: string[] = [];
    for (let first = 0; first < 256; first++) {
      for (let second = 0; second < 256; second++) {
        const input = bytes(first, second, 0x80, 0x80);
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        const scan = scanUtf8(input);
        if ((!scan.invalid && scan.index === input.length) !== valid) disagreements.push(`${first} ${second}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('Utf8StreamDecoder', () => {
  it('joins a character split across chunks, wherever the split falls', () => {
    const whole = text('a€b😀c환');
    for (let cut = 0; cut <= whole.length; cut++) {
      const decoder = new Utf8StreamDecoder();
      const out = decoder.push(Buffer.from(whole.subarray(0, cut))) + decoder.push(Buffer.from(whole.subarray(cut)));
      decoder.end();
      expect(out, `cut at ${cut}`).toBe('a€b😀c환');
    }
  });

  it('counts the offset from the start of the stream, across chunks', () => {
    const decoder = new Utf8StreamDecoder();
    decoder.push(Buffer.from('abcd'));
    decoder.push(Buffer.from([0x65, 0xe2]));
    expect(() => decoder.push(Buffer.from([0x82, 0x41]))).toThrow(new InvalidUtf8Error(5));
  });

  it('reports a character cut short by the end of the input', () => {
    const decoder = new Utf8StreamDecoder();
    expect(decoder.push(Buffer.from([0x61, 0x62, 0xf0, 0x9f]))).toBe('ab');
    expect(() => decoder.end()).toThrow('input is not valid UTF-8 at byte 2');
  });
});
