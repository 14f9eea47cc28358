import { type Book, type BookImport, importBook } from '@refund-desk/core';
import { type CliIo, write } from '../io.js';
import { writeJson } from '../json-output.js';
import { writeFileWhole } from '../output-file.js';
import { describeProblem } from '../problem-text.js';
import { progressOn } from '../progress.js';
import { describeError, readJsonFile } from '../read-input.js';
import { renderImportReport } from './import-report.js';
import { readImportFiles } from './read-files.js';
import { withUnreadableFiles } from './with-unreadable.js';

export interface BookImportOptions {
  files: string[];
  into: string | undefined;
  output: string | undefined;
  report: 'text' | 'json';
}

/**
 * `book import FILE… [--into BOOK.json] [-o OUT.json] [--report json]`: the files through core's importBook. The book
 * goes to standard output (or OUT), the report to standard error; `--report json` prints the whole BookImport instead.
 * Exit 0 when a book was produced (problems are reported, not fatal), 2 when no file could be read or used.
 */
export async function runBookImport(options: BookImportOptions, io: CliIo): Promise<number> {
  const fail = async (message: string) => {
    await write(io.stderr, `refund-desk: book import: ${message}\n`);
    return 2;
  };
  let book: Book | undefined;
  if (options.into !== undefined) {
    const existing = await readJsonFile(options.into, io.cwd, `--into ${options.into}`);
    if (!existing.ok) return fail(existing.message);
    // Core checks the book's shape: whatever the file holds goes to importBook as it came.
    book = existing.value as Book;
  }

  const progress = progressOn(io.stderr);
  const { files, unreadable } = await readImportFiles(options.files, io.cwd, progress);
  let imported: BookImport | undefined;
  if (files.length > 0) {
    progress.update(`importing ${files.length} file${files.length === 1 ? '' : 's'}`, true);
    const result = importBook(files, book === undefined ? undefined : { book });
    progress.done();
    if (!result.ok) return fail(result.errors.map(describeProblem).join('\n  '));
    imported = result.value;
  }
  progress.done();
  const report = withUnreadableFiles(
    imported ?? { book: book ?? { refundDeskBook: 1, customers: [] }, files: [], problems: [], needs: [] },
    options.files,
    unreadable,
  );
  const produced = report.files.some((file) => file.format !== 'unknown');

  if (options.report === 'json') await writeJson(io.stdout, report);
  else await write(io.stderr, renderImportReport(report));
  if (!produced) return fail('no file could be read as a reservations export, reconciliation file or book');

  if (options.output !== undefined) {
    try {
      await writeFileWhole(options.output, io.cwd, `${JSON.stringify(report.book, null, 2)}\n`);
    } catch (error) {
      await write(io.stderr, `refund-desk: book import: cannot write -o ${options.output}: ${describeError(error)}\n`);
      return 1;
    }
  } else if (options.report === 'text') {
    await writeJson(io.stdout, report.book);
  }
  return 0;
}
