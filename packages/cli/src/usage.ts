export const usage = `Usage:
  refund-desk refund|exchange|cap|checklist [FILE|-] [--text] [--locale en|ko]
  refund-desk refund --csv FILE --date YYYY-MM-DD [--ledger FILE.json]

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
`;
