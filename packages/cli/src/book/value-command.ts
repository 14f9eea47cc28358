import { valueBook } from '@refund-desk/core';
import { type CliIo, write } from '../io.js';
import { writeJson } from '../json-output.js';
import { describeProblem } from '../problem-text.js';
import { progressOn } from '../progress.js';
import { readBookFile, reservationCount } from './read-book.js';
import { valueColumns, valueNumbers, valueRows } from './value-rows.js';
import { writeCsvRows } from './write-rows.js';

export interface BookValueOptions {
  book: string;
  date: string;
  csv: boolean;
}

/** `book value BOOK.json --date D [--csv]`: core's valueBook, as JSON (the BookValue) or one CSV row per reservation. */
export async function runBookValue(options: BookValueOptions, io: CliIo): Promise<number> {
  const input = await readBookFile(options.book, io.cwd);
  if (!input.ok) {
    await write(io.stderr, `refund-desk: book value: ${input.message}\n`);
    return 2;
  }
  const progress = progressOn(io.stderr);
  progress.update(`valuing ${reservationCount(input.book)} reservations`, true);
  const result = valueBook({ date: options.date, book: input.book });
  progress.done();
  if (!result.ok) {
    const lines = result.errors.map((problem) => `refund-desk: book value: ${describeProblem(problem)}\n`);
    await write(io.stderr, lines.join(''));
    return 2;
  }
  if (options.csv) await writeCsvRows(io.stdout, valueColumns, valueRows(result.value, input.book), valueNumbers);
  else await writeJson(io.stdout, result.value);
  return 0;
}
