// R-policy: the policy versions and every parameter of the rules as dated values with their source, the way OpenFisca
// keeps parameters: a parameter is a list of values, each in force from a date. A policy version takes the values in
// force on its own date, so adding a version or a new value is adding data, never code.
import type { PolicyParameters, Rate } from './policies.js';
import type { SourceId } from './rules.js';
import type { IsoDate } from './types.js';

/** The policy versions, oldest first: the one list of policy ids (PolicyId is derived from it). */
export const policyVersions = [
  { id: 'csp-2018-10', from: '2018-10-29' },
  { id: 'azure-2020-02', from: '2020-02-12' },
  { id: 'azure-2027-02', from: '2027-02-01' },
] as const;

/** The contract's policy ids: 'csp-2018-10' | 'azure-2020-02' | 'azure-2027-02'. */
export type PolicyId = (typeof policyVersions)[number]['id'];

export const policyIds: readonly PolicyId[] = Object.freeze(policyVersions.map((version) => version.id));

export function isPolicyId(id: unknown): id is PolicyId {
  return typeof id === 'string' && (policyIds as readonly string[]).includes(id);
}

/** One value of a parameter: in force from `from` until the next value's date. */
export interface Dated<T> {
  readonly value: T;
  readonly from: IsoDate;
  readonly source: SourceId;
  /** What the source says, in a few words. */
  readonly says: string;
}

export type ParameterName = keyof PolicyParameters;
export type ParameterHistory = { readonly [Name in ParameterName]: readonly Dated<PolicyParameters[Name]>[] };

const percent = (value: bigint): Rate => Object.freeze({ num: value, den: 100n });

/** Every parameter's values, each list oldest first. */
export const parameterHistory: ParameterHistory = Object.freeze({
  feeRate: [
    { value: percent(12n), from: '2018-10-29', source: 'S6', says: '12 % early termination fee after day 5 (R-fee.1)' },
    { value: percent(0n), from: '2020-02-12', source: 'S1', says: 'no early termination fee is charged (R-fee.2)' },
  ],
  whatIfFeeRate: [
    { value: percent(12n), from: '2018-10-29', source: 'S6', says: 'the fee of the Partner Center table (R-fee.1)' },
    { value: percent(12n), from: '2020-02-12', source: 'S1', says: 'Microsoft may charge 12 % in future (R-fee.2)' },
  ],
  feeFreeDays: [{ value: 5, from: '2018-10-29', source: 'S6', says: 'no fee within the first 5 days (R-fee.1)' }],
  fullCreditDays: [
    { value: 5, from: '2018-10-29', source: 'S6', says: 'full credit within 5 days when unused (R-refund.2)' },
  ],
  priceBasis: [
    { value: 'purchase', from: '2018-10-29', source: 'S6', says: 'refunds based on the purchase price (R-basis.2)' },
    {
      value: 'lower-of-purchase-and-current',
      from: '2020-02-12',
      source: 'S1',
      says: 'the lower of the purchase and the current price (R-basis.1)',
    },
  ],
  capUsdCents: [
    { value: 5_000_000n, from: '2018-10-29', source: 'S6', says: 'USD 50,000 of canceled commitment (R-cap.1)' },
  ],
  windowDays: [{ value: 365, from: '2018-10-29', source: 'S1', says: 'a rolling window of 365 days (R-cap.4)' }],
  exchangeGateFrom: [
    { value: null, from: '2018-10-29', source: 'S3', says: 'compute exchanges open until further notice (R-gate.2)' },
    {
      value: '2027-02-01',
      from: '2027-02-01',
      source: 'S3',
      says: 'no exchange for savings-plan services starting on or after 2027-02-01 (R-gate.3)',
    },
  ],
});

/** The value of a parameter in force on a date, with its source; before the first value, the first one. */
export function parameterOn<Name extends ParameterName>(name: Name, date: IsoDate): Dated<PolicyParameters[Name]> {
  const history = parameterHistory[name];
  let chosen = history[0]!;
  for (const entry of history) if (entry.from <= date) chosen = entry;
  return chosen;
}

function versionDate(policy: PolicyId): IsoDate {
  return policyVersions.find((version) => version.id === policy)?.from ?? policyVersions[0].from;
}

/** The value of a parameter under a policy version (the value in force on the version's date), with its source. */
export function parameterFor<Name extends ParameterName>(name: Name, policy: PolicyId): Dated<PolicyParameters[Name]> {
  return parameterOn(name, versionDate(policy));
}

/** All parameters of a policy version as plain values: what `policy.parameters` holds (read on the hot paths). */
export function parametersOf(policy: PolicyId): PolicyParameters {
  const date = versionDate(policy);
  const value = <Name extends ParameterName>(name: Name) => parameterOn(name, date).value;
  return Object.freeze({
    feeRate: value('feeRate'),
    whatIfFeeRate: value('whatIfFeeRate'),
    feeFreeDays: value('feeFreeDays'),
    fullCreditDays: value('fullCreditDays'),
    priceBasis: value('priceBasis'),
    capUsdCents: value('capUsdCents'),
    windowDays: value('windowDays'),
    exchangeGateFrom: value('exchangeGateFrom'),
  });
}
