import { describe, expect, it } from 'vitest';
import { detectSeparator, separatorLine } from './separator.js';

describe('separators', () => {
  it('reads Excel’s sep= line', () => {
    expect(separatorLine('sep=;')).toBe(';');
    expect(separatorLine('SEP=,\r\n')).toBe(',');
    expect(separatorLine('"sep=;"')).toBe(';');
    expect(separatorLine('sep=\t')).toBe('\t');
    expect(separatorLine('Name,sep=;')).toBeUndefined();
  });

  it('picks the separator the header uses most, outside quotes', () => {
    expect(detectSeparator('Name;Reservation Id;Term')).toBe(';');
    expect(detectSeparator('"a;b;c",d,e')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('single')).toBe(',');
  });
});
