import { describe, expect, it } from 'vitest';
import { estimateExchange } from '../exchange.js';
import { estimateRefund } from '../refund.js';
import { fieldHint, fieldLabel, fieldLabelWithHint, hasFieldLabel } from './field-names.js';

describe('fieldLabel', () => {
  it.each([
    ['returns[1].reservation.start', 'Return 2: benefit start date', '반환 2: 혜택 시작일'],
    ['reservation.price.amount', 'Purchase price', '구매 가격'],
    ['reservation.price.currency', 'Billing currency', '청구 통화'],
    ['reservation.usdPerUnit', 'USD per unit of the billing currency', '청구 통화 1단위당 USD'],
    ['ledger[0].date', 'Earlier refund 1: refund date', '이전 환불 1: 환불일'],
    ['ledger[2].amount.amount', 'Earlier refund 3: amount counted (USD)', '이전 환불 3: 계산된 금액 (USD)'],
    ['returns[0].quantity', 'Return 1: units to return', '반환 1: 반환할 수량'],
    ['returns[0]', 'Return 1', '반환 1'],
    ['purchases[1].price.amount', 'Purchase 2: lifetime price', '구매 2: 전체 기간 가격'],
    ['purchases[0].product', 'Purchase 1: product', '구매 1: 제품'],
    ['quantity', 'Units to return', '반환할 수량'],
    ['date', 'Request date', '요청일'],
    ['', 'Request', '요청'],
    ['returns[].reservation.price.amount', 'Return {n}: purchase price', '반환 {n}: 구매 가격'],
  ])('%s', (path, en, ko) => {
    expect(fieldLabel(path, 'en')).toBe(en);
    expect(fieldLabel(path, 'ko')).toBe(ko);
  });

  it('names the nearest known parent of an unknown path, and never the raw path', () => {
    expect(fieldLabel('reservation.price.cents', 'en')).toBe('Purchase price');
    expect(fieldLabel('reservation.whatever', 'en')).toBe('Reservation');
    expect(hasFieldLabel('whatever')).toBe(false);
    expect(fieldLabel('whatever', 'en')).toBe('Request');
    expect(fieldLabel('a..b[', 'ko')).toBe('요청');
    expect(fieldLabel(undefined as never, 'en')).toBe('Request');
  });

  it('gives hints for forms', () => {
    expect(fieldHint('date', 'en')).toBe('UTC');
    expect(fieldLabelWithHint('date', 'ko')).toBe('요청일 (UTC)');
    expect(fieldLabelWithHint('returns[0].reservation.start', 'en')).toBe('Return 1: benefit start date (UTC)');
    expect(fieldHint('reservation.product', 'en')).toBeUndefined();
  });

  it('has a name for every field validation reports on junk', () => {
    const junk = { bad: true } as unknown;
    const refund = estimateRefund({
      date: junk,
      quantity: junk,
      policy: junk,
      fee: junk,
      ledger: [{ date: junk, amount: junk, reservationId: junk, note: junk }],
      reservation: Object.fromEntries(
        ['reservationId', 'reservationOrderId', 'product', 'term', 'billingPlan', 'start', 'quantity', 'price']
          .concat(['currentPrice', 'usdPerUnit', 'used', 'originalQuantity'])
          .map((key) => [key, junk]),
      ),
    });
    const exchange = estimateExchange({
      date: '2025-01-01',
      returns: [{ reservation: { price: junk, start: junk }, quantity: junk }],
      purchases: [{ product: junk, term: junk, billingPlan: junk, price: junk }],
    });
    const fields = [refund, exchange].flatMap((r) => (r.ok ? [] : r.errors.flatMap((e) => (e.field ? [e.field] : []))));
    expect(fields.length).toBeGreaterThan(15);
    for (const field of fields) {
      expect(hasFieldLabel(field), field).toBe(true);
      expect(fieldLabel(field, 'en'), field).not.toMatch(/[.[\]]/);
    }
  });
});
