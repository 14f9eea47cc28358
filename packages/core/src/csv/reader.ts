// The one CSV reader of every face: RFC 4180 quoting, CRLF/LF/CR, a byte order mark, `sep=` lines and `;` files,
// fed in chunks cut anywhere (the CLI streams a million rows through it with constant memory) or given a whole text.
//
// Why our own and not papaparse or csv-parse: core has no runtime dependencies, and both recover from a broken row by
// letting it run on: an unclosed quote swallows every later line into one cell. Here a damaged row is a problem for
// that row alone (below), which is the rule the book's import and the CLI batch promise. Speed is kept: on the
// batch benchmark's 1,000,000-row file (151 MiB, 256 KiB chunks) this reader takes 1.0 s, the CLI's former one 0.8-1.05 s.
//
// Row-level recovery, decided once so that every face reads a file the same way:
// - an unclosed quote (the file ends inside it, or its closing quote is followed by text although the cell ran over a
//   line end): the row ends at its own line end, the cell holds the rest of that line, and reading goes on with the
//   next line: no later row is swallowed;
// - a cell over the limit (100,000 characters): past that length a long cell and an unclosed quote look alike, so the
//   row ends at the first line end after the cell begins, the long cell and the rest of that line are dropped, and
//   memory stays bounded whatever the file holds;
// - more cells than the header: the cells are handed over as read, flagged, so the caller refuses the row instead of
//   reading shifted values.
import { type CsvSeparator, detectSeparator, separatorLine } from './separator.js';

export type CsvProblemKind = 'unclosed-quote' | 'too-many-cells' | 'cell-too-long';

export interface CsvRecord {
  cells: string[];
  /** 0 = the first record (the header, when the file has one); blank lines and a `sep=` line are not records. */
  index: number;
  problem?: CsvProblemKind;
}

export interface CsvReaderOptions {
  /** Default: the one a `sep=` first line names, else the one the first line uses most (detectSeparator). */
  separator?: CsvSeparator;
  /** Longest cell kept, in UTF-16 code units; default MAX_CELL_LENGTH. */
  maxCellLength?: number;
  /** Default true: the first record is a header, and a later record with more cells is flagged too-many-cells. */
  header?: boolean;
}

export const MAX_CELL_LENGTH = 100_000;

/** Called once per record, in file order. */
export type CsvRecordHandler = (cells: string[], index: number, problem: CsvProblemKind | undefined) => void;

const QUOTE = 34;
const CR = 13;
const LF = 10;
const BOM = 0xfeff;
/** How much of a first line to wait for before choosing the separator anyway. */
const FIRST_LINE_WAIT = 1 << 16;

export class CsvReader {
  private buffer = '';
  private cells: string[] = [];
  private rowProblem: CsvProblemKind | undefined;
  /** Dropping the rest of a line after a cell over the limit. */
  private skipping = false;
  /** A CR ended the last chunk: an LF starting the next one belongs to it. */
  private skipLineFeed = false;
  private started = false;
  private ended = false;
  private sepCode = 44;
  private chosen: CsvSeparator = ',';
  private index = 0;
  private headerWidth: number | undefined;
  private readonly maxCell: number;

  constructor(
    private readonly onRecord: CsvRecordHandler,
    private readonly options: CsvReaderOptions = {},
  ) {
    this.maxCell = options.maxCellLength ?? MAX_CELL_LENGTH;
  }

  /** The separator in use (known once the first line has been read). */
  get separator(): CsvSeparator {
    return this.chosen;
  }

  push(chunk: string): void {
    if (this.ended) return;
    this.buffer = this.buffer === '' ? chunk : this.buffer + chunk;
    this.drain(false);
  }

  /** Hands over the last record when the text does not end with a line break. */
  end(): void {
    if (this.ended) return;
    this.drain(true);
    this.ended = true;
  }

