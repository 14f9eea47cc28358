// The CSV writer of the book commands: core's, the one every face uses (RFC 4180 quoting, formula-safe cells,
// numbers kept as numbers in the columns that hold them).
export { csvRecord, type NumericCells, numericColumns } from '@refund-desk/core';
