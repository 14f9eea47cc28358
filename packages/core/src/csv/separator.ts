// Which character separates the cells: spreadsheet software in many locales (German, French, Dutch, Korean Excel
// with a European region…) writes `;` because the comma is their decimal mark, and may say so on a `sep=;` first line.

export type CsvSeparator = ',' | ';' | '\t';

/** The separator a `sep=X` line names (Excel's convention), or undefined when the line is not one. */
export function separatorLine(line: string): CsvSeparator | undefined {
  const match = /^"?sep=(.)"?$/i.exec(line.replace(/[\r\n]+$/, ''));
  const named = match?.[1];
  return named === ',' || named === ';' || named === '\t' ? named : undefined;
}

/**
 * Guesses the separator from the header line: the one of `,` `;` tab that occurs most often outside quotes,
 * a comma on a tie. Headers hold no decimal numbers, so their separators are the only frequent punctuation.
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const char = headerLine[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === ',') commas++;
    else if (char === ';') semicolons++;
    else if (char === '\t') tabs++;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}
