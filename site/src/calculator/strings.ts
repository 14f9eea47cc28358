// The calculator's own words in English and Korean (the glossary's terms: 환불, 교환, 취소된 약정, 12개월 롤링 기간, 일할 계산).
// Field names, figure labels, terms, plans and the shared sentences are core's (its words module), looked up here at
// build time, so the island receives one language's words and ships none of core's tables.
import {
  billingPlanLabel,
  fieldLabelWithHint,
  figureLabel,
  figurePaths,
  type Locale,
  priceBasisLabel,
  sentence,
  termLabel,
} from '@refund-desk/core';
import { calculatorFieldPaths } from './requests.js';

const en = {
  modes: { refund: 'Refund', exchange: 'Exchange', cap: 'Refund limit' },
  modeLegend: 'What do you want to estimate?',
  usedOptions: { '': 'Not known (counts as used)', true: 'Yes', false: 'No' },
  policyAuto: 'The one in force on the request date',
  ledger: 'Earlier refunds of this customer (USD, canceled commitment)',
  addLedger: 'Add an earlier refund',
  remove: 'Remove',
  addReturn: 'Add a reservation to return',
  addPurchase: 'Add a purchase',
  results: 'Estimate',
  notReady: 'To see the estimate, fill in:',
  allowed: 'Allowed',
  refused: 'Refused',
  yes: 'Yes',
  no: 'No',
  reasons: 'Why',
  explanation: 'How it was worked out',
  nextStep: 'Show the next step',
  allSteps: 'Show all steps',
  policyLine: 'Policy',
  inForce: 'in force from',
  estimateNotQuote: 'An estimate, not a quote: Microsoft decides the final amount.',
  refills: 'When earlier refunds stop counting',
  noRefills: 'No refund counts in the window on this date.',
  share: 'Copy link to this estimate',
  copied: 'Link copied.',
  copyFailed: 'Copy the link from the address bar.',
  engineFailed: 'The calculator could not load. Check the connection and reload the page.',
  print: 'Print estimate',
  presets: 'Worked examples',
  presetPick: 'Load a worked example',
  presetNone: 'Choose an example…',
  present: 'Presenter mode',
  reset: 'Reset',
  printedOn: 'Estimated on',
  errorIn: 'Check',
  // Worked examples (WorkedExample.astro) label a refill's date and amount by these, followed by the refill's number.
  refillDate: 'Stops counting on',
  refillAmount: 'Amount that refills then',
};

type Chrome = typeof en;

const ko: Chrome = {
  modes: { refund: '환불', exchange: '교환', cap: '환불 한도' },
  modeLegend: '무엇을 계산할까요?',
  usedOptions: { '': '모름 (사용한 것으로 계산)', true: '예', false: '아니요' },
  policyAuto: '요청일에 시행 중인 정책',
  ledger: '이 고객의 이전 환불 (USD, 취소된 약정)',
  addLedger: '이전 환불 추가',
  remove: '삭제',
  addReturn: '반환할 예약 추가',
  addPurchase: '구매 추가',
  results: '예상 금액',
  notReady: '예상 금액을 보려면 다음을 입력하세요:',
  allowed: '가능',
  refused: '불가',
  yes: '예',
  no: '아니요',
  reasons: '이유',
  explanation: '계산 과정',
  nextStep: '다음 단계 보기',
  allSteps: '모든 단계 보기',
  policyLine: '정책',
  inForce: '시행일',
  estimateNotQuote: '예상 금액일 뿐 확정 금액이 아닙니다. 최종 금액은 Microsoft가 정합니다.',
  refills: '이전 환불이 집계에서 빠지는 날짜',
  noRefills: '이 날짜에 기간 안에서 집계되는 환불이 없습니다.',
  share: '이 계산의 링크 복사',
  copied: '링크를 복사했습니다.',
  copyFailed: '주소 표시줄에서 링크를 복사하세요.',
  engineFailed: '계산기를 불러오지 못했습니다. 연결을 확인하고 페이지를 새로 고치세요.',
  print: '예상 금액 인쇄',
  presets: '계산 예시',
  presetPick: '계산 예시 불러오기',
  presetNone: '예시를 고르세요…',
  present: '발표 모드',
  reset: '초기화',
  printedOn: '계산일',
  errorIn: '확인할 항목',
  refillDate: '집계에서 빠지는 날짜',
  refillAmount: '그날 다시 채워지는 금액',
};

/** The chrome above plus core's words for one language. */
export interface Strings extends Chrome {
  locale: Locale;
  /** Input labels by contract path, rows as "[]" ("returns[].reservation.start"), "{n}" standing for the row number. */
  fields: Record<string, string>;
  terms: Record<'P1Y' | 'P3Y' | 'P5Y', string>;
  plans: Record<'Upfront' | 'Monthly', string>;
  feeOptions: { policy: string; charge: string };
  priceBasis: { purchase: string; current: string };
  fullCredit: string;
  fitsNever: string;
  portalMayAccept: string;
  /** Figure labels by the last word of their path, for the worked examples (WorkedExample.astro). */
  figures: Record<string, string>;
}

function withCoreWords(chrome: Chrome, locale: Locale): Strings {
  const figures: Record<string, string> = { refillDate: chrome.refillDate, refillAmount: chrome.refillAmount };
  for (const of of ['cap', 'exchange', 'refund'] as const) {
    for (const path of figurePaths(of).filter((path) => !path.includes('[]'))) {
      figures[path.split('.').pop()!] = figureLabel(path, locale, of);
    }
  }
  return {
    ...chrome,
    locale,
    fields: Object.fromEntries(calculatorFieldPaths.map((path) => [path, fieldLabelWithHint(path, locale)])),
    terms: { P1Y: termLabel('P1Y', locale), P3Y: termLabel('P3Y', locale), P5Y: termLabel('P5Y', locale) },
    plans: { Upfront: billingPlanLabel('Upfront', locale), Monthly: billingPlanLabel('Monthly', locale) },
    feeOptions: { policy: sentence('feeAsPolicy', locale), charge: sentence('whatIfFee', locale) },
    priceBasis: { purchase: priceBasisLabel('purchase', locale), current: priceBasisLabel('current', locale) },
    fullCredit: sentence('fullCredit', locale),
    fitsNever: sentence('fitsNever', locale),
    portalMayAccept: sentence('portalMayAccept', locale),
    figures,
  };
}

export const strings: Record<'en' | 'ko', Strings> = { en: withCoreWords(en, 'en'), ko: withCoreWords(ko, 'ko') };
