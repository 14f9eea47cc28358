export const usage = `Usage:
  refund-desk refund|exchange|cap|checklist [FILE|-] [--text] [--locale en|ko]
  refund-desk refund --csv FILE --date YYYY-MM-DD [--ledger FILE.json]
  refund-desk book import FILE... [--into BOOK.json] [-o OUT.json] [--report text|json]
  refund-desk book value BOOK.json --date YYYY-MM-DD [--csv]
  refund-desk plan BOOK.json --date YYYY-MM-DD [--candidates suggested|all|FILE.json] [--until YYYY-MM-DD] [--csv]

Reads one request as JSON from FILE (or standard input when FILE is "-" or absent) and prints the
result as JSON. Exit status: 0 when the answer is ok (allowed or refused by policy), 2 for bad input,
1 for an internal failure.

Options:
  --text            print the estimate and its explanation for people instead of JSON
  --locale en|ko    language of --text output and of the checklist (default en)
  --csv FILE        estimate every reservation of a CSV file; prints CSV, one row per input row
  --date D          the refund date for every CSV row
  --ledger FILE     JSON array of earlier refunds (USD), applied to each CSV row on its own
  -h, --help        print this help

The book (portal reservations export, Partner Center reconciliation, Azure Reservations API JSON, a book):
  book import       merges the files into one book: the book JSON on standard output (or -o OUT.json),
                    a report of files, rows used and skipped, problems and missing facts on standard error;
                    --into BOOK.json adds to an existing book; --report json prints the whole import as JSON.
                    Exit 0 when a book was produced, 2 when no file could be read.
  book value        every reservation's estimate on --date and the units it is worth returning (--csv: a row each)
  plan              which refunds to make and when under each customer's USD 50,000 limit (--csv: a row per
                    refund, then the units that cannot be placed); --candidates picks the units to consider,
                    --until the horizon
`;
