import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord } from './csv.js';

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`)).toMatch(/^"?'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('keeps a negative decimal a number in a numeric column, and text elsewhere', () => {
    expect(csvCell('-12.50', true)).toBe('-12.50');
    expect(csvCell('-12.50')).toBe("'-12.50");
    expect(csvCell('-1+1', true)).toBe("'-1+1");
  });

  it('quotes separators, quotes and line ends', () => {
    expect(csvCell('Contoso, Ltd')).toBe('"Contoso, Ltd"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('우드그로브 은행')).toBe('우드그로브 은행');
  });
});

describe('csvRecord', () => {
  it('joins cells with commas and ends with a line feed', () => {
    expect(csvRecord(['a', '-1', '=b'], new Set([1]))).toBe("a,-1,'=b\n");
  });
});
