// A file's bytes → its text, for the book import in the worker: UTF-8 with or without a byte order mark, or UTF-16
// (little or big endian) with one, as docs/portfolio.md says partners' files come. Invalid bytes are refused, never
// replaced: a replaced byte inside an amount or an ID would change the data unseen.
// Core has the same helper (decodeText in packages/core/src/csv/text-decode.ts) but does not export it from its
// entry point yet; once it does, this module should re-export it.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodedFile =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; encoding: TextEncodingName };

export function decodeFileBytes(bytes: Uint8Array): DecodedFile {
  const encoding: TextEncodingName =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const bom = encoding !== 'utf-8' ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    // ignoreBOM keeps a second BOM (were there one) as text: only the first one is the mark, and it is cut here.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom));
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, encoding };
  }
}
