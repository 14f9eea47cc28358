import { describe, expect, it } from 'vitest';
import { percentText, policyChanges, policyTitle, policyWordParams, usdText } from './policy-words.js';

describe('policy words', () => {
  it('writes rates and the limit from the parameters, each language its own way', () => {
    expect(percentText({ num: 12n, den: 100n }, 'en')).toBe('12 %');
    expect(percentText({ num: 12n, den: 100n }, 'ko')).toBe('12%');
    expect(percentText({ num: 125n, den: 1000n }, 'en')).toBe('12.5 %');
    expect(percentText({ num: 0n, den: 1n }, 'en')).toBe('0 %');
    expect(usdText(5_000_000n, 'en')).toBe('USD 50,000');
    expect(usdText(5_000_050n, 'en')).toMatch(/^USD.50,000\.50$/);
  });

  it('fills a policy’s numbers (R-fee.1 under csp-2018-10, none since azure-2020-02)', () => {
    expect(policyWordParams('csp-2018-10', 'en')).toMatchObject({
      feeRate: '12 %',
      limit: 'USD 50,000',
      windowDays: 365,
    });
    expect(policyWordParams('azure-2020-02', 'ko')).toMatchObject({ feeRate: '0%', whatIfFeeRate: '12%' });
    expect(policyWordParams(undefined, 'en').exchangeGate).toBe('2027-02-01');
  });

  it('titles a policy in the reader’s language', () => {
    expect(policyTitle('azure-2020-02', 'en')).toBe('Azure self-service refunds (no fee, lower price)');
    expect(policyTitle('azure-2020-02', 'ko')).toMatch(/[가-힣]/);
    expect(policyTitle('nope', 'ko')).toBe('nope');
    expect(policyChanges('csp-2018-10', 'ko')).toMatch(/12%/);
  });
});
