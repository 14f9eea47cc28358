import { describe, expect, it } from 'vitest';
import { readReconciliation } from './reconciliation-csv.js';

const header =
  'CustomerId,CustomerName,InvoiceNumber,OrderDate,ChargeType,Quantity,Subtotal,Currency,PricingCurrency,PCToBCExchangeRate,ChargeStartDate,TermAndBillingCycle,BillingFrequency,SkuName,ReservationOrderId';
const tenant = 'CCCCCCCC-3333-4333-8333-333333333333';
const order = 'bbbbbbbb-2222-4222-8222-222222222222';
const values = (facts: object) => Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('readReconciliation', () => {
  it('an upfront New line: price, plan, term, quantity, start and customer', () => {
    const reading = readReconciliation(
      'r.csv',
      `${header}\n${tenant},Contoso,G1,1/7/2025,New,2,1672.80,USD,USD,1,1/7/2025,1 Year,,D2s,${order}\n`,
    );
    expect(values(reading.reservations[0]?.facts ?? {})).toEqual({
      customer: tenant.toLowerCase(),
      customerName: 'Contoso',
      billingPlan: 'Upfront',
      term: 'P1Y',
      quantity: 2,
      start: '2025-01-07',
      price: { amount: '1672.80', currency: 'USD' },
    });
  });

  it('a monthly line in euros: lifetime price = installment × 12 × years, and USD per euro = 1 / rate', () => {
    const reading = readReconciliation(
      'r.csv',
      `${header}\n${tenant},Fabrikam,G2,4/1/2026,New,10,584.10,EUR,USD,0.9234,4/1/2026,3 Years - Monthly,Monthly,Cosmos,${order}\n`,
    );
    const facts = reading.reservations[0]?.facts;
    expect(facts?.price?.value).toEqual({ amount: '21027.60', currency: 'EUR' });
    expect(facts?.price?.origin).toBe('r.csv row 1 (Subtotal, New: monthly installment × 12 × 3 years)');
    expect(facts?.usdPerUnit?.value).toBe('1.082954299');
  });

  it('reads `;` files with decimal commas', () => {
    const semi = header.replaceAll(',', ';');
    const reading = readReconciliation(
      'r.csv',
      `sep=;\n${semi}\n${tenant};K;G3;1/15/2026;New;3;12.345.600;KRW;USD;1385,42;1/15/2026;3 Years;;D8s;${order}\n`,
    );
    expect(values(reading.reservations[0]?.facts ?? {})).toMatchObject({
      price: { amount: '12345600', currency: 'KRW' },
      usdPerUnit: '0.0007218027746',
    });
  });

  it('a Cancel line seeds the ledger in USD and gives no reservation; other lines are skipped and counted', () => {
    const rows = [
      `${tenant},F,G4,5/20/2026,Cancel,1,-412.37,EUR,USD,0.9234,5/20/2026,3 Years,Monthly,D2s,${order}`,
      `${tenant},F,G4,5/20/2026,New,25,312.50,EUR,USD,0.9234,5/20/2026,1 Year,Monthly,Microsoft 365,`,
      `${tenant},F,G4,5/20/2026,addQuantity,1,100,EUR,USD,0.9234,5/20/2026,1 Year,,D2s,${order}`,
      `${tenant},F,G4,5/20/2026,Cancel,1,-10,EUR,EUR,1,5/20/2026,1 Year,,D2s,${order}`,
    ];
    const reading = readReconciliation('r.csv', `${header}\n${rows.join('\n')}\n`);
    expect(reading.reservations).toEqual([]);
    expect(reading.refunds).toHaveLength(1);
    expect(reading.refunds[0]).toMatchObject({
      tenantId: tenant.toLowerCase(),
      entry: { date: '2026-05-20', amount: { amount: '446.58', currency: 'USD' } },
    });
    expect(reading.refunds[0]?.entry.note).toContain('may count low');
    expect(reading.problems.map((p) => [p.row, p.code])).toEqual([[4, 'FX_RATE_REQUIRED']]);
    expect(reading).toMatchObject({ rows: 4, used: 1, skipped: 3 });
  });

  it('a removeQuantity credit (units given back) seeds the ledger like a Cancel; one that is not a credit is skipped', () => {
    const rows = [
      `${tenant},F,G6,6/2/2026,removeQuantity,2,-1200.50,USD,USD,1,6/2/2026,3 Years,,D2s,${order}`,
      `${tenant},F,G6,6/2/2026,Cancel,2,-1200.50,USD,USD,1,6/2/2026,3 Years,,D2s,${order}`,
      `${tenant},F,G6,6/3/2026,removeQuantity,1,0,USD,USD,1,6/3/2026,3 Years,,D2s,${order}`,
      `${tenant},F,G6,6/4/2026,Cancel,1,,USD,USD,1,6/4/2026,3 Years,,D2s,${order}`,
      `${tenant},F,G6,,Cancel,1,-5.00,USD,USD,1,,3 Years,,D2s,${order}`,
    ];
    const reading = readReconciliation('r.csv', `${header}\n${rows.join('\n')}\n`);
    expect(reading.refunds.map((r) => [r.entry.date, r.entry.amount.amount])).toEqual([
      ['2026-06-02', '1200.50'],
      ['2026-06-02', '1200.50'],
    ]);
    // Two refunds of the same amount on the same day and invoice: their keys differ by the charge type.
    expect(new Set(reading.refunds.map((r) => r.key)).size).toBe(2);
    expect(reading.refunds[0]?.entry.note).toContain('removeQuantity');
    // A Cancel line without its amount or its date seeds nothing, and names the cell once.
    expect(reading.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [4, 'Subtotal', 'INVALID_AMOUNT'],
      [5, 'OrderDate', 'INVALID_INPUT'],
    ]);
    expect(reading).toMatchObject({ rows: 5, used: 2, skipped: 3 });
  });

  it('bad cells are problems of their field', () => {
    const reading = readReconciliation(
      'r.csv',
      `${header}\n${tenant},X,G5,someday,New,x,12.345,USD,USD,1,1/1/2026,P1Y,Quarterly,D2s,${order}\nx,X,G5,1/1/2026,New,1,1,USD,USD,1,1/1/2026,P1Y,,D2s,nope\n`,
    );
    expect(reading.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [1, 'BillingFrequency', 'INVALID_INPUT'],
      [1, 'Quantity', 'INVALID_QUANTITY'],
      [1, 'OrderDate', 'INVALID_DATE'],
      [1, 'Subtotal', 'INVALID_AMOUNT'],
      [2, 'ReservationOrderId', 'INVALID_ID'],
    ]);
  });
});
