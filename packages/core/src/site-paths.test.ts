import { describe, expect, it } from 'vitest';
import { policyPagePath, rulePagePath } from './site-paths.js';

describe('site paths', () => {
  it('point a rule at its family’s page and anchor, in either language', () => {
    expect(rulePagePath('R-cap.4', 'en')).toBe('/refund-limit/#r-cap');
    expect(rulePagePath('R-monthly.3', 'ko')).toBe('/ko/monthly-billing/#r-monthly');
    expect(rulePagePath('R-unknown.1', 'en')).toBe('/policy-versions/#r-unknown');
  });
  it('point a policy at its row of the versions table', () => {
    expect(policyPagePath('azure-2020-02', 'ko')).toBe('/ko/policy-versions/#azure-2020-02');
  });
});
