import { parseArgs } from 'node:util';
import { describeArgumentError } from '../argument-error.js';

export type BookInvocation =
  | {
      kind: 'book-import';
      files: string[];
      into: string | undefined;
      output: string | undefined;
      report: 'text' | 'json';
    }
  | { kind: 'book-value'; book: string; date: string; csv: boolean }
  | {
      kind: 'plan';
      book: string;
      date: string;
      /** 'suggested', 'all', or a JSON file of { reservationId, quantity } entries. */
      candidates: string;
      until: string | undefined;
      csv: boolean;
    };

type Parsed = { ok: true; invocation: BookInvocation | { kind: 'help' } } | { ok: false; message: string };

/** `book import FILE… [--into BOOK] [-o OUT] [--report text|json]`, `book value BOOK --date D [--csv]`, `plan …`. */
export function parseBookCommandLine(argv: string[]): Parsed {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    return { ok: false, message: describeArgumentError(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, invocation: { kind: 'help' } };
  const [command, ...rest] = positionals;
  const name = command === 'book' ? `book ${rest[0] ?? ''}`.trim() : (command ?? '');
  const files = command === 'book' ? rest.slice(1) : rest;
  const allowed = optionsOf[name];
  if (allowed === undefined) {
    return {
      ok: false,
      message: command === 'book' && rest[0] === undefined ? 'book needs import or value' : `unknown command "${name}"`,
    };
  }
  const stray = Object.keys(values).find((option) => option !== 'help' && !allowed.includes(option));
  if (stray !== undefined) return { ok: false, message: `--${stray} is not an option of ${name}` };

  if (name === 'book import') {
    if (files.length === 0) return { ok: false, message: 'book import needs at least one FILE' };
    const report = values.report ?? 'text';
    if (report !== 'text' && report !== 'json')
      return { ok: false, message: `--report must be text or json, not "${report}"` };
    return {
      ok: true,
      invocation: { kind: 'book-import', files, into: values.into, output: values.output, report },
    };
  }

  const [book, ...extra] = files;
  if (book === undefined) return { ok: false, message: `${name} needs the BOOK.json file` };
  if (extra.length > 0) return { ok: false, message: `unexpected argument "${extra[0]}": give one BOOK.json` };
  if (values.date === undefined) return { ok: false, message: `${name} needs --date YYYY-MM-DD` };
  const csv = values.csv ?? false;
  if (name === 'book value') return { ok: true, invocation: { kind: 'book-value', book, date: values.date, csv } };
  return {
    ok: true,
    invocation: {
      kind: 'plan',
      book,
      date: values.date,
      candidates: values.candidates ?? 'suggested',
      until: values.until,
      csv,
    },
  };
}

/** The options each command takes; any other is refused by name rather than silently ignored. */
const optionsOf: Record<string, readonly string[] | undefined> = {
  'book import': ['into', 'output', 'report'],
  'book value': ['date', 'csv'],
  plan: ['date', 'csv', 'candidates', 'until'],
};

function parseWithNode(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      into: { type: 'string' },
      output: { type: 'string', short: 'o' },
      report: { type: 'string' },
      date: { type: 'string' },
      csv: { type: 'boolean' },
      candidates: { type: 'string' },
      until: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
