import { isUtf8 } from 'node:buffer';

/** Where a byte sequence stops being UTF-8: `index` of the first bad byte, or of an unfinished sequence at the end. */
export interface Utf8Scan {
  index: number;
  /** false when the bytes from `index` on are only an unfinished character (more bytes may complete it). */
  invalid: boolean;
}

/**
 * Scans UTF-8 by the WHATWG rules (the ones TextDecoder and Buffer.isUtf8 apply): no overlong forms, no surrogates,
 * nothing above U+10FFFF. Slow next to isUtf8, so it is only run to find the offset once isUtf8 has said no.
 * (Core's decodeText does the same for a whole file; a stream, cut anywhere, needs this one.)
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return { index: i, invalid: true };
    for (let k = 1; k <= need; k++) {
      if (i + k >= length) return { index: i, invalid: false };
      const next = bytes[i + k]!;
      // Only the first continuation byte has a narrowed range.
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return { index: i, invalid: true };
    }
    i += need + 1;
  }
  return { index: length, invalid: false };
}

export function notUtf8Message(offset: number): string {
  return `input is not valid UTF-8 at byte ${offset}`;
}

export class InvalidUtf8Error extends Error {
  constructor(readonly offset: number) {
    super(notUtf8Message(offset));
  }
}

/**
 * Decodes a stream chunk by chunk. A character split across chunks waits for its last bytes; a bad byte throws
 * InvalidUtf8Error with its offset from the start of the stream, instead of turning silently into U+FFFD.
 */
export class Utf8StreamDecoder {
  private carry: Buffer = Buffer.alloc(0);
  private bytesBefore = 0;

  push(chunk: Buffer): string {
    const data = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const cut = data.length - unfinishedTail(data);
    const whole = data.subarray(0, cut);
    if (!isUtf8(whole)) throw new InvalidUtf8Error(this.bytesBefore + scanUtf8(whole).index);
    this.carry = Buffer.from(data.subarray(cut));
    this.bytesBefore += cut;
    return whole.toString('utf8');
  }

  /** The input ended: a character still waiting for bytes is cut short. */
  end(): void {
    if (this.carry.length > 0) throw new InvalidUtf8Error(this.bytesBefore);
  }
}

/** How many bytes at the end start a character that needs more bytes than are there (0 to 3). */
function unfinishedTail(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const byte = data[data.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return 0;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return size > back ? back : 0;
  }
  return 0;
}
