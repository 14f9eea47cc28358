// A label for every figure of an estimate, by its contract path, in English and Korean, with Azure's own field name
// where Azure's calculateRefund / calculateExchange responses have one (faces show it as a caption, so an agent can
// hold the estimate next to what the portal shows). Rows of a list are numbered from 1: "Return 2: refund paid back now".
import type { Locale } from '../types.js';
import type { Words } from './field-names.js';
import { policyWordParams } from './policy-words.js';

export interface FigureWords extends Words {
  /** Azure's field name for the same figure, or null when Azure reports no such field. */
  readonly azure: string | null;
}

type Row = [path: string, en: string, ko: string, azure?: string];

/** "Refund paid back now" after a row's name reads "refund paid back now"; "USD…" keeps its capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const billing: Row[] = [
  ['billingInformation.billingPlan', 'Billing plan', '청구 방식', 'billingPlan'],
  ['billingInformation.completedTransactions', 'Payments made', '완료된 결제 횟수', 'completedTransactions'],
  ['billingInformation.totalTransactions', 'Payments in the term', '전체 결제 횟수', 'totalTransactions'],
  [
    'billingInformation.billingCurrencyTotalPaidAmount',
    'Paid so far for the whole reservation',
    '예약 전체에 지금까지 낸 금액',
    'billingCurrencyTotalPaidAmount',
  ],
  [
    'billingInformation.billingCurrencyProratedAmount',
    'Used part (prorated)',
    '사용한 부분 (일할 계산)',
    'billingCurrencyProratedAmount',
  ],
  [
    'billingInformation.billingCurrencyRemainingCommitmentAmount',
    'Canceled future payments',
    '취소되는 향후 결제',
    'billingCurrencyRemainingCommitmentAmount',
  ],
];

const refund: Row[] = [
  ['allowed', 'Outcome', '결과'],
  ['policy.id', 'Policy version', '정책 버전'],
  ['quantity', 'Units returned', '반환 수량'],
  ['termDays', 'Days in the term', '약정 기간 일수'],
  ['elapsedDays', 'Days elapsed', '경과 일수'],
  ['remainingDays', 'Days remaining', '남은 일수'],
  ['priceBasis', 'Price basis', '가격 기준'],
  ['fullCredit', 'Full credit', '전액 환불'],
  ['billingRefundAmount', 'Refund paid back now', '지금 돌려받는 환불액', 'billingRefundAmount'],
  ['earlyTerminationFee', 'Early termination fee', '조기 해지 수수료'],
  ...billing,
  ['pricingRefundAmount', 'Refund in USD', 'USD 환산 환불액', 'pricingRefundAmount'],
  ['policyResult.capUse', 'Counted against the {limit} limit', '{limit} 한도에 계산되는 금액'],
  [
    'policyResult.consumedRefundsTotal',
    'Already counted in the rolling window',
    '12개월 롤링 기간에 이미 계산된 금액',
    'consumedRefundsTotal',
  ],
  ['policyResult.maxRefundLimit', 'Refund limit', '환불 한도', 'maxRefundLimit'],
  ['policyResult.remainingAfter', 'Left under the limit after this refund', '이번 환불 후 남는 한도'],
  ['policyResult.maxQuantityNow', 'Largest quantity that fits today', '오늘 한도 안에서 가능한 최대 수량'],
  ['policyResult.fitsOn', 'Earliest date the whole request fits', '요청 전체가 한도 안에 들어오는 가장 빠른 날짜'],
  ['policyResult.refusedByFuturePayments', 'Refused only by future payments', '향후 결제 때문에만 거절됨'],
  ['policyResult.errors', 'Why', '이유'],
];

const exchange: Row[] = [
  ['refundsTotal', 'Value returned', '반환 가치', 'refundsTotal'],
  ['purchasesTotal', 'New purchases', '새 구매 합계', 'purchasesTotal'],
  ['netPayable', 'Net payable', '추가로 낼 금액', 'netPayable'],
  ['minimumSavingsPlanHourly.P1Y', 'Smallest hourly savings plan, 1 year', '최소 시간당 절약 플랜 약정 (1년)'],
  ['minimumSavingsPlanHourly.P3Y', 'Smallest hourly savings plan, 3 years', '최소 시간당 절약 플랜 약정 (3년)'],
  ...(
    [
      ['quantity', 'Units returned', '반환 수량'],
      ['billingRefundAmount', 'Refund paid back now', '지금 돌려받는 환불액', 'billingRefundAmount'],
      ...billing,
    ] as Row[]
  ).map(([path, en, ko, azure]): Row => {
    const row: [string, string, string] = [
      `reservationsToExchange[].${path}`,
      `Return {n}: ${lowerFirst(en)}`,
      `반환 {n}: ${ko}`,
    ];
    return azure ? [...row, azure] : row;
  }),
];

const cap: Row[] = [
  ['consumedRefundsTotal', 'Already counted in the rolling window', '12개월 롤링 기간에 이미 계산된 금액'],
  ['maxRefundLimit', 'Refund limit', '환불 한도'],
  ['remaining', 'Left under the limit today', '오늘 남은 한도'],
  ['refills[].date', 'Refill {n}: stops counting on', '회복 {n}: 계산에서 빠지는 날짜'],
  ['refills[].amount', 'Refill {n}: amount that refills then', '회복 {n}: 그날 다시 채워지는 금액'],
];

function table(rows: Row[]): ReadonlyMap<string, FigureWords> {
  return new Map(rows.map(([path, en, ko, azure]) => [path, Object.freeze({ en, ko, azure: azure ?? null })]));
}

/** Which estimate a figure belongs to: the same path names different figures in a refund and in the limit status. */
export type FigureOf = 'refund' | 'exchange' | 'cap';

