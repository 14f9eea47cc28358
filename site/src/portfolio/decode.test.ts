import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from './decode.js';

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
    bytes[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
  }
  return bytes;
};

describe('decodeFileBytes', () => {
  const text = 'Name,Quantity\r\n우드그로브,2\r\n';

  it('reads UTF-8 with and without a byte order mark, the mark cut', () => {
    const plain = new TextEncoder().encode(text);
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeFileBytes(plain)).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeFileBytes(marked)).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads UTF-16 in either byte order by its mark', () => {
    expect(decodeFileBytes(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeFileBytes(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('refuses bytes that are not UTF-8 rather than replacing them', () => {
    // Windows-1252 "Caf\xe9": the lone 0xE9 is not UTF-8.
    expect(decodeFileBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, encoding: 'utf-8' });
  });

  it('refuses UTF-16 with an unpaired surrogate', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    expect(decodeFileBytes(bytes)).toEqual({ ok: false, encoding: 'utf-16le' });
  });
});
