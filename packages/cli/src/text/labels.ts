import type { Locale } from '@refund-desk/core';

/** Every word the --text report prints around core's figures, in both languages. */
export interface Labels {
  refundTitle: string;
  exchangeTitle: string;
  capTitle: string;
  checklistTitle: string;
  policy: string;
  inForceFrom: string;
  source: string;
  allowed: string;
  refused: string;
  inputProblems: string;
  explanation: string;
  quantity: string;
  days: string;
  payments: string;
  priceBasis: string;
  purchasePrice: string;
  currentPrice: string;
  totalPaid: string;
  prorated: string;
  refund: string;
  earlyTerminationFee: string;
  remainingCommitment: string;
  refundUsd: string;
  canceledCommitment: string;
  countedInWindow: string;
  limit: string;
  leftAfter: string;
  remaining: string;
  maxQuantityNow: string;
  fitsOn: string;
  notBeforeTermEnds: string;
  refundsTotal: string;
  purchasesTotal: string;
  netPayable: string;
  returnRefund: (n: number) => string;
  returnCommitment: (n: number) => string;
  refills: string;
  noRefills: string;
  description: string;
}

const en: Labels = {
  refundTitle: 'Refund estimate',
  exchangeTitle: 'Exchange estimate',
  capTitle: 'Refund limit in the rolling 12-month window',
  checklistTitle: 'Support request checklist',
  policy: 'Policy',
  inForceFrom: 'in force from',
  source: 'Source',
  allowed: 'Allowed',
  refused: 'Refused',
  inputProblems: 'Input problems',
  explanation: 'How it was worked out',
  quantity: 'Quantity returned',
  days: 'Days elapsed / term',
  payments: 'Payments made / total',
  priceBasis: 'Price basis',
  purchasePrice: 'purchase price',
  currentPrice: 'current price',
  totalPaid: 'Total paid',
  prorated: 'Prorated (used)',
  refund: 'Refund',
  earlyTerminationFee: 'Early termination fee',
  remainingCommitment: 'Canceled future payments',
  refundUsd: 'Refund in USD',
  canceledCommitment: 'Canceled commitment',
  countedInWindow: 'Counted in rolling window',
  limit: 'Limit',
  leftAfter: 'Left after this refund',
  remaining: 'Remaining',
  maxQuantityNow: 'Largest quantity that fits today',
  fitsOn: 'Fits under the limit on',
  notBeforeTermEnds: 'not before the term ends',
  refundsTotal: 'Returned value',
  purchasesTotal: 'New purchases',
  netPayable: 'Net payable',
  returnRefund: (n) => `Return ${n}: refund`,
  returnCommitment: (n) => `Return ${n}: canceled future payments`,
  refills: 'Refills',
  noRefills: 'Nothing counted in the window.',
  description: 'Description to paste',
};

const ko: Labels = {
  refundTitle: '환불 예상',
  exchangeTitle: '교환 예상',
  capTitle: '12개월 롤링 기간 환불 한도',
  checklistTitle: '지원 요청 체크리스트',
  policy: '정책',
  inForceFrom: '시행일',
  source: '출처',
  allowed: '허용',
  refused: '거부',
  inputProblems: '입력 오류',
  explanation: '계산 과정',
  quantity: '반환 수량',
  days: '경과일 / 기간 일수',
  payments: '결제 완료 / 전체 회차',
  priceBasis: '가격 기준',
  purchasePrice: '구매 가격',
  currentPrice: '현재 가격',
  totalPaid: '총 지불액',
  prorated: '일할 계산 (사용분)',
  refund: '환불',
  earlyTerminationFee: '조기 해지 수수료',
  remainingCommitment: '취소되는 향후 결제',
  refundUsd: '환불 (USD)',
  canceledCommitment: '취소된 약정',
  countedInWindow: '12개월 롤링 기간 누적',
  limit: '한도',
  leftAfter: '이번 환불 후 남은 한도',
  remaining: '남은 한도',
  maxQuantityNow: '오늘 가능한 최대 수량',
  fitsOn: '한도 내 가능 날짜',
  notBeforeTermEnds: '기간 종료 전 없음',
  refundsTotal: '반환 금액',
  purchasesTotal: '신규 구매',
  netPayable: '추가로 낼 금액',
  returnRefund: (n) => `반환 ${n}: 환불`,
  returnCommitment: (n) => `반환 ${n}: 취소되는 향후 결제`,
  refills: '한도 회복',
  noRefills: '기간 내 누적 환불이 없습니다.',
  description: '붙여 넣을 설명',
};

export function labelsFor(locale: Locale): Labels {
  return locale === 'ko' ? ko : en;
}
