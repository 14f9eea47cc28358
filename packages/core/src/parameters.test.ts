import { describe, expect, expectTypeOf, it } from 'vitest';
import { parameterFor, parameterHistory, parameterOn, parametersOf, policyIds, policyVersions } from './parameters.js';
import { policies } from './policies.js';
import type { PolicyId } from './types.js';

describe('policy parameters as dated values (R-policy)', () => {
  it('derives the contract’s PolicyId union from the one list of versions', () => {
    expectTypeOf<PolicyId>().toEqualTypeOf<'csp-2018-10' | 'azure-2020-02' | 'azure-2027-02'>();
    expect(policyIds).toEqual(['csp-2018-10', 'azure-2020-02', 'azure-2027-02']);
    expect(policies.map((policy) => [policy.id, policy.inForceFrom])).toEqual(
      policyVersions.map((version) => [version.id, version.from]),
    );
  });

  it('gives each policy the values in force on its date, as policy.parameters holds them', () => {
    for (const policy of policies) expect(policy.parameters).toEqual(parametersOf(policy.id));
    const csp = parametersOf('csp-2018-10');
    expect(csp.feeRate).toEqual({ num: 12n, den: 100n }); // R-fee.1
    expect(csp.priceBasis).toBe('purchase'); // R-basis.2
    expect(parametersOf('azure-2020-02').feeRate.num).toBe(0n); // R-fee.2
    expect(parametersOf('azure-2020-02').priceBasis).toBe('lower-of-purchase-and-current'); // R-basis.1
    expect(parametersOf('azure-2020-02').exchangeGateFrom).toBeNull();
    expect(parametersOf('azure-2027-02').exchangeGateFrom).toBe('2027-02-01'); // R-gate.3
    expect(parametersOf('azure-2027-02').capUsdCents).toBe(5_000_000n); // R-cap.1
  });

  it('keeps every value with its date and source, oldest first', () => {
    for (const [name, history] of Object.entries(parameterHistory)) {
      expect(history.length, name).toBeGreaterThan(0);
      const dates = history.map((entry) => entry.from);
      expect([...dates].sort(), name).toEqual(dates);
      for (const entry of history) expect(entry.source, name).toMatch(/^S\d$/);
    }
    expect(parameterFor('feeRate', 'azure-2020-02')).toMatchObject({ from: '2020-02-12', source: 'S1' });
    expect(parameterOn('feeRate', '2019-01-01').value.num).toBe(12n);
    expect(parameterOn('feeRate', '2010-01-01').from).toBe('2018-10-29');
  });
});
