import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../csv/text-decode.js';
import { importBook } from './import.js';
import type { Book, BookFile, BookImport, BookReservation } from './types.js';

const folder = new URL('../../../../tests/fixtures/book/', import.meta.url);
const fixture = (name: string): BookFile => ({ name, text: readFileSync(new URL(name, folder), 'utf8') });
const portal = fixture('portal-reservations.csv');
const recon = fixture('reconciliation.csv');
const az = fixture('reservations-az.json');
const rest = fixture('reservations-rest.json');

function imported(files: BookFile[], book?: Book): BookImport {
  const result = importBook(files, book ? { book } : undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const reservationsOf = (book: Book) =>
  book.customers.flatMap((c) => c.reservations.map((r) => ({ tenant: c.tenantId, ...r })));
const byId = (book: Book, id: string) => reservationsOf(book).find((r) => r.reservationId === id);

const R = {
  contosoVm: '3c0a7b52-9e14-4d6f-8a21-5b7c9d0e1f23',
  contosoMonthly: '5e2c9d74-1a36-4f81-8c43-7d9e1f203b45',
  fabrikamVm: 'b38cf3da-7f9c-4e47-a2a9-d3ef7586a9ab',
  woodgroveVm: '3b047b62-f714-46c5-aa12-5b6578ed2123',
  woodgroveHost: '7f48bfa6-3b58-4a09-9e56-9fa9bc216567',
  woodgroveDw: '916ad1c8-5d7a-4c2b-8e78-b1cbde438789',
};
const tenants = {
  contoso: '4f8d2c1a-7b3e-4a59-9c21-6e0d8b5f3a17',
  fabrikam: '9a7e5c3b-1d2f-4e60-8b71-c2d3e4f50617',
  woodgrove: '2e4c6a8b-0d1f-4325-a7b9-cbdef0123456',
};

describe('importBook with the portal export and the reconciliation file', () => {
  const result = imported([portal, recon]);

  it('recognises each file by its content and counts its rows', () => {
    expect(result.files).toEqual([
      { name: 'portal-reservations.csv', format: 'portal-reservations-csv', rows: 13, used: 12, skipped: 1 },
      { name: 'reconciliation.csv', format: 'partner-center-reconciliation-csv', rows: 15, used: 13, skipped: 2 },
    ]);
    const renamed = imported([
      { ...recon, name: 'portal.csv' },
      { ...portal, name: 'recon.json' },
    ]);
    expect(renamed.files.map((f) => f.format)).toEqual([
      'partner-center-reconciliation-csv',
      'portal-reservations-csv',
    ]);
  });

  it('joins the two by order and reservation ID, whatever their letter case, with every fact’s origin (R-book.1, R-book.2)', () => {
    const vm = byId(result.book, R.contosoVm);
    expect(vm).toMatchObject({
      tenant: tenants.contoso,
      reservationOrderId: '8d2e4f61-0a3b-4c5d-9e7f-1a2b3c4d5e6f',
      product: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'Upfront',
      start: '2025-01-07',
      quantity: 2,
      price: { amount: '1672.80', currency: 'USD' },
      expiry: '2026-01-07',
      utilization: { days1: '100', days7: '98.5', days30: '97.25' },
    });
    expect(vm?.origin.start).toBe(
      'portal-reservations.csv row 1 (Purchase date, the export has no benefit start: the purchase date stands in)',
    );
    expect(vm?.origin.price).toBe('reconciliation.csv row 1 (Subtotal, New)');
    expect(vm?.origin.billingPlan).toBe('reconciliation.csv row 1 (BillingFrequency, New: blank: one payment)');
    expect(result.book.customers.find((c) => c.tenantId === tenants.contoso)?.name).toBe('Contoso Ltd');
  });

  it('derives a monthly plan’s lifetime price and a non-USD rate, saying how', () => {
    const monthly = byId(result.book, R.contosoMonthly);
    expect(monthly?.price).toEqual({ amount: '2207.52', currency: 'USD' }); // 61.32 × 12 × 3
    expect(monthly?.origin.price).toContain('monthly installment × 12 × 3 years');
    const korean = byId(result.book, R.woodgroveVm);
    expect(korean?.price).toEqual({ amount: '12345600', currency: 'KRW' });
    expect(korean?.usdPerUnit).toBe('0.0007218027746'); // 1 / 1385.42 = 0.000721802774609…, 10 significant digits
    expect(korean?.origin.usdPerUnit).toContain('1 / PCToBCExchangeRate');
  });

  it('seeds each customer’s ledger from Cancel lines, in USD, marking monthly ones to be confirmed', () => {
    const contoso = result.book.customers.find((c) => c.tenantId === tenants.contoso);
    expect(contoso?.ledger).toEqual([
      {
        date: '2026-02-03',
        amount: { amount: '1830.00', currency: 'USD' },
        note: 'Seeded from invoice G041234590, reservation order 0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e: reconciliation.csv row 14 (Subtotal, Cancel).',
      },
    ]);
    const fabrikam = result.book.customers.find((c) => c.tenantId === tenants.fabrikam);
    expect(fabrikam?.ledger[0]?.amount).toEqual({ amount: '446.58', currency: 'USD' }); // 412.37 EUR / 0.9234
    expect(fabrikam?.ledger[0]?.note).toContain('may count low; please confirm');
    // A canceled order is a ledger entry, not a reservation.
    expect(byId(result.book, '0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e')).toBeUndefined();
  });

  it('lists what each incomplete reservation needs and guesses nothing', () => {
    expect(result.needs).toEqual([
      { tenantId: tenants.woodgrove, reservationId: R.woodgroveDw, fields: ['product'] },
      { reservationId: R.woodgroveHost, fields: ['price', 'billingPlan', 'customer'] },
    ]);
    expect(byId(result.book, R.woodgroveHost)?.tenant).toBe('unassigned');
  });

  it('reports bad rows by file, row and field in words, and uses every other row', () => {
    expect(result.problems.map((p) => [p.file, p.row, p.field, p.code])).toEqual([
      ['portal-reservations.csv', 7, 'Reservation Id', 'INVALID_ID'],
      ['portal-reservations.csv', 13, 'Type', 'UNKNOWN_PRODUCT'],
      ['reconciliation.csv', 9, 'ReservationOrderId', 'INVALID_ID'],
    ]);
    expect(reservationsOf(result.book)).toHaveLength(12);
  });
});

describe('importBook with the API JSON too', () => {
  const result = imported([portal, recon, az, rest]);

  it('takes the API’s facts over the portal export’s and reports the conflict with both values', () => {
    expect(byId(result.book, R.fabrikamVm)?.quantity).toBe(3);
    const conflicts = result.problems.filter((p) => p.code === 'CONFLICT');
    expect(conflicts.map((p) => [p.file, p.row, p.field])).toEqual([
      ['portal-reservations.csv', 5, 'quantity'],
      ['reconciliation.csv', 6, 'quantity'],
      ['reconciliation.csv', 6, 'price'],
    ]);
    expect(conflicts[0]?.message).toContain('reservations-az.json item 5 (quantity) says 3');
    expect(conflicts[0]?.message).toContain('portal-reservations.csv row 5 (Quantity) says 4');
    // The invoice priced the 4 units bought; 3/4 of EUR 8,123.45 is not an exact amount, so the price is asked for
    // instead of kept for the wrong number of units (R-book.13).
    expect(conflicts[2]?.message).toContain('is the price of 4 units, and the reservation holds 3');
    expect(byId(result.book, R.fabrikamVm)?.price).toBeUndefined();
    expect(result.needs.find((n) => n.reservationId === R.fabrikamVm)?.fields).toContain('price');
    expect(byId(result.book, R.fabrikamVm)?.origin.start).toBe('reservations-az.json item 5 (benefitStartTime)');
  });

  it('fills the billing plan the portal lacks from the API', () => {
    expect(byId(result.book, R.woodgroveHost)?.billingPlan).toBe('Upfront');
    expect(result.needs.find((n) => n.reservationId === R.woodgroveHost)?.fields).toEqual(['price', 'customer']);
  });

  it('gives the same book whatever the order of the files', () => {
    expect(
      imported([rest, recon, az, portal])
        .book.customers.map((c) => c.tenantId)
        .sort(),
    ).toEqual(result.book.customers.map((c) => c.tenantId).sort());
    const sorted = (book: Book) => reservationsOf(book).sort((a, b) => a.reservationId.localeCompare(b.reservationId));
    const strip = (r: BookReservation) => ({ ...r, origin: undefined });
    expect(sorted(imported([rest, recon, az, portal]).book).map(strip)).toEqual(sorted(result.book).map(strip));
  });
});

describe('importBook: files as people have them', () => {
  const plain = imported([portal, recon]).book;
  const withoutOrigins = (book: Book) =>
    book.customers.map((c) => ({
      ...c,
      ledger: c.ledger.map((e) => ({ ...e, note: e.note?.replace(/: .* row/, ': row') })),
      reservations: c.reservations.map((r) => ({ ...r, origin: Object.keys(r.origin).sort() })),
    }));

  it('reads the `;` decimal-comma variants (sep= line, thousands points) to the same facts', () => {
    const semicolon = imported([fixture('portal-reservations-semicolon.csv'), fixture('reconciliation-semicolon.csv')]);
    expect(semicolon.problems.map((p) => p.code)).toEqual(['INVALID_ID', 'UNKNOWN_PRODUCT', 'INVALID_ID']);
    expect(withoutOrigins(semicolon.book)).toEqual(withoutOrigins(plain));
  });

  it('reads the UTF-16 export once decoded, and text that still starts with a byte order mark', () => {
    const decoded = decodeText(new Uint8Array(readFileSync(new URL('portal-reservations-utf16le.csv', folder))));
    expect(decoded.ok && decoded.encoding).toBe('utf-16le');
    const text = decoded.ok ? decoded.text : '';
    const utf16 = imported([{ name: 'portal-reservations.csv', text }, recon]);
    expect(utf16.book).toEqual(plain);
    expect(imported([{ ...portal, text: `\uFEFF${portal.text.replace(/^\uFEFF/, '')}` }, recon]).book).toEqual(plain);
  });

  it('an unknown file is reported and changes nothing', () => {
    const result = imported([
      portal,
      recon,
      { name: 'notes.txt', text: 'hello,world\n1,2\n' },
      { name: 'x.json', text: '{"a":1}' },
    ]);
    expect(result.files.slice(2).map((f) => f.format)).toEqual(['unknown', 'unknown']);
    expect(result.problems.filter((p) => p.row === 0).map((p) => p.file)).toEqual(['notes.txt', 'x.json']);
    expect(result.book).toEqual(plain);
  });

  it('a damaged row costs that row only: no later row is shifted, dropped or swallowed', () => {
    const lines = portal.text.split('\r\n');
    const broken = [...lines];
    broken[2] = broken[2]!.replace(',VM_RI', ',"VM_RI').replace('VM_RI_monthly', '"VM_RI_monthly'); // an unclosed quote
    broken[3] = broken[3]!.replace('eastus', 'east,us'); // one cell too many
    const result = imported([{ ...portal, text: broken.join('\r\n') }, recon]);
    expect(result.problems.slice(0, 2).map((p) => [p.row, p.code])).toEqual([
      [2, 'UNREADABLE_ROW'],
      [3, 'UNREADABLE_ROW'],
    ]);
    expect(result.files[0]).toMatchObject({ rows: 13, used: 10, skipped: 3 });
    for (const r of reservationsOf(plain)) {
      const after = byId(result.book, r.reservationId);
      if (r.reservationId === R.contosoMonthly || r.reservationId === '7a4ebf96-3c58-4a03-9e65-9fab3142d567') continue;
      expect(after).toEqual({ ...r });
    }
  });

  it('refuses what is not a list of files, without throwing', () => {
    expect(importBook('x' as never).ok).toBe(false);
    expect(importBook([{ name: 1, text: 2 }] as never).ok).toBe(false);
    expect(importBook([], { book: { customers: 3 } as never }).ok).toBe(false);
  });
});

describe('importBook into a book', () => {
  const files = [portal, recon, az, rest];
  const first = imported(files);

  it('is idempotent: importing the same files again changes nothing', () => {
    const again = imported(files, first.book);
    expect(again.book).toEqual(first.book);
    // The files still disagree with each other where they did: the same conflicts, now against the book.
    const where = (r: BookImport) => r.problems.map((p) => [p.file, p.row, p.field, p.code]);
    expect(where(again)).toEqual(where(first));
    expect(imported([], first.book).book).toEqual(first.book);
    expect(imported([{ name: 'book.json', text: JSON.stringify(first.book) }]).book).toEqual(first.book);
  });

  it('never loses or overwrites a fact or a ledger entry of the book', () => {
    const edited: Book = structuredClone(first.book);
    const vm = edited.customers[0]!.reservations[0]!;
    vm.quantity = 7;
    vm.origin.quantity = 'typed by the agent';
    vm.currentPrice = { amount: '1500.00', currency: 'USD' };
    edited.customers[0]!.ledger.push({
      date: '2025-12-01',
      amount: { amount: '99.00', currency: 'USD' },
      note: 'by hand',
    });
    const merged = imported(files, edited);
    expect(merged.book).toEqual(edited);
    const conflict = merged.problems.find((p) => p.code === 'CONFLICT' && p.message.includes('typed by the agent'));
    expect(conflict?.message).toContain('kept 7 (nothing in the book is overwritten)');
  });

  it('keeps two equal credits of one file as two refunds, and adds neither again from the same file', () => {
    const header =
      'CustomerId,CustomerName,InvoiceNumber,OrderDate,ChargeType,Quantity,Subtotal,Currency,ChargeStartDate,TermAndBillingCycle,BillingFrequency,ReservationOrderId';
    const line = (type: string) =>
      `${tenants.contoso},Contoso,G7,6/2/2026,${type},1,-250.00,USD,6/2/2026,3 Years,,0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d`;
    const credits = {
      name: 'credits.csv',
      text: `${header}\n${line('removeQuantity')}\n${line('removeQuantity')}\n${line('Cancel')}\n`,
    };
    const seededOf = (book: Book) =>
      book.customers
        .find((c) => c.tenantId === tenants.contoso)!
        .ledger.filter((e) => e.note?.includes('invoice G7'))
        .map((e) => e.amount.amount);
    const once = imported([credits]).book;
    expect(seededOf(once)).toEqual(['250.00', '250.00', '250.00']);
    expect(imported([credits], once).book).toEqual(once);
    // The same file given twice (a download saved under two names) is one file's refunds.
    expect(seededOf(imported([credits, { ...credits, name: 'credits (1).csv' }]).book)).toHaveLength(3);
  });

  it('adds what a later file brings to reservations the book lacked it for', () => {
    const portalOnly = imported([portal]).book;
    const later = imported([recon], portalOnly).book;
    expect(byId(later, R.contosoVm)?.price).toEqual({ amount: '1672.80', currency: 'USD' });
    expect(byId(later, R.contosoVm)?.tenant).toBe(tenants.contoso);
    // The same facts as importing both at once; the tenant keeps the origin the book had (the portal's link).
    const facts = (book: Book) => reservationsOf(book).map(({ origin: _o, ...r }) => r);
    expect(facts(later)).toEqual(facts(imported([portal, recon]).book));
    expect(byId(later, R.contosoVm)?.origin.customer).toContain('Deep link to reservation');
  });

  it('keeps an invoice-only order under its order ID, then gives its facts to the reservation once named', () => {
    const reconOnly = imported([recon]).book;
    const order = '8d2e4f61-0a3b-4c5d-9e7f-1a2b3c4d5e6f';
    expect(byId(reconOnly, order)).toMatchObject({
      reservationOrderId: order,
      price: { amount: '1672.80', currency: 'USD' },
    });
    expect(byId(reconOnly, order)?.origin.reservationId).toContain('order ID stands in');
    const named = imported([portal], reconOnly).book;
    expect(byId(named, order)).toBeUndefined();
    expect(byId(named, R.contosoVm)?.price).toEqual({ amount: '1672.80', currency: 'USD' });
  });

  it('property: merging any subset of the files into any earlier import keeps every fact and entry', () => {
    const all = [portal, recon, az, rest];
    fc.assert(
      fc.property(fc.subarray(all), fc.subarray(all), (before, after) => {
        const base = imported(before).book;
        const merged = imported(after, base).book;
        for (const customer of base.customers) {
          for (const reservation of customer.reservations) {
            const kept = byId(merged, reservation.reservationId);
            if (reservation.reservationId === reservation.reservationOrderId && kept === undefined) {
              // a placeholder gave its facts to the order's named reservation
              const named = reservationsOf(merged).find((r) => r.reservationOrderId === reservation.reservationOrderId);
              expect(named?.price ?? null).toEqual(reservation.price ?? null);
              continue;
            }
            const { origin: _o, ...facts } = reservation;
            expect(kept).toMatchObject(facts);
          }
          const into = merged.customers.find((c) => c.tenantId === customer.tenantId);
          for (const entry of customer.ledger) expect(into?.ledger ?? []).toContainEqual(entry);
        }
        expect(imported(after, merged).book).toEqual(merged);
      }),
      { numRuns: 40 },
    );
  });
});
