import { describe, expect, it } from 'vitest';
import { billingPlanLabel, priceBasisLabel, sentence, termLabel } from './value-names.js';

describe('value words', () => {
  it('names terms, plans and the price basis in both languages', () => {
    expect(termLabel('P3Y', 'ko')).toBe('3년');
    expect(billingPlanLabel('Monthly', 'ko')).toBe('월별 결제');
    expect(priceBasisLabel('current', 'en')).toMatch(/current/);
    expect(termLabel('P9Y', 'en')).toBe('P9Y');
  });

  it('fills its numbers from the parameters (R-refund.2, R-fee.2)', () => {
    expect(sentence('fullCredit', 'en')).toBe('Full credit: returned within 5 days and unused');
    expect(sentence('whatIfFee', 'ko')).toBe('12% 수수료를 부과한다면');
    expect(sentence('refusedByFuturePayments', 'en')).toMatch(/may still accept/);
  });
});
