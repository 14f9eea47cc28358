import type { LedgerFile } from './shapes';

// CSV form of the ledger: one row per refund, the customer's name repeated. RFC 4180 quoting.
export const ledgerColumns = ['tenantId', 'customerName', 'id', 'date', 'amountUsd', 'reservationId', 'note'] as const;

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function ledgerToCsv(ledger: LedgerFile): string {
  const names = new Map(ledger.customers.map((c) => [c.tenantId, c.name]));
  const rows = ledger.refunds.map((r) =>
    [r.tenantId, names.get(r.tenantId) ?? '', r.id, r.date, r.amount, r.reservationId ?? '', r.note ?? ''].map(quote),
  );
  // Customers without refunds still travel, as rows without a refund.
  for (const c of ledger.customers) {
    if (!ledger.refunds.some((r) => r.tenantId === c.tenantId))
      rows.push([c.tenantId, c.name, '', '', '', '', ''].map(quote));
  }
  return `${[ledgerColumns.join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}

/** Parses CSV text into rows of fields. Throws on an unterminated quote, naming the line. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted) throw new Error(`line ${quoteLine}: a quoted field is not closed`);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
