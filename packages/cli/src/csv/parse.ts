// An incremental RFC 4180 reader: text arrives in chunks cut anywhere (inside a field, a quote pair or a CRLF)
// and every complete record is handed over as soon as its line ends, so memory holds one record at a time.

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const BOM = 0xfeff;

// Parser states.
const FieldStart = 0;
const Unquoted = 1;
const Quoted = 2;
/** A quote seen inside a quoted field: either the first half of "" or the field's closing quote. */
const QuoteInQuoted = 3;
type State = typeof FieldStart | typeof Unquoted | typeof Quoted | typeof QuoteInQuoted;

export type RecordHandler = (fields: string[]) => void;

/** A field past the size limit: almost always a quote that never closes, swallowing the rest of the file. */
export class CsvFieldTooLongError extends Error {}

export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private state: State = FieldStart;
  private skipLineFeed = false;
  private atStartOfInput = true;
  private ended = false;
  /** True when the input ended inside a quoted field (the last record is still handed over). */
  unterminatedQuote = false;

  constructor(
    private readonly onRecord: RecordHandler,
    private readonly maxFieldLength = 1_000_000,
  ) {}

  push(chunk: string): void {
    if (this.ended) throw new Error('CsvParser.push after end');
    const length = chunk.length;
    let i = 0;
    if (this.atStartOfInput && length > 0) {
      this.atStartOfInput = false;
      if (chunk.charCodeAt(0) === BOM) i = 1;
    }
    while (i < length) {
      if (this.skipLineFeed) {
        // The LF of a CRLF may arrive in the next chunk.
        this.skipLineFeed = false;
        if (chunk.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      switch (this.state) {
        case FieldStart: {
          const code = chunk.charCodeAt(i);
          if (code === QUOTE) {
            this.state = Quoted;
            i++;
          } else if ((code === LF || code === CR) && this.fields.length === 0) {
            // A blank line is not a record.
            this.skipLineFeed = code === CR;
            i++;
          } else {
            this.state = Unquoted;
          }
          break;
        }
        case Unquoted: {
          let end = i;
          let code = 0;
          while (end < length) {
            code = chunk.charCodeAt(end);
            if (code === COMMA || code === LF || code === CR) break;
            end++;
          }
          this.field += chunk.slice(i, end);
          if (end === length) {
            this.checkFieldLength();
            return;
          }
          i = end + 1;
          this.endField();
          if (code !== COMMA) this.endRecord(code === CR);
          break;
        }
        case Quoted: {
          const quote = chunk.indexOf('"', i);
          if (quote === -1) {
            this.field += chunk.slice(i);
            this.checkFieldLength();
            return;
          }
          this.field += chunk.slice(i, quote);
          this.state = QuoteInQuoted;
          i = quote + 1;
          break;
        }
        case QuoteInQuoted: {
          const code = chunk.charCodeAt(i);
          if (code === QUOTE) {
            this.field += '"';
            this.state = Quoted;
            i++;
          } else if (code === COMMA) {
            this.endField();
            i++;
          } else if (code === LF || code === CR) {
            this.endField();
            this.endRecord(code === CR);
            i++;
          } else {
            // Text after a closing quote ("ab"c) is not RFC 4180; keep it rather than lose data.
            this.state = Unquoted;
          }
          break;
        }
      }
    }
  }

  /** Hands over the last record when the input does not end with a line break. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.skipLineFeed = false;
    if (this.state === Quoted) this.unterminatedQuote = true;
    if (this.state === FieldStart && this.fields.length === 0) return;
    this.endField();
    this.endRecord(false);
  }

  /** Fields only grow across chunks, so checking at the end of each chunk keeps memory bounded. */
  private checkFieldLength(): void {
    if (this.field.length > this.maxFieldLength) {
      throw new CsvFieldTooLongError(
        `a field is longer than ${this.maxFieldLength} characters (a quote that is never closed?)`,
      );
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = FieldStart;
  }

  private endRecord(afterCarriageReturn: boolean): void {
    const record = this.fields;
    this.fields = [];
    this.state = FieldStart;
    this.skipLineFeed = afterCarriageReturn;
    this.onRecord(record);
  }
}
