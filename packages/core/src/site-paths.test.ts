import { describe, expect, it } from 'vitest';
import { rules } from './rules.js';
import { policyPagePath, ruleAnchor, ruleFamilyPagePath, rulePagePath } from './site-paths.js';

describe('site paths', () => {
  it('point a rule at its own row of the rule index, in either language', () => {
    expect(rulePagePath('R-cap.5', 'en')).toBe('/rules/#r-cap-5');
    expect(rulePagePath('R-monthly.3', 'ko')).toBe('/ko/rules/#r-monthly-3');
  });
  it('point an id the index does not hold at its family’s page', () => {
    expect(rulePagePath('R-cap', 'en')).toBe('/refund-limit/#r-cap');
    expect(rulePagePath('R-support', 'ko')).toBe('/ko/request-for-customer/#r-support');
    expect(rulePagePath('R-unknown.1', 'en')).toBe('/policy-versions/#r-unknown');
  });
  it('point a family at its page and anchor', () => {
    expect(ruleFamilyPagePath('R-cap.4', 'en')).toBe('/refund-limit/#r-cap');
    expect(ruleFamilyPagePath('R-plan', 'ko')).toBe('/ko/book-and-plan/#r-plan');
  });
  it('give every rule of the index its own anchor', () => {
    const anchors = rules.map((rule) => ruleAnchor(rule.id));
    expect(new Set(anchors).size).toBe(rules.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^r-[a-z]+-\d+$/);
    expect(ruleAnchor('R-exchange.10')).toBe('r-exchange-10');
  });
  it('point a policy at its row of the versions table', () => {
    expect(policyPagePath('azure-2020-02', 'ko')).toBe('/ko/policy-versions/#azure-2020-02');
  });
});
