import { readCsv } from '@refund-desk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvProblemKind } from './parse.js';
import { csvLine } from './write.js';

function parseChunks(
  chunks: readonly string[],
  maxFieldLength?: number,
): { records: string[][]; problems: (CsvProblemKind | undefined)[]; unterminatedQuote: boolean } {
  const records: string[][] = [];
  const problems: (CsvProblemKind | undefined)[] = [];
  const parser = new CsvParser((fields, problem) => {
    records.push(fields);
    problems.push(problem);
  }, maxFieldLength);
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return { records, problems, unterminatedQuote: parser.unterminatedQuote };
}

const parse = (text: string) => parseChunks([text]).records;

/** Every way of cutting the text into two chunks, plus one character at a time. */
function expectSameRecordsWhateverTheChunks(text: string, expected: string[][]) {
  expect(parse(text)).toEqual(expected);
  expect(parseChunks([...text]).records).toEqual(expected);
  for (let cut = 0; cut <= text.length; cut++) {
    expect(parseChunks([text.slice(0, cut), text.slice(cut)]).records, `cut at ${cut}`).toEqual(expected);
  }
}

describe('CsvParser', () => {
  it('reads plain records ending in LF, CRLF, a lone CR or nothing', () => {
    expect(parse('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a,b\r1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parse('a,,c\n,\n"",x,\n')).toEqual([
      ['a', '', 'c'],
      ['', ''],
      ['', 'x', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    const text = '"a,b","say ""hi""","line1\nline2","crlf\r\ninside"\r\n"",plain\n';
    expectSameRecordsWhateverTheChunks(text, [
      ['a,b', 'say "hi"', 'line1\nline2', 'crlf\r\ninside'],
      ['', 'plain'],
    ]);
  });

  it('skips blank lines between records but not a record holding one quoted empty field', () => {
    expect(parse('a\n\n\r\nb\n""\n')).toEqual([['a'], ['b'], ['']]);
  });

  it('drops a byte order mark at the start only', () => {
    expectSameRecordsWhateverTheChunks('\uFEFFid,name\r\n1,\uFEFFx\r\n', [
      ['id', 'name'],
      ['1', '\uFEFFx'],
    ]);
    expect(parseChunks(['', '\uFEFFa']).records).toEqual([['a']]);
  });

  it('does not make an extra record when CRLF is split between chunks', () => {
    expect(parseChunks(['a,b\r', '\n1,2\r', '\n']).records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps multi-byte characters whole across chunk boundaries', () => {
    expectSameRecordsWhateverTheChunks('제품,"가격, 원"\n가상 머신,"1,234"\n', [
      ['제품', '가격, 원'],
      ['가상 머신', '1,234'],
    ]);
  });

  it('reports a file that ends inside quotes: the row ends at its own line end, the next line is a row', () => {
    const result = parseChunks(['h\na,"open\nstill open']);
    expect(result.records).toEqual([['h'], ['a', 'open'], ['still open']]);
    expect(result.problems).toEqual([undefined, 'unclosed-quote', undefined]);
    expect(result.unterminatedQuote).toBe(true);
    expect(parseChunks(['a,"closed"']).unterminatedQuote).toBe(false);
  });

  it('keeps text after a closing quote instead of losing it', () => {
    expect(parse('"ab"c,d\n')).toEqual([['abc', 'd']]);
  });

  it('reads back whatever the writer wrote, cut into chunks anywhere', () => {
    // A cell starting with CR comes back with the writer's formula guard (a leading quote): tested below.
    const cell = fc
      .string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\r', '\n', 'é', '한', '😀') })
      .filter((c) => !c.startsWith('\r'));
    // A record of one empty field is written as a blank line, which readers skip by design.
    const record = fc.array(cell, { minLength: 1, maxLength: 5 }).filter((r) => r.length > 1 || r[0] !== '');
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), (records, cuts) => {
        const text = records.map((r) => csvLine(r)).join('');
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const point of points) {
          chunks.push(text.slice(from, point));
          from = point;
        }
        chunks.push(text.slice(from));
        expect(parseChunks(chunks).records).toEqual(records);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CsvParser: a damaged row is a problem for that row only', () => {
  const header = 'reservationId,product,term,billingPlan,start,quantity,price,currency\n';
  const row = (i: number) =>
    `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000,virtual-machines,P1Y,Upfront,2025-01-01,1,100.00,USD\n`;

  it('an unclosed quote mid-file affects its row only: as many records as input rows', () => {
    const lines = [header, row(0), row(1).replace(',virtual-machines', ',"virtual-machines'), row(2), row(3)];
    const text = lines.join('');
    for (const chunks of [[text], [...text], text.match(/[\s\S]{1,7}/g) ?? []]) {
      const { records, problems } = parseChunks(chunks);
      expect(records).toHaveLength(5);
      expect(problems).toEqual([undefined, undefined, 'unclosed-quote', undefined, undefined]);
      expect(records.map((r) => r[0]?.slice(0, 8))).toEqual([
        'reservat',
        '00000000',
        '00000001',
        '00000002',
        '00000003',
      ]);
      expect(records[3]).toEqual(readCsv(header + row(2)).records[1]?.cells);
    }
  });

  it('a row with more cells than the header is flagged rather than read with shifted values', () => {
    const shifted = row(1).replace('100.00', '1,100.00');
    const { records, problems } = parseChunks([header, row(0), shifted, row(2)]);
    expect(problems).toEqual([undefined, undefined, 'too-many-cells', undefined]);
    expect(records[2]).toHaveLength(9);
    expect(records[3]?.[6]).toBe('100.00');
  });

  it('a 200,000-character cell is a problem of its row; the rows before and after are kept', () => {
    const long = row(1).replace('virtual-machines', 'v'.repeat(200_000));
    const text = header + row(0) + long + row(2);
    const { records, problems } = parseChunks(text.match(/[\s\S]{1,65536}/g) ?? []);
    expect(problems).toEqual([undefined, undefined, 'cell-too-long', undefined]);
    expect(records[1]?.[0]).toMatch(/^00000000-/);
    expect(records[2]).toEqual(['00000001-0000-4000-8000-000000000000']);
    expect(records[3]?.[0]).toMatch(/^00000002-/);
    expect(parseChunks(['a,b\n1,12345678901\n2,x\n'], 10).problems).toEqual([undefined, 'cell-too-long', undefined]);
  });
});

describe('csvLine', () => {
  it('writes cells a spreadsheet would run as formulas as text, amounts as numbers', () => {
    const line = csvLine([
      '=HYPERLINK("http://x")',
      '@SUM(A1)',
      'true',
      'USD',
      '-12.50',
      '0.00',
      '+1',
      '-2+3',
      '-INVALID',
    ]);
    expect(line).toBe(`"'=HYPERLINK(""http://x"")",'@SUM(A1),true,USD,-12.50,0.00,'+1,'-2+3,'-INVALID\n`);
    expect(readCsv(line, { header: false }).records[0]?.cells[0]).toBe(`'=HYPERLINK("http://x")`);
  });
});
