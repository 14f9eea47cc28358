import { parseCommandLine } from './args.js';
import { runBookImport } from './book/import-command.js';
import { runPlan } from './book/plan-command.js';
import { runBookValue } from './book/value-command.js';
import { runBatch } from './csv/batch.js';
import { type CliIo, OutputError, processIo, write } from './io.js';
import { runJsonInvocation } from './json-command.js';
import { usage } from './usage.js';

export type { CliIo } from './io.js';

/**
 * Runs the refund-desk command and resolves to its exit status: 0 ok, 2 bad input, 1 internal failure.
 * Tests pass their own streams in `io`; the bin script passes nothing and gets the process's.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  // A reader that goes away (`| head`) must not crash the process with an unhandled 'error' event:
  // the write that failed rejects with an OutputError, reported below.
  if (!io.stdout.listeners('error').includes(ignoreOutputError)) io.stdout.on('error', ignoreOutputError);
  try {
    const parsed = parseCommandLine(argv);
    if (!parsed.ok) {
      await write(io.stderr, `refund-desk: ${parsed.message}\n\n${usage}`);
      return 2;
    }
    const { invocation } = parsed;
    switch (invocation.kind) {
      case 'help':
        await write(io.stdout, usage);
        return 0;
      case 'csv':
        return await runBatch(invocation, io);
      case 'json':
        return await runJsonInvocation(invocation, io);
      case 'book-import':
        return await runBookImport(invocation, io);
      case 'book-value':
        return await runBookValue(invocation, io);
      case 'plan':
        return await runPlan(invocation, io);
    }
  } catch (error) {
    if (error instanceof OutputError) {
      // The reader took what it wanted and left (`| head`): that is a normal end, like any Unix filter's.
      if (error.readerGone) return 0;
      io.stderr.write(`refund-desk: cannot write the output: ${error.message}\n`);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr.write(`refund-desk: internal failure: ${detail}\n`);
    }
    return 1;
  }
}

function ignoreOutputError() {}
