import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { LedgerEntry } from '@refund-desk/core';
import { InvalidUtf8Error, Utf8StreamDecoder } from '../input/utf8.js';
import type { CliIo } from '../io.js';
import { write } from '../io.js';
import { progressOn } from '../progress.js';
import { describeError } from '../read-input.js';
import { outputColumns, readHeader } from './columns.js';
import type { BatchRow, RowSettings } from './estimate-rows.js';
import { CsvParser, type CsvProblemKind } from './parse.js';
import { checkBatchSettings } from './settings.js';
import { type Estimator, inlineEstimator, parallelEstimator } from './worker-pool.js';
import { csvLine } from './write.js';

export interface BatchOptions {
  csv: string;
  date: string;
  ledger: string | undefined;
}

/** Thrown for input the whole batch cannot go on with (a bad header, an unreadable file): exit status 2. */
class BatchInputError extends Error {}

/**
 * `refund --csv`: streams the file through the parser and writes one output row per input row, in order.
 * Input is pulled one chunk at a time; rows go in batches to worker threads; at most a few batches are in flight,
 * and each is written (waiting for the reader) before more input is read, so memory stays flat whatever the
 * number of rows.
 */
export async function runBatch(options: BatchOptions, io: CliIo): Promise<number> {
  const settings = await checkBatchSettings(options, io.cwd);
  if (!settings.ok) {
    await write(io.stderr, settings.messages.map((message) => `refund-desk: ${message}\n`).join(''));
    return 2;
  }
  try {
    await streamRows(resolve(io.cwd, options.csv), options, settings.ledger, io);
    return 0;
  } catch (error) {
    if (!(error instanceof BatchInputError)) throw error;
    await write(io.stderr, `refund-desk: --csv ${options.csv}: ${error.message}\n`);
    return 2;
  }
}

/** Rows per batch handed to a worker thread: large enough to amortize the message, small enough to stay flat. */
const batchRows = 2000;

async function streamRows(path: string, options: BatchOptions, ledger: LedgerEntry[] | undefined, io: CliIo) {
  // Bytes, decoded here: a byte that is not UTF-8 stops the batch with its offset instead of becoming U+FFFD.
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  try {
    await once(stream, 'ready');
  } catch (error) {
    throw new BatchInputError(`cannot read the file: ${describeError(error)}`);
  }

  let settings: RowSettings | undefined;
  let estimator: Estimator | undefined;
  // A row the reader could not read as written (CsvProblemKind) is null here: it is answered UNREADABLE_ROW.
  let rows: BatchRow[] = [];
  const damaged: { row: number; problem: CsvProblemKind }[] = [];
  let rowsBefore = 0;
  let header = '';
  // Batches sent off and not yet written, oldest first: output keeps the input's order.
  const inFlight: { text: Promise<string>; rows: number }[] = [];
  const progress = progressOn(io.stderr);
  let rowsWritten = 0;
  const writeOldest = async () => {
    const oldest = inFlight.shift()!;
    await write(io.stdout, await oldest.text);
    rowsWritten += oldest.rows;
    progress.update(`${rowsWritten} rows estimated`);
  };
  const maxInFlight = 2 * availableParallelism() + 2;

  const dispatch = (rowSettings: RowSettings, last: boolean) => {
    if (rows.length === 0) return;
    // A file of one batch is estimated right here; threads only pay off from the second batch on.
    estimator ??= last ? inlineEstimator(rowSettings) : parallelEstimator(rowSettings);
    inFlight.push({ text: estimator.estimate(rows, rowsBefore + 1), rows: rows.length });
    rowsBefore += rows.length;
    rows = [];
  };
  const parser = new CsvParser((cells, problem) => {
    if (settings === undefined) {
      if (problem !== undefined) throw new BatchInputError(`the header row cannot be read: ${problemWords[problem]}`);
      const checked = readHeader(cells);
      if (!checked.ok) throw new BatchInputError(checked.message);
      settings = { positions: checked.positions, date: options.date, ledger };
      header = csvLine(outputColumns);
      return;
    }
    if (problem === undefined) rows.push(cells);
    else {
      rows.push(null);
      damaged.push({ row: rowsBefore + rows.length, problem });
    }
    if (rows.length === batchRows) dispatch(settings, false);
  });

  try {
    for await (const chunk of readChunks(stream)) {
      parser.push(chunk);
      if (header !== '') {
        await write(io.stdout, header);
        header = '';
      }
      while (inFlight.length > maxInFlight) await writeOldest();
    }
    parser.end();
    if (settings === undefined) throw new BatchInputError('the file is empty: expected a header row');
    if (header !== '') await write(io.stdout, header);
    dispatch(settings, true);
    while (inFlight.length > 0) await writeOldest();
  } finally {
    progress.done();
    stream.destroy();
    await estimator?.close();
  }
  if (damaged.length > 0) await write(io.stderr, describeDamagedRows(options.csv, damaged));
}

const problemWords: Record<CsvProblemKind, string> = {
  'unclosed-quote': 'a quote is never closed',
  'too-many-cells': 'more cells than the header',
  'cell-too-long': 'a cell over 100,000 characters',
};

/** Rows named on standard error (the output rows say UNREADABLE_ROW for every one). */
const damagedRowsNamed = 10;

/** One line: how many rows could not be read, and the first ones with what was wrong. */
function describeDamagedRows(file: string, damaged: readonly { row: number; problem: CsvProblemKind }[]): string {
  const named = damaged.slice(0, damagedRowsNamed).map(({ row, problem }) => `row ${row} (${problemWords[problem]})`);
  const more = damaged.length > damagedRowsNamed ? `, and ${damaged.length - damagedRowsNamed} more` : '';
  const count = damaged.length === 1 ? '1 row' : `${damaged.length} rows`;
  return `refund-desk: --csv ${file}: ${count} could not be read, answered UNREADABLE_ROW: ${named.join(', ')}${more}\n`;
}

/**
 * The file's text chunks; a read failure (a directory, a vanished file) or a byte that is not UTF-8 is an input
 * problem, not a crash.
 */
async function* readChunks(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const iterator = stream[Symbol.asyncIterator]();
  const decoder = new Utf8StreamDecoder();
  while (true) {
    let step: IteratorResult<Buffer>;
    try {
      step = await iterator.next();
    } catch (error) {
      throw new BatchInputError(`cannot read the file: ${describeError(error)}`);
    }
    try {
      if (step.done) {
        decoder.end();
        return;
      }
      yield decoder.push(step.value);
    } catch (error) {
      if (error instanceof InvalidUtf8Error) throw new BatchInputError(error.message);
      throw error;
    }
  }
}