const tables: Record<FigureOf, ReadonlyMap<string, FigureWords>> = {
  refund: table(refund),
  exchange: table([
    ...exchange,
    ['allowed', 'Outcome', '결과'],
    ['policy.id', 'Policy version', '정책 버전'],
    ['policyResult.errors', 'Why', '이유'],
  ]),
  cap: table(cap),
};

/** Every figure path core names ("reservationsToExchange[].billingRefundAmount" stands for each row). */
export function figurePaths(of: FigureOf): string[] {
  return [...tables[of].keys()];
}

function find(path: string, of?: FigureOf): { words: FigureWords; n?: number } | undefined {
  if (typeof path !== 'string') return undefined;
  const index = /\[(\d+)\]/.exec(path);
  const pattern = path.replace(/\[\d+\]/g, '[]');
  for (const kind of of ? [of] : (['refund', 'exchange', 'cap'] as const)) {
    const words = tables[kind].get(pattern);
    if (words) return index ? { words, n: Number(index[1]) + 1 } : { words };
  }
  return undefined;
}

/** Core's words for a figure, or undefined when core does not name it. */
export function figureWords(path: string, of?: FigureOf): FigureWords | undefined {
  return find(path, of)?.words;
}

/**
 * The label of a figure for people: `figureLabel('policyResult.capUse', 'en')` → "Counted against the USD 50,000
 * limit"; `figureLabel('reservationsToExchange[1].billingRefundAmount', 'ko')` → "반환 2: 지금 돌려받는 환불액". `of`
 * picks the estimate when a path is ambiguous (refund first otherwise). An unknown path comes back as its last word.
 */
export function figureLabel(path: string, locale: Locale, of?: FigureOf): string {
  const reader: Locale = locale === 'ko' ? 'ko' : 'en';
  const found = find(path, of);
  if (!found) return typeof path === 'string' ? (path.split('.').pop() ?? path) : '';
  const params: Record<string, string | number> = { ...policyWordParams(undefined, reader), n: found.n ?? '' };
  return found.words[reader].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Azure's field name for a figure, for a caption beside its label; null when Azure has none. */
export function azureFieldName(path: string, of?: FigureOf): string | null {
  return find(path, of)?.words.azure ?? null;
}
