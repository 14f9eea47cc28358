import { capStatus, type LedgerEntry } from '@refund-desk/core';
import { describeProblem } from '../problem-text.js';
import { readJsonFile } from '../read-input.js';

export type BatchSettings = { ok: true; ledger: LedgerEntry[] | undefined } | { ok: false; messages: string[] };

/**
 * Checks --date and --ledger once, before any row: a bad date or ledger would fail every row alike.
 * Core's capStatus does the checking, so the rules for dates and ledger entries live in one place.
 */
export async function checkBatchSettings(
  options: { date: string; ledger: string | undefined },
  cwd: string,
): Promise<BatchSettings> {
  let ledger: LedgerEntry[] | undefined;
  if (options.ledger !== undefined) {
    const source = `--ledger ${options.ledger}`;
    const parsed = await readJsonFile(options.ledger, cwd, source);
    if (!parsed.ok) return { ok: false, messages: [parsed.message] };
    if (!Array.isArray(parsed.value)) {
      return { ok: false, messages: [`${source}: expected a JSON array of ledger entries`] };
    }
    ledger = parsed.value as LedgerEntry[];
  }
  const status = capStatus({ date: options.date, ledger: ledger ?? [] });
  if (status.ok) return { ok: true, ledger };
  return {
    ok: false,
    messages: status.errors.map((problem) => {
      const source = problem.field?.startsWith('ledger') ? `--ledger ${options.ledger}` : `--date ${options.date}`;
      return `${source}: ${describeProblem(problem)}`;
    }),
  };
}
