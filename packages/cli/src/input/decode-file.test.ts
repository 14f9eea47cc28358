import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-file.js';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM and UTF-16 with one alike, BOM dropped', () => {
    const text = 'Name,Quantity\r\n환불 ü,2\r\n';
    const forms = [
      Buffer.from(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      utf16le(text),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ];
    for (const bytes of forms) expect(decodeText(bytes)).toEqual({ ok: true, text });
  });

  it('names the byte where the text stops being valid, counting the BOM', () => {
    const latin1 = Buffer.from('Caf\xe9', 'latin1');
    expect(decodeText(latin1)).toEqual({ ok: false, message: 'input is not valid UTF-8 at byte 3' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1]))).toEqual({
      ok: false,
      message: 'input is not valid UTF-8 at byte 6',
    });
    const loneSurrogate = Buffer.concat([utf16le('ab'), Buffer.from([0x00, 0xd8]), utf16le('c').subarray(2)]);
    expect(decodeText(loneSurrogate)).toEqual({ ok: false, message: 'input is not valid UTF-16LE at byte 6' });
  });
});
