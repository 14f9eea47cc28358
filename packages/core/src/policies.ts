// R-policy: the policy versions as dated data. A new version is a new entry here, not new code.
import { type Day, formatDate } from './dates.js';
import { parametersOf } from './parameters.js';
import type { RuleId } from './rules.js';
import type { IsoDate, PolicyId, Step } from './types.js';

export const SOURCES = {
  S1: 'https://learn.microsoft.com/azure/cost-management-billing/reservations/exchange-and-refund-azure-reservations',
  S3: 'https://learn.microsoft.com/azure/cost-management-billing/reservations/reservation-exchange-policy-changes',
  S4: 'https://learn.microsoft.com/azure/cost-management-billing/reservations/prepare-buy-reservation',
  S6: 'https://learn.microsoft.com/partner-center/customers/azure-reservations-manage',
  S7: 'https://github.com/Azure/azure-rest-api-specs/tree/main/specification/reservations',
} as const;

/** The public sources of rules.md. S5 is cited there but not listed among its sources, so it has no address. */
export const sources = Object.freeze({
  S1: { title: 'Self-service exchanges and refunds for Azure Reservations', url: SOURCES.S1 },
  S3: { title: 'Changes to the Azure reservation exchange policy', url: SOURCES.S3 },
  S4: { title: 'Prepare to buy a reservation (monthly billing)', url: SOURCES.S4 },
  S5: { title: 'Cited by the rule book without an address', url: null },
  S6: {
    title: 'Manage, cancel, exchange, or refund Azure reservations for customers (Partner Center)',
    url: SOURCES.S6,
  },
  S7: { title: 'Azure REST API Microsoft.Capacity 2022-11-01', url: SOURCES.S7 },
} as const);

/** A rate as an exact fraction, e.g. 12 % = 12/100. */
export interface Rate {
  readonly num: bigint;
  readonly den: bigint;
}

export interface PolicyParameters {
  /** Early termination fee charged under this policy (R-fee.1); 0 when none. */
  readonly feeRate: Rate;
  /** Fee applied by the what-if switch (R-fee.2). */
  readonly whatIfFeeRate: Rate;
  /** The fee applies when elapsedDays is greater than this (R-fee.1). */
  readonly feeFreeDays: number;
  /** Full credit when elapsedDays ≤ this and unused (R-refund.2). */
  readonly fullCreditDays: number;
  /** What price the refund is based on (R-basis). */
  readonly priceBasis: 'purchase' | 'lower-of-purchase-and-current';
  /** The refund limit, in USD cents (R-cap.1). */
  readonly capUsdCents: bigint;
  /** The rolling window, in days (R-cap.4). */
  readonly windowDays: number;
  /** Reservations for savings-plan-covered services starting on or after this date cannot be exchanged (R-gate.3). */
  readonly exchangeGateFrom: IsoDate | null;
}

export interface Policy {
  readonly id: PolicyId;
  readonly title: string;
  readonly inForceFrom: IsoDate;
  readonly source: string;
  /** What this version changes, in plain English. */
  readonly changes: string;
  readonly ko: { readonly title: string; readonly changes: string };
  readonly rules: readonly RuleId[];
  readonly parameters: PolicyParameters;
}

const csp2018: Policy = {
  id: 'csp-2018-10',
  title: 'Partner Center table (CSP, 2018)',
  inForceFrom: '2018-10-29',
  source: SOURCES.S6,
  changes:
    'Full credit within 5 days when unused; a 12 % early termination fee after day 5; refunds based on the purchase price.',
  ko: {
    title: '파트너 센터 표(CSP, 2018)',
    changes: '5일 이내에 사용하지 않았으면 전액 환불, 5일이 지나면 12% 조기 해지 수수료, 구매 가격 기준 환불.',
  },
  rules: ['R-refund.2', 'R-fee.1', 'R-basis.2'],
  // The values in force on the version's date, each with its source (parameters.ts).
  parameters: parametersOf('csp-2018-10'),
};

const azure2020: Policy = {
  id: 'azure-2020-02',
  title: 'Azure self-service refunds (no fee, lower price)',
  inForceFrom: '2020-02-12',
  source: SOURCES.S1,
  changes:
    'No early termination fee is charged; the refund is based on the lower of the purchase and the current price.',
  ko: {
    title: 'Azure 셀프 서비스 환불(수수료 없음, 낮은 가격 기준)',
    changes: '조기 해지 수수료를 받지 않으며, 구매 가격과 현재 가격 중 낮은 가격을 기준으로 환불합니다.',
  },
  rules: ['R-fee.2', 'R-basis.1'],
  parameters: parametersOf('azure-2020-02'),
};

const azure2027: Policy = {
  id: 'azure-2027-02',
  title: 'Savings-plan exchange gate',
  inForceFrom: '2027-02-01',
  source: SOURCES.S3,
  changes:
    'Reservations for services covered by savings plans that start on or after 2027-02-01 cannot be exchanged; trade-in to a savings plan remains.',
  ko: {
    title: '절약 플랜 교환 제한',
    changes:
      '2027-02-01 이후 시작한 절약 플랜 대상 서비스의 예약은 교환할 수 없으며, 절약 플랜으로 전환하는 것은 계속 가능합니다.',
  },
  rules: ['R-gate.3'],
  parameters: parametersOf('azure-2027-02'),
};

/** Every policy version, oldest first (R-policy). */
// Frozen: results share steps made from a policy (policyStep), which must not change under them.
export const policies: readonly Policy[] = Object.freeze([csp2018, azure2020, azure2027].map((p) => Object.freeze(p)));

export function policyById(id: string): Policy | undefined {
  return policies.find((policy) => policy.id === id);
}

/** The policy in force on a date (R-policy.1); dates before the first version get the first version. */
export function policyInForce(date: IsoDate): Policy {
  let chosen = policies[0]!;
  for (const policy of policies) if (policy.inForceFrom <= date) chosen = policy;
  return chosen;
}

/** The policy as every result states it (R-policy.2). */
export function policyRef(policy: Policy): { id: PolicyId; title: string; inForceFrom: IsoDate; source: string } {
  return { id: policy.id, title: policy.title, inForceFrom: policy.inForceFrom, source: policy.source };
}

/** The policy step made last: a batch or a plan asks under one policy on one date over and over. */
let lastPolicyStep: { policy: Policy; chosen: boolean; date: Day; step: Step } | undefined;

/**
 * R-policy.1: which policy the estimate applies, and why. Frozen: the step for the same policy, choice and date is
 * one object shared by the results that state it (like their policy and limit).
 */
export function policyStep(request: { policy: Policy; policyChosen: boolean; date: Day }): Step {
  const { policy, policyChosen: chosen, date } = request;
  const last = lastPolicyStep;
  if (last !== undefined && last.date === date && last.policy === policy && last.chosen === chosen) return last.step;
  const params = Object.freeze({ policy: policy.id, from: policy.inForceFrom, date: formatDate(date) });
  const step: Step = Object.freeze({
    rule: 'R-policy.1',
    key: chosen ? 'policy.chosen' : 'policy.inForce',
    params,
  });
  lastPolicyStep = { policy, chosen, date, step };
  return step;
}
