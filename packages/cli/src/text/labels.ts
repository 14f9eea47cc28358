import type { Locale } from '@refund-desk/core';

/**
 * The report's own words around core's figures, in both languages. Figure labels, field names, policy titles and
 * problem sentences are core's (its words module); only the report's headings and verdict live here.
 */
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
  days: string;
  payments: string;
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
  days: 'Days elapsed / term',
  payments: 'Payments made / total',
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
  days: '경과일 / 기간 일수',
  payments: '결제 완료 / 전체 회차',
  refills: '한도 회복',
  noRefills: '기간 내 누적 환불이 없습니다.',
  description: '붙여 넣을 설명',
};

export function labelsFor(locale: Locale): Labels {
  return locale === 'ko' ? ko : en;
}
