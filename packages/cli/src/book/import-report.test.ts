import type { BookImport } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { describeRowProblem, renderImportReport, reportListLimit } from './import-report.js';
import { withUnreadableFiles } from './with-unreadable.js';

const tenantId = '0f0f0f0f-0000-4000-8000-000000000001';
const reservationId = '11111111-1111-4111-8111-111111111111';

const imported: BookImport = {
  book: {
    refundDeskBook: 1,
    customers: [
      { tenantId, ledger: [], reservations: [{ reservationId, reservationOrderId: reservationId, origin: {} }] },
    ],
  },
  files: [
    { name: 'portal.csv', format: 'portal-reservations-csv', rows: 3, used: 2, skipped: 1 },
    { name: 'recon.csv', format: 'partner-center-reconciliation-csv', rows: 1, used: 1, skipped: 0 },
  ],
  problems: [
    { file: 'portal.csv', row: 9, field: 'Quantity', code: 'INVALID_QUANTITY', message: 'not a whole number' },
    { file: 'recon.csv', row: 2, code: 'CONFLICT', message: 'Subtotal differs from the API price' },
    { file: 'portal.csv', row: 3, code: 'UNREADABLE_ROW', message: 'a quote is never closed' },
  ],
  needs: [{ tenantId, reservationId, fields: ['price', 'billingPlan'] }],
};

describe('renderImportReport', () => {
  it('lists files with format and rows, problems by file and row with their field, needs and the book', () => {
    expect(renderImportReport(imported)).toBe(
      [
        'Files:',
        '  portal.csv  portal-reservations-csv            3 rows: 2 used, 1 skipped',
        '  recon.csv   partner-center-reconciliation-csv  1 row: 1 used, 0 skipped',
        '',
        'Problems (3):',
        '  portal.csv:',
        '    row 3: a quote is never closed (UNREADABLE_ROW)',
        '    row 9, Quantity: not a whole number (INVALID_QUANTITY)',
        '  recon.csv:',
        '    row 2: Subtotal differs from the API price (CONFLICT)',
        '',
        'Needs (1 reservation lack facts an estimate requires):',
        `  ${reservationId} (customer ${tenantId}): price, billingPlan`,
        '',
        'Book: 1 customer, 1 reservation.',
        '',
      ].join('\n'),
    );
  });

  it('shortens long lists and points to --report json', () => {
    const problems = Array.from({ length: reportListLimit + 5 }, (_, i) => ({
      file: 'recon.csv',
      row: i + 1,
      code: 'INVALID_AMOUNT' as const,
      message: 'bad amount',
    }));
    const report = renderImportReport({ ...imported, problems });
    expect(report).toContain(`    row ${reportListLimit}: bad amount (INVALID_AMOUNT)\n    … and 5 more\n`);
    expect(report).not.toContain(`row ${reportListLimit + 1}:`);
    expect(report).toContain('Every problem and need: --report json.');
  });
});

describe('describeRowProblem', () => {
  it('does not name the field twice when the message already does', () => {
    expect(
      describeRowProblem({ file: 'f', row: 4, field: 'Term', code: 'INVALID_INPUT', message: 'Term is "x"' }),
    ).toBe('row 4: Term is "x" (INVALID_INPUT)');
    expect(describeRowProblem({ file: 'f', row: 0, code: 'INVALID_INPUT', message: 'cannot read the file' })).toBe(
      'the file: cannot read the file (INVALID_INPUT)',
    );
  });
});

describe('withUnreadableFiles', () => {
  it('puts each file the command could not read at its place, with a problem for the whole file', () => {
    const paths = ['missing.csv', 'portal.csv', 'latin1.csv', 'recon.csv'];
    const merged = withUnreadableFiles(imported, paths, [
      { index: 0, name: 'missing.csv', message: 'cannot read the file: no such file' },
      { index: 2, name: 'latin1.csv', message: 'input is not valid UTF-8 at byte 40' },
    ]);
    expect(merged.files.map((file) => [file.name, file.format])).toEqual([
      ['missing.csv', 'unknown'],
      ['portal.csv', 'portal-reservations-csv'],
      ['latin1.csv', 'unknown'],
      ['recon.csv', 'partner-center-reconciliation-csv'],
    ]);
    expect(merged.problems.slice(0, 2)).toEqual([
      { file: 'missing.csv', row: 0, code: 'INVALID_INPUT', message: 'cannot read the file: no such file' },
      { file: 'latin1.csv', row: 0, code: 'INVALID_INPUT', message: 'input is not valid UTF-8 at byte 40' },
    ]);
    expect(merged.problems).toHaveLength(5);
    expect(merged.book).toBe(imported.book);
  });
});
