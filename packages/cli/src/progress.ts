import type { Writable } from 'node:stream';

/** A status line for long runs ("reading recon.csv (2 of 3)"), rewritten in place; never part of the output. */
export interface Progress {
  /** Shows `text`, unless the line changed less than a moment ago; `now` shows it anyway (before a long step). */
  update(text: string, now?: boolean): void;
  /** Clears the line, so the terminal shows only what the command printed. */
  done(): void;
}

const quiet: Progress = { update() {}, done() {} };

/** How often the line may change: often enough to look alive, rarely enough to cost nothing. */
const minIntervalMs = 100;

/**
 * Progress on `stream` when it is a terminal; silent otherwise, so a script, a pipe or a log file gets only the
 * command's own messages.
 */
export function progressOn(stream: Writable, now: () => number = Date.now): Progress {
  if (!(stream as Writable & { isTTY?: boolean }).isTTY) return quiet;
  let shown = false;
  let lastWrite = Number.NEGATIVE_INFINITY;
  return {
    update(text, immediately = false) {
      const time = now();
      if (!immediately && time - lastWrite < minIntervalMs) return;
      lastWrite = time;
      shown = true;
      // Carriage return and erase-line: the status replaces itself instead of scrolling.
      stream.write(`\r\x1b[2Krefund-desk: ${text}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