  private drain(final: boolean): void {
    let text = this.buffer;
    let i = 0;
    if (!this.started) {
      if (text.length === 0 && !final) return;
      if (text.charCodeAt(0) === BOM) i = 1;
      const end = lineEnd(text, i);
      if (end === -1 && !final && text.length < FIRST_LINE_WAIT) return;
      const line = text.slice(i, end === -1 ? text.length : end);
      const named = separatorLine(line);
      this.chosen = this.options.separator ?? named ?? detectSeparator(line);
      this.sepCode = this.chosen.charCodeAt(0);
      this.started = true;
      if (named !== undefined) i = end === -1 ? text.length : this.afterLineEnd(text, end, final);
    }
    const n = text.length;
    const sep = this.sepCode;
    const max = this.maxCell;
    let cellStart = -1;
    reading: while (true) {
      if (this.skipLineFeed && i < n) {
        this.skipLineFeed = false;
        if (text.charCodeAt(i) === LF) i++;
      }
      if (this.skipping) {
        const end = lineEnd(text, i);
        if (end === -1) {
          i = n;
          if (final) {
            this.skipping = false;
            this.emit();
          }
          break;
        }
        this.skipping = false;
        i = this.afterLineEnd(text, end, final);
        this.emit();
        continue;
      }
      if (i >= n) {
        // Cells already read mean a separator was the last thing: the row ends with an empty cell.
        if (final && this.cells.length > 0) {
          this.cells.push('');
          this.emit();
        }
        break;
      }
      const first = text.charCodeAt(i);
      if (this.cells.length === 0 && (first === CR || first === LF)) {
        i = this.afterLineEnd(text, i, final); // a blank line is not a record
        continue;
      }
      if (first !== QUOTE) {
        let j = i;
        let code = 0;
        while (j < n) {
          code = text.charCodeAt(j);
          if (code === sep || code === LF || code === CR) break;
          j++;
        }
        if (j - i > max) {
          this.tooLong();
          i = j;
          continue;
        }
        if (j === n && !final) {
          cellStart = i;
          break;
        }
        this.cells.push(text.slice(i, j));
        i = this.afterCell(text, j, final);
        continue;
      }
      // A quoted cell: find its closing quote, a doubled quote "" being one quote of the text.
      let j = i + 1;
      let escaped = false;
      while (true) {
        const quote = text.indexOf('"', j);
        const contentLength = (quote === -1 ? n : quote) - i - 1;
        if (contentLength > max) {
          this.tooLong();
          i++;
          continue reading;
        }
        if (quote === -1 || (quote + 1 === n && !final)) {
          if (!final) {
            cellStart = i;
            break reading;
          }
          i = this.unclosed(text, i, final);
          continue reading;
        }
        const after = quote + 1 < n ? text.charCodeAt(quote + 1) : -1;
        if (after === QUOTE) {
          escaped = true;
          j = quote + 2;
          continue;
        }
        if (after === sep || after === CR || after === LF || after === -1) {
          const content = text.slice(i + 1, quote);
          this.cells.push(escaped ? content.replaceAll('""', '"') : content);
          i = this.afterCell(text, quote + 1, final);
          continue reading;
        }
        // Text after a closing quote. Over a line end that is a quote never closed; on one line ("ab"c) it is
        // sloppy writing, kept whole rather than lost.
        const end = lineEnd(text, i + 1);
        if (end !== -1 && end < quote) {
          i = this.unclosed(text, i, final);
          continue reading;
        }
        let k = quote + 1;
        while (k < n) {
          const code = text.charCodeAt(k);
          if (code === sep || code === LF || code === CR) break;
          k++;
        }
        if (k - i > max) {
          this.tooLong();
          i++;
          continue reading;
        }
        if (k === n && !final) {
          cellStart = i;
          break reading;
        }
        const content = text.slice(i + 1, quote);
        this.cells.push((escaped ? content.replaceAll('""', '"') : content) + text.slice(quote + 1, k));
        i = this.afterCell(text, k, final);
        continue reading;
      }
    }
    text = cellStart === -1 ? '' : text.slice(cellStart);
    this.buffer = text;
  }

  /** After a cell that ends at `at` (a separator, a line end or the end of the text): where reading goes on. */
  private afterCell(text: string, at: number, final: boolean): number {
    if (at >= text.length) {
      this.emit();
      return at;
    }
    if (text.charCodeAt(at) === this.sepCode) return at + 1;
    const next = this.afterLineEnd(text, at, final);
    this.emit();
    return next;
  }

  /** Past the line end at `at` (CR, LF or CRLF, the LF possibly in the next chunk). */
  private afterLineEnd(text: string, at: number, final: boolean): number {
    if (text.charCodeAt(at) === LF) return at + 1;
    if (at + 1 < text.length) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
    if (!final) this.skipLineFeed = true;
    return at + 1;
  }

  private tooLong(): void {
    this.rowProblem ??= 'cell-too-long';
    this.skipping = true;
  }

  /** An unclosed quote at `quoteAt`: the cell is the rest of its line and the row ends there. */
  private unclosed(text: string, quoteAt: number, final: boolean): number {
    const end = lineEnd(text, quoteAt + 1);
    const stop = end === -1 ? text.length : end;
    if (stop - quoteAt - 1 > this.maxCell) {
      this.rowProblem ??= 'cell-too-long';
    } else {
      this.rowProblem ??= 'unclosed-quote';
      this.cells.push(text.slice(quoteAt + 1, stop));
    }
    const next = end === -1 ? stop : this.afterLineEnd(text, end, final);
    this.emit();
    return next;
  }

  private emit(): void {
    const cells = this.cells;
    let problem = this.rowProblem;
    this.cells = [];
    this.rowProblem = undefined;
    const index = this.index++;
    if (index === 0 && this.options.header !== false) this.headerWidth = cells.length;
    else if (problem === undefined && this.headerWidth !== undefined && cells.length > this.headerWidth) {
      problem = 'too-many-cells';
    }
    this.onRecord(cells, index, problem);
  }
}

/** The first CR or LF at or after `from`, -1 when none. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i;
  }
  return -1;
}

export interface CsvTable {
  separator: CsvSeparator;
  records: CsvRecord[];
}

/** Reads a whole text at once. */
export function readCsv(text: string, options?: CsvReaderOptions): CsvTable {
  const records: CsvRecord[] = [];
  const reader = new CsvReader((cells, index, problem) => {
    records.push(problem === undefined ? { cells, index } : { cells, index, problem });
  }, options);
  reader.push(text);
  reader.end();
  return { separator: reader.separator, records };
}
