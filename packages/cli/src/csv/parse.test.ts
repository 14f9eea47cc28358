import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFieldTooLongError, CsvParser } from './parse.js';
import { csvLine } from './write.js';

function parseChunks(chunks: readonly string[]): { records: string[][]; unterminatedQuote: boolean } {
  const records: string[][] = [];
  const parser = new CsvParser((fields) => records.push(fields));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return { records, unterminatedQuote: parser.unterminatedQuote };
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

  it('reports a file that ends inside quotes and still hands over what it read', () => {
    const result = parseChunks(['a,"open\nstill open']);
    expect(result.records).toEqual([['a', 'open\nstill open']]);
    expect(result.unterminatedQuote).toBe(true);
    expect(parseChunks(['a,"closed"']).unterminatedQuote).toBe(false);
  });

  it('keeps text after a closing quote instead of losing it', () => {
    expect(parse('"ab"c,d\n')).toEqual([['abc', 'd']]);
  });

  it('reads back whatever the writer wrote, cut into chunks anywhere', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\r', '\n', 'é', '한', '😀') });
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

describe('CsvParser limits', () => {
  it('stops at a field longer than the limit instead of reading the whole file into it', () => {
    const parser = new CsvParser(() => {}, 10);
    parser.push('a,"unclosed');
    expect(() => parser.push(' quote runs on')).toThrow(CsvFieldTooLongError);
    expect(() => new CsvParser(() => {}, 10).push('b,12345678901')).toThrow(CsvFieldTooLongError);
  });
});
