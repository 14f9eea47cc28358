import { parseArgs } from 'node:util';
import type { Locale } from '@refund-desk/core';
import { describeArgumentError } from './argument-error.js';
import { type BookInvocation, parseBookCommandLine } from './book/args.js';

export type CommandName = 'refund' | 'exchange' | 'cap' | 'checklist';
const commandNames: readonly string[] = ['refund', 'exchange', 'cap', 'checklist'];
/** Commands with their own options (book import|value, plan): they come first on the line. */
const bookCommandNames: readonly string[] = ['book', 'plan'];

export type Invocation =
  | { kind: 'help' }
  | { kind: 'json'; command: CommandName; input: string | undefined; text: boolean; locale: Locale | undefined }
  | { kind: 'csv'; csv: string; date: string; ledger: string | undefined }
  | BookInvocation;

export type ParsedArgs = { ok: true; invocation: Invocation } | { ok: false; message: string };

/** Turns argv (without node and the script) into one invocation, or says what is wrong with it. */
export function parseCommandLine(argv: string[]): ParsedArgs {
  // `--csv` is a file for `refund` and a switch for the book commands, so each family parses its own options.
  if (bookCommandNames.includes(argv[0] ?? '')) return parseBookCommandLine(argv);
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    return { ok: false, message: describeArgumentError(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, invocation: { kind: 'help' } };

  const [command, input, ...extra] = positionals;
  if (command === undefined) return { ok: false, message: 'missing command' };
  if (bookCommandNames.includes(command)) {
    return { ok: false, message: `put "${command}" first: refund-desk ${command} … [options]` };
  }
  if (!commandNames.includes(command)) return { ok: false, message: `unknown command "${command}"` };
  if (extra.length > 0) return { ok: false, message: `unexpected argument "${extra[0]}": give at most one FILE` };
  const locale = values.locale;
  if (locale !== undefined && locale !== 'en' && locale !== 'ko') {
    return { ok: false, message: `--locale must be en or ko, not "${locale}"` };
  }

  if (values.csv !== undefined) {
    if (command !== 'refund') return { ok: false, message: '--csv works with the refund command only' };
    if (input !== undefined) return { ok: false, message: `--csv reads its own file; remove "${input}"` };
    if (values.text) return { ok: false, message: '--text cannot be combined with --csv' };
    if (values.date === undefined) return { ok: false, message: '--csv needs --date YYYY-MM-DD' };
    return { ok: true, invocation: { kind: 'csv', csv: values.csv, date: values.date, ledger: values.ledger } };
  }
  if (values.date !== undefined) return { ok: false, message: '--date is for --csv batches only' };
  if (values.ledger !== undefined) return { ok: false, message: '--ledger is for --csv batches only' };
  return {
    ok: true,
    invocation: { kind: 'json', command: command as CommandName, input, text: values.text ?? false, locale },
  };
}

function parseWithNode(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      text: { type: 'boolean' },
      locale: { type: 'string' },
      csv: { type: 'string' },
      date: { type: 'string' },
      ledger: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
