import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../args.js';

const parse = (line: string) => parseCommandLine(line.split(' ').filter(Boolean));

describe('the book command lines', () => {
  it('reads book import with its files and options', () => {
    expect(parse('book import a.csv b.json --into book.json -o out.json --report json')).toEqual({
      ok: true,
      invocation: {
        kind: 'book-import',
        files: ['a.csv', 'b.json'],
        into: 'book.json',
        output: 'out.json',
        report: 'json',
      },
    });
    expect(parse('book import a.csv')).toMatchObject({
      invocation: { into: undefined, output: undefined, report: 'text' },
    });
  });

  it('reads book value and plan, --csv being a switch there', () => {
    expect(parse('book value b.json --csv --date 2026-11-25')).toEqual({
      ok: true,
      invocation: { kind: 'book-value', book: 'b.json', date: '2026-11-25', csv: true },
    });
    expect(parse('plan b.json --date 2026-11-25 --candidates all --until 2027-06-30')).toEqual({
      ok: true,
      invocation: {
        kind: 'plan',
        book: 'b.json',
        date: '2026-11-25',
        candidates: 'all',
        until: '2027-06-30',
        csv: false,
      },
    });
    expect(parse('plan b.json --date 2026-11-25')).toMatchObject({ invocation: { candidates: 'suggested' } });
  });

  it('says what is wrong with a command line', () => {
    const wrong: [string, string][] = [
      ['book', 'book needs import or value'],
      ['book export x', 'unknown command "book export"'],
      ['book import', 'book import needs at least one FILE'],
      ['book import a.csv --date 2026-01-01', '--date is not an option of book import'],
      ['book import a.csv --report xml', '--report must be text or json, not "xml"'],
      ['book value --date 2026-01-01', 'book value needs the BOOK.json file'],
      ['book value b.json', 'book value needs --date YYYY-MM-DD'],
      ['book value a.json b.json --date 2026-01-01', 'unexpected argument "b.json": give one BOOK.json'],
      ['plan b.json --date 2026-01-01 --into x', '--into is not an option of plan'],
      ['plan b.json --date 2026-01-01 --text', 'unknown option --text'],
      ['--date 2026-01-01 plan b.json', 'put "plan" first: refund-desk plan … [options]'],
    ];
    for (const [line, message] of wrong) expect(parse(line), line).toEqual({ ok: false, message });
  });

  it('keeps the refund command lines as they were', () => {
    expect(parse('refund --csv rows.csv --date 2026-01-01')).toEqual({
      ok: true,
      invocation: { kind: 'csv', csv: 'rows.csv', date: '2026-01-01', ledger: undefined },
    });
    expect(parse('--text refund r.json')).toMatchObject({ ok: true, invocation: { kind: 'json', text: true } });
    expect(parse('plan --help')).toEqual({ ok: true, invocation: { kind: 'help' } });
  });
});

describe('option errors', () => {
  it('name the option plainly, short form included', () => {
    expect(parse('book import a.csv -o')).toEqual({ ok: false, message: 'option -o needs a value' });
    expect(parse('book value b.json --date 2026-01-01 --csv=yes')).toEqual({
      ok: false,
      message: 'option --csv takes no value',
    });
  });
});
