import { describe, expect, it } from 'vitest';
import { csvRecord, numericColumns } from './record.js';

describe('csvRecord', () => {
  it('neutralises every text cell a spreadsheet would run as a formula', () => {
    const cells = ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'plain', '=HYPERLINK("x")'];
    expect(csvRecord(cells)).toBe(`'=1+1,'+1,'-2,'@SUM(A1),'\tx,"'\rx",plain,"'=HYPERLINK(""x"")"\n`);
  });

  it('keeps a plain decimal bare in a numeric column, and anything else there is text', () => {
    const numeric = numericColumns(['id', 'amount'], ['amount']);
    expect(csvRecord(['-5.00', '-5.00'], numeric)).toBe(`'-5.00,-5.00\n`);
    expect(csvRecord(['x', '-1+2'], numeric)).toBe(`x,'-1+2\n`);
  });

  it('quotes separators, quotes and line ends (RFC 4180)', () => {
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines', ''])).toBe('"a,b","say ""hi""","two\nlines",\n');
  });
});
