// Bytes of an imported file → its text: UTF-8 with or without a BOM, or UTF-16 with one (docs/portfolio.md).
// Core is getting the same helper (decodeText in packages/core/src/csv/); once core exports it this file re-exports it.
import { decodeUtf8, notUtf8Message } from './utf8.js';

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const decoded = decodeUtf8(bytes.subarray(start));
  return decoded.ok ? decoded : { ok: false, message: notUtf8Message(start + decoded.offset) };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)) };
  } catch {
    return { ok: false, message: `input is not valid ${encoding.toUpperCase()}` };
  }
}
