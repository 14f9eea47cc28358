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
import type { RowSettings } from './estimate-rows.js';
import { CsvFieldTooLongError, CsvParser } from './parse.js';
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
  let rows: string[][] = [];
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
  const parser = new CsvParser((cells) => {
    if (settings === undefined) {
      const checked = readHeader(cells);
      if (!checked.ok) throw new BatchInputError(checked.message);
      settings = { positions: checked.positions, date: options.date, ledger };
      header = csvLine(outputColumns);
      return;
    }
    rows.push(cells);
    if (rows.length === batchRows) dispatch(settings, false);
  });

  try {
    for await (const chunk of readChunks(stream)) {
      try {
        parser.push(chunk);
      } catch (error) {
        if (!(error instanceof CsvFieldTooLongError)) throw error;
        throw new BatchInputError(`row ${rowsBefore + rows.length + 1}: ${error.message}`);
      }
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
  if (parser.unterminatedQuote) {
    await write(io.stderr, `refund-desk: --csv ${options.csv}: the file ends inside a quoted field\n`);
  }
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
