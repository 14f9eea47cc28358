import type { Readable, Writable } from 'node:stream';

/** The streams and working directory the command talks to; tests pass their own instead of the process's. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}

/** The output could not be written (a closed pipe, a full disk): not the input's fault. */
export class OutputError extends Error {
  /** The reader went away (`| head`): nothing worth saying, like any Unix filter. */
  get readerGone(): boolean {
    return (this.cause as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
  }
}

/**
 * Writes text and waits until the stream has taken it, so a slow reader (a pipe, a file) throttles us
 * instead of letting output pile up in memory, and a failed write is known before we report success.
 */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.destroyed || stream.writableEnded) {
      // The error that closed it (EPIPE from a reader that left) says why, and whether to say anything at all.
      const cause = stream.errored ?? undefined;
      reject(new OutputError(cause?.message ?? 'the output stream is closed', { cause }));
      return;
    }
    stream.write(text, (error) => {
      if (error) reject(new OutputError(error.message, { cause: error }));
      else resolve();
    });
  });
}
