import { describe, expect, it } from 'vitest';
import { readCsv } from './reader.js';
import { csvCell, csvRecord, numericColumns } from './writer.js';

describe('csvRecord', () => {
  it('quotes only cells holding a comma, a quote or a line end', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', ''])).toBe('plain,"a,b","say ""hi""","two\nlines",\n');
  });

  it('neutralises every text cell a spreadsheet would run as a formula (OWASP)', () => {
    const attacks = ['=1+2', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '=HYPERLINK("http://x","y")'];
    for (const attack of attacks) {
      const written = csvCell(attack);
      const read = readCsv(`${written}\n`, { header: false, separator: ',' }).records[0]?.cells[0] ?? '';
      expect(read, attack).toBe(`'${attack}`);
    }
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
  });

  it('keeps genuine numbers in numeric columns as numbers, and only those', () => {
    const numeric = numericColumns(['id', 'amount'], ['amount']);
    expect(csvRecord(['-12.50', '-12.50'], numeric)).toBe(`'-12.50,-12.50\n`);
    expect(csvRecord(['x', '-1+cmd'], numeric)).toBe(`x,'-1+cmd\n`);
    expect(csvRecord(['amount', 'amount'], numeric)).toBe('amount,amount\n');
  });
});
