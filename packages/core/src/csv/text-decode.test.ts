import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './text-decode.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i + (littleEndian ? 0 : 1)] = code & 0xff;
    bytes[2 + 2 * i + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark, and UTF-16 of either order with one', () => {
    const text = 'Name,가격\r\n😀,1\r\n';
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(utf8(`\uFEFF${text}`))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('refuses invalid UTF-8 naming the byte where it starts', () => {
    const bytes = utf8('ab가c');
    const broken = new Uint8Array([...bytes.subarray(0, 3), 0x41, ...bytes.subarray(5)]); // a lead byte cut short
    expect(decodeText(broken)).toMatchObject({ ok: false, byteOffset: 2, message: 'invalid UTF-8 at byte 2' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]);
    expect(decodeText(withBom)).toMatchObject({ ok: false, byteOffset: 4 });
  });

  it('finds overlong forms, surrogates and code points past U+10FFFF', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(utf8('fine 😀 가'))).toBe(utf8('fine 😀 가').length);
  });

  it('refuses an unpaired surrogate in UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    expect(decodeText(bytes)).toMatchObject({ ok: false, encoding: 'utf-16le', byteOffset: 4 });
  });
});
