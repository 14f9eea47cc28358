// Words for the values of figures and choices that every face shows: terms, billing plans, the price basis, full
// credit, a refusal caused only by future payments, the what-if fee. Numbers come from the policy's parameters.
import type { BookFormat } from '../book/types.js';
import type { BillingPlan, Locale, Term } from '../types.js';
import type { Words } from './field-names.js';
import { policyWordParams } from './policy-words.js';

const terms: Record<Term, Words> = {
  P1Y: { en: '1 year', ko: '1년' },
  P3Y: { en: '3 years', ko: '3년' },
  P5Y: { en: '5 years', ko: '5년' },
};

const plans: Record<BillingPlan, Words> = {
  Upfront: { en: 'Upfront', ko: '선결제' },
  Monthly: { en: 'Monthly', ko: '월별 결제' },
};

const bases: Record<'purchase' | 'current', Words> = {
  purchase: { en: 'Based on the purchase price', ko: '구매 가격 기준' },
  current: { en: 'Based on the current (lower) price', ko: '현재 가격(더 낮음) 기준' },
};

/** The files importBook reads, as a person knows them (an import report names each file's format). */
const bookFormats: Record<BookFormat | 'unknown', Words> = {
  'portal-reservations-csv': {
    en: 'Azure portal reservations export (CSV)',
    ko: 'Azure 포털 예약 목록 내보내기 (CSV)',
  },
  'partner-center-reconciliation-csv': {
    en: 'Partner Center reconciliation file (CSV)',
    ko: '파트너 센터 청구서 조정 파일 (CSV)',
  },
  'azure-reservations-json': { en: 'Azure Reservations API JSON', ko: 'Azure 예약 API JSON' },
  'refund-desk-book-json': { en: 'Refund Desk book (JSON)', ko: 'Refund Desk 예약 장부 (JSON)' },
  unknown: { en: 'Not recognised', ko: '알 수 없는 형식' },
};

const sentences = {
  fullCredit: {
    en: 'Full credit: returned within {fullCreditDays} days and unused',
    ko: '전액 환불: {fullCreditDays}일 이내, 사용하지 않음',
  },
  refusedByFuturePayments: {
    en: 'Refused only because of the canceled future payments: counting the refund paid now alone, it fits under the limit. The portal has been seen to count it that way, so it may still accept this refund.',
    ko: '취소되는 향후 결제 때문에만 거절됩니다. 지금 돌려받는 환불액만 계산하면 한도 안에 들어옵니다. 포털에서는 환불액만 계산한 사례가 있어 포털이 이 환불을 받아 줄 수도 있습니다.',
  },
  portalMayAccept: {
    en: 'Refused only by the future payments: the portal may still accept it',
    ko: '향후 결제 때문에만 거절됨: 포털이 받아 줄 수도 있음',
  },
  fitsNever: { en: 'not before the term ends', ko: '약정 기간이 끝나기 전에는 없음' },
  whatIfFee: { en: 'What if the {whatIfFeeRate} fee were charged', ko: '{whatIfFeeRate} 수수료를 부과한다면' },
  feeAsPolicy: { en: 'As the policy says', ko: '정책대로' },
  noSavingsPlanSizing: {
    en: 'Savings-plan sizing applies only when every return is of the compute family',
    ko: '모든 반환이 컴퓨팅 제품군일 때만 절약 플랜 규모를 계산합니다',
  },
} satisfies Record<string, Words>;

export type SentenceKey = keyof typeof sentences;

const pick = (words: Words, locale: Locale) => words[locale === 'ko' ? 'ko' : 'en'];

export function termLabel(term: string, locale: Locale): string {
  return Object.hasOwn(terms, term) ? pick(terms[term as Term], locale) : term;
}

export function billingPlanLabel(plan: string, locale: Locale): string {
  return Object.hasOwn(plans, plan) ? pick(plans[plan as BillingPlan], locale) : plan;
}

export function bookFormatLabel(format: string, locale: Locale): string {
  return Object.hasOwn(bookFormats, format) ? pick(bookFormats[format as keyof typeof bookFormats], locale) : format;
}

export function priceBasisLabel(basis: string, locale: Locale): string {
  return Object.hasOwn(bases, basis) ? pick(bases[basis as 'purchase' | 'current'], locale) : basis;
}

/** A shared sentence, its numbers ({fullCreditDays}, {whatIfFeeRate}…) filled from the newest policy's parameters. */
export function sentence(key: SentenceKey, locale: Locale): string {
  const params = policyWordParams(undefined, locale === 'ko' ? 'ko' : 'en');
  return pick(sentences[key], locale).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
