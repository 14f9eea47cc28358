import type { BookImport, RowProblem } from '@refund-desk/core';

/** Lines shown per file (problems) and in all (needs); the rest are counted, and `--report json` has every one. */
export const reportListLimit = 20;

/**
 * The human report of `book import` (standard error): each file with its detected format and rows used and skipped,
 * the problems by file and row with their field, the facts each reservation still needs, and what the book holds.
 */
export function renderImportReport(imported: BookImport): string {
  const lines: string[] = ['Files:'];
  const nameWidth = Math.max(...imported.files.map((file) => file.name.length));
  const formatWidth = Math.max(...imported.files.map((file) => file.format.length));
  for (const file of imported.files) {
    const counts =
      file.format === 'unknown'
        ? 'not imported'
        : `${plural(file.rows, 'row')}: ${file.used} used, ${file.skipped} skipped`;
    lines.push(`  ${file.name.padEnd(nameWidth)}  ${file.format.padEnd(formatWidth)}  ${counts}`);
  }

  if (imported.problems.length > 0) {
    lines.push('', `Problems (${imported.problems.length}):`);
    for (const [file, problems] of byFile(imported.problems)) {
      lines.push(`  ${file}:`);
      const sorted = [...problems].sort((a, b) => a.row - b.row);
      for (const problem of sorted.slice(0, reportListLimit)) lines.push(`    ${describeRowProblem(problem)}`);
      if (sorted.length > reportListLimit) lines.push(`    … and ${sorted.length - reportListLimit} more`);
    }
  }

  if (imported.needs.length > 0) {
    lines.push('', `Needs (${plural(imported.needs.length, 'reservation')} lack facts an estimate requires):`);
    for (const need of imported.needs.slice(0, reportListLimit)) {
      const customer = need.tenantId === undefined ? '' : ` (customer ${need.tenantId})`;
      lines.push(`  ${need.reservationId}${customer}: ${need.fields.join(', ')}`);
    }
    if (imported.needs.length > reportListLimit) {
      lines.push(`  … and ${imported.needs.length - reportListLimit} more`);
    }
  }

  const customers = imported.book.customers;
  const reservations = customers.reduce((sum, customer) => sum + customer.reservations.length, 0);
  lines.push('', `Book: ${plural(customers.length, 'customer')}, ${plural(reservations, 'reservation')}.`);
  if (imported.problems.length > reportListLimit || imported.needs.length > reportListLimit) {
    lines.push('Every problem and need: --report json.');
  }
  return `${lines.join('\n')}\n`;
}

/** "row 14, Subtotal: …": the row (or the file as a whole), the field when core names one, the message and code. */
export function describeRowProblem(problem: RowProblem): string {
  const where = problem.row === 0 ? 'the file' : `row ${problem.row}`;
  const field = problem.field && !problem.message.includes(problem.field) ? `, ${problem.field}` : '';
  return `${where}${field}: ${problem.message} (${problem.code})`;
}

function byFile(problems: readonly RowProblem[]): Map<string, RowProblem[]> {
  const groups = new Map<string, RowProblem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.file);
    if (group) group.push(problem);
    else groups.set(problem.file, [problem]);
  }
  return groups;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
