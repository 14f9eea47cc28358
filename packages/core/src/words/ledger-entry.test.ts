import { describe, expect, it } from 'vitest';
import { capStatus } from '../cap.js';
import { estimateRefund } from '../refund.js';
import { LEDGER_NOTE, ledgerEntryFromEstimate } from './ledger-entry.js';

const ID = 'a1b2c3d4-0000-4000-8000-123456789abc';

describe('ledgerEntryFromEstimate', () => {
  it('counts the canceled commitment in USD (R-cap.2), which later estimates then see (R-cap.4)', () => {
    const reservation = {
      product: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'Monthly',
      start: '2025-01-01',
      quantity: 1,
      price: { amount: '1200000', currency: 'KRW' },
      usdPerUnit: '0.00075',
    };
    const first = estimateRefund({ date: '2025-03-10', reservation });
    if (!first.ok) throw new Error('refused');
    const entry = ledgerEntryFromEstimate(first.value, { date: '2025-03-10', reservationId: ID });
    expect(entry.amount).toEqual(first.value.policyResult.capUse);
    expect(entry.amount.currency).toBe('USD');
    expect(entry.amount.amount).not.toBe(first.value.pricingRefundAmount.amount); // future payments count too
    expect(entry).toMatchObject({ date: '2025-03-10', reservationId: ID, note: LEDGER_NOTE });
    expect(entry.note).toContain('policyResult.capUse');
    const status = capStatus({ date: '2025-03-11', ledger: [entry] });
    expect(status.ok && status.value.consumedRefundsTotal).toEqual(first.value.policyResult.capUse);
    expect(ledgerEntryFromEstimate(first.value, { date: '2025-03-10', note: 'x' })).toEqual({
      date: '2025-03-10',
      amount: first.value.policyResult.capUse,
      note: 'x',
    });
  });
});
