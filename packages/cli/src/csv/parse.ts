// The batch's CSV reading is core's reader (one reader for every face: RFC 4180, CRLF, a byte order mark, `sep=`
// lines and `;` files). Chunks may be cut anywhere; each record is handed over as soon as its line ends, so memory
// holds one record at a time. A damaged row (an unclosed quote, more cells than the header, a cell over 100,000
// characters) comes with its problem and never shifts, drops or swallows another row.
import { type CsvProblemKind, CsvReader, MAX_CELL_LENGTH } from '@refund-desk/core';

export type { CsvProblemKind };

/** One record in file order; `problem` is set when the row could not be read as written. */
export type RecordHandler = (fields: string[], problem: CsvProblemKind | undefined) => void;

export class CsvParser {
  private readonly reader: CsvReader;
  /** True when some row had a quote that never closed (that row ended at its own line end). */
  unterminatedQuote = false;

  constructor(onRecord: RecordHandler, maxFieldLength = MAX_CELL_LENGTH) {
    this.reader = new CsvReader(
      (cells, _index, problem) => {
        if (problem === 'unclosed-quote') this.unterminatedQuote = true;
        onRecord(cells, problem);
      },
      { maxCellLength: maxFieldLength },
    );
  }

  push(chunk: string): void {
    this.reader.push(chunk);
  }

  /** Hands over the last record when the input does not end with a line break. */
  end(): void {
    this.reader.end();
  }
}
