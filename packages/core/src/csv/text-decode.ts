// Bytes of a file → its text, as partners' files come: UTF-8 with or without a byte order mark, or UTF-16 (what
// Excel's "Unicode text" and some Windows tools write) with one. Invalid UTF-8 is refused with the byte where it
// starts, never replaced silently: a replaced byte inside an amount or an ID would change the data unseen.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; encoding: TextEncodingName; byteOffset: number; message: string };

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

// TextDecoder is in every browser and in Node; core's type library (ES only) does not declare it.
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return {
      ok: true,
      text: new TextDecoderClass('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    const offset = start + firstInvalidUtf8(body);
    return { ok: false, encoding: 'utf-8', byteOffset: offset, message: `invalid UTF-8 at byte ${offset}` };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const body = bytes.subarray(2);
  try {
    return { ok: true, text: new TextDecoderClass(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    const offset = 2 + firstInvalidUtf16(body, encoding === 'utf-16le');
    return { ok: false, encoding, byteOffset: offset, message: `invalid UTF-16 at byte ${offset}` };
  }
}

/** Where the first invalid UTF-8 sequence starts (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return n;
}

/** Where the first unpaired surrogate (or a dangling last byte) of UTF-16 text starts. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) =>
    littleEndian ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
  let i = 0;
  while (i + 1 < bytes.length) {
    const code = unit(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 4;
    } else if (code >= 0xdc00 && code <= 0xdfff) return i;
    else i += 2;
  }
  return i;
}
