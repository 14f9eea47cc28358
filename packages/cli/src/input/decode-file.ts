// Bytes of an input (a JSON file or standard input, an imported file) → its text, by core's decodeText: UTF-8 with or
// without a BOM, or UTF-16 with one (docs/portfolio.md). Only the message is the command's, worded like every other.
import { decodeText as decodeWithCore } from '@refund-desk/core';
import { notUtf8Message } from './utf8.js';

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeWithCore(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  return {
    ok: false,
    message:
      decoded.encoding === 'utf-8'
        ? notUtf8Message(decoded.byteOffset)
        : `input is not valid ${decoded.encoding.toUpperCase()} at byte ${decoded.byteOffset}`,
  };
}
