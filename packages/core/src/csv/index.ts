// The CSV reading and writing layer every face uses (the CLI batch, the book's import, the extension, the site).
export { decimalFromCommaLocale } from './decimal-comma.js';
export {
  type CsvProblemKind,
  CsvReader,
  type CsvReaderOptions,
  type CsvRecord,
  type CsvRecordHandler,
  type CsvTable,
  MAX_CELL_LENGTH,
  readCsv,
} from './reader.js';
export { type CsvSeparator, detectSeparator, separatorLine } from './separator.js';
export { type DecodedText, decodeText, type TextEncodingName } from './text-decode.js';
export { csvCell, csvRecord, type NumericCells, numericColumns } from './writer.js';
