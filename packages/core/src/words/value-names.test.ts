import { describe, expect, it } from 'vitest';
import { billingPlanLabel, bookFormatLabel, priceBasisLabel, sentence, termLabel } from './value-names.js';

describe('value words', () => {
  it('names terms, plans and the price basis in both languages', () => {
    expect(termLabel('P3Y', 'ko')).toBe('3년');
    expect(billingPlanLabel('Monthly', 'ko')).toBe('월별 결제');
    expect(priceBasisLabel('current', 'en')).toMatch(/current/);
    expect(termLabel('P9Y', 'en')).toBe('P9Y');
  });

  it('names every format importBook detects, and an unrecognised file, in both languages', () => {
    for (const format of [
      'portal-reservations-csv',
      'partner-center-reconciliation-csv',
      'azure-reservations-json',
      'refund-desk-book-json',
      'unknown',
    ]) {
      for (const locale of ['en', 'ko'] as const) expect(bookFormatLabel(format, locale)).not.toMatch(/^[a-z-]+$/);
    }
    expect(bookFormatLabel('partner-center-reconciliation-csv', 'ko')).toBe('파트너 센터 청구서 조정 파일 (CSV)');
    expect(bookFormatLabel('unknown', 'en')).toBe('Not recognised');
  });

  it('fills its numbers from the parameters (R-refund.2, R-fee.2)', () => {
    expect(sentence('fullCredit', 'en')).toBe('Full credit: returned within 5 days and unused');
    expect(sentence('whatIfFee', 'ko')).toBe('12% 수수료를 부과한다면');
    expect(sentence('refusedByFuturePayments', 'en')).toMatch(/may still accept/);
  });
});
