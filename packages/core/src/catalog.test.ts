import { describe, expect, it } from 'vitest';
import { policies, policyInForce } from './policies.js';
import { products } from './products.js';

describe('policies (R-policy)', () => {
  it('are dated, sourced and in order', () => {
    expect(policies.map((p) => [p.id, p.inForceFrom])).toEqual([
      ['csp-2018-10', '2018-10-29'],
      ['azure-2020-02', '2020-02-12'],
      ['azure-2027-02', '2027-02-01'],
    ]);
    for (const policy of policies) expect(policy.source).toMatch(/^https:\/\//);
  });
  it('pick the version in force on a date (R-policy.1)', () => {
    expect(policyInForce('2020-02-11').id).toBe('csp-2018-10');
    expect(policyInForce('2020-02-12').id).toBe('azure-2020-02');
    expect(policyInForce('2027-02-01').id).toBe('azure-2027-02');
    expect(policyInForce('2010-01-01').id).toBe('csp-2018-10');
  });
});

describe('products', () => {
  it('hold the contract’s keys, each with a source', () => {
    expect(products.map((p) => p.key).sort()).toEqual(
      [
        'app-service',
        'azure-vmware-solution',
        'blob-storage',
        'cosmos-db',
        'databricks-prepurchase',
        'dedicated-host',
        'managed-disks',
        'red-hat-plan',
        'savings-plan-compute',
        'sql-database',
        'sql-elastic-pool',
        'sql-managed-instance',
        'suse-linux-plan',
        'virtual-machines',
      ].sort(),
    );
    for (const product of products) expect(product.source).toMatch(/^https:\/\//);
  });
  it('mark the savings-plan-covered services of the contract', () => {
    expect(
      products
        .filter((p) => p.coveredBySavingsPlan !== null)
        .map((p) => p.key)
        .sort(),
    ).toEqual(
      [
        'app-service',
        'dedicated-host',
        'sql-database',
        'sql-elastic-pool',
        'sql-managed-instance',
        'virtual-machines',
      ].sort(),
    );
  });
});

describe('rules index', () => {
  it('covers every rule id cited by a step or a policy, in both languages', async () => {
    const { rules, ruleById } = await import('./rules.js');
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const cited = new Set<string>();
    for (const file of ['refund.ts', 'exchange.ts', 'return-value.ts', 'policies.ts', 'products.ts']) {
      const text = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
      for (const match of text.matchAll(/'(R-[a-z]+\.\d+)'/g)) cited.add(match[1]!);
    }
    expect(cited.size).toBeGreaterThan(20);
    for (const id of cited) expect(ruleById(id), id).toBeDefined();
    for (const rule of rules) {
      expect(rule.ko).toMatch(/[가-힣]/);
      expect(rule.ko).not.toContain('전문 등급');
    }
  });
});
