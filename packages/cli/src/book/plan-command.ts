import { type PlanCandidates, type PlanRequest, planRefunds } from '@refund-desk/core';
import { type CliIo, write } from '../io.js';
import { writeJson } from '../json-output.js';
import { describeProblem } from '../problem-text.js';
import { progressOn } from '../progress.js';
import { readJsonFile } from '../read-input.js';
import { planColumns, planNumbers, planRows } from './plan-rows.js';
import { readBookFile, reservationCount } from './read-book.js';
import { writeCsvRows } from './write-rows.js';

export interface PlanOptions {
  book: string;
  date: string;
  candidates: string;
  until: string | undefined;
  csv: boolean;
}

/**
 * `plan BOOK.json --date D [--candidates suggested|all|FILE.json] [--until D] [--csv]`: core's planRefunds, as the
 * RefundPlan in JSON or as CSV (the refunds, then the units that could not be placed).
 */
export async function runPlan(options: PlanOptions, io: CliIo): Promise<number> {
  const fail = async (messages: string[]) => {
    await write(io.stderr, messages.map((message) => `refund-desk: plan: ${message}\n`).join(''));
    return 2;
  };
  const input = await readBookFile(options.book, io.cwd);
  if (!input.ok) return fail([input.message]);
  let candidates: PlanCandidates;
  if (options.candidates === 'suggested' || options.candidates === 'all') candidates = options.candidates;
  else {
    const file = await readJsonFile(options.candidates, io.cwd, `--candidates ${options.candidates}`);
    if (!file.ok) return fail([file.message]);
    // A list of { reservationId, quantity }; core checks each entry and names the one that is wrong.
    candidates = file.value as PlanCandidates;
  }
  const request: PlanRequest = { date: options.date, book: input.book, candidates };
  if (options.until !== undefined) request.until = options.until;

  const progress = progressOn(io.stderr);
  progress.update(`planning refunds over ${reservationCount(input.book)} reservations`, true);
  const result = planRefunds(request);
  progress.done();
  if (!result.ok) return fail(result.errors.map(describeProblem));
  if (options.csv) await writeCsvRows(io.stdout, planColumns, planRows(result.value, input.book), planNumbers);
  else await writeJson(io.stdout, result.value);
  return 0;
}
