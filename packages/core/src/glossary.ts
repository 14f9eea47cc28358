// One term per concept, in English and Korean, for every face (site, extension, command line, explanations).
// `avoid` lists Korean wordings that must not appear: machine-translation errors and competing synonyms.

export interface GlossaryTerm {
  readonly key: string;
  readonly en: string;
  readonly ko: string;
  readonly meaning: { readonly en: string; readonly ko: string };
  readonly rules: readonly string[];
  readonly avoid: readonly string[];
}

type Row = [
  key: string,
  en: string,
  ko: string,
  meaningEn: string,
  meaningKo: string,
  rules: string[],
  avoid?: string[],
];

const rows: Row[] = [
  [
    'refund',
    'Refund',
    '환불',
    'Returning a reservation (or part of its quantity) for money back, prorated by day.',
    '예약(또는 그 수량의 일부)을 반환하고 일할 계산한 금액을 돌려받는 것.',
    ['R-refund'],
  ],
  [
    'exchange',
    'Exchange',
    '교환',
    'Returning reservations and buying new ones in one transaction; not counted against the limit.',
    '예약을 반환하고 새 예약을 한 번의 거래로 구매하는 것. 한도에 계산되지 않습니다.',
    ['R-exchange'],
    ['익스체인지'],
  ],
  [
    'canceledCommitment',
    'Canceled commitment',
    '취소된 약정',
    'What one refund counts against the limit: the prorated refund plus canceled future payments.',
    '환불 한 건이 한도에 계산되는 금액. 일할 계산한 환불액과 취소되는 향후 결제의 합입니다.',
    ['R-cap.2'],
    ['취소 약정'],
  ],
  [
    'rollingWindow',
    'Rolling window',
    '12개월 롤링 기간',
    'The 365 days before the request date in which past refunds count.',
    '요청일 이전 365일. 이 기간의 지난 환불이 계산됩니다.',
    ['R-cap.4'],
    ['롤링 윈도'],
  ],
  [
    'prorated',
    'Prorated',
    '일할 계산',
    'Worked out by the day: the share of the term (or month) left.',
    '날짜 단위로 계산한 것. 기간(또는 한 달) 중 남은 몫입니다.',
    ['R-refund.1', 'R-monthly.3'],
    ['전문 등급', '비례 배분'],
  ],
  [
    'refundLimit',
    'Refund limit',
    '환불 한도',
    'USD 50,000 of canceled commitment in the rolling window, per customer.',
    '12개월 롤링 기간 동안 고객별 취소된 약정 USD 50,000.',
    ['R-cap.1'],
  ],
  [
    'earlyTerminationFee',
    'Early termination fee',
    '조기 해지 수수료',
    'The 12 % fee of the 2018 Partner Center table; not charged since 12 February 2020.',
    '2018년 파트너 센터 표의 12% 수수료. 2020년 2월 12일부터 부과하지 않습니다.',
    ['R-fee'],
    ['위약금'],
  ],
  [
    'fullCredit',
    'Full credit',
    '전액 환불',
    'The whole payment back when returned unused within 5 days.',
    '5일 이내에 사용하지 않고 반환하면 낸 금액 전부를 돌려받습니다.',
    ['R-refund.2'],
  ],
  ['benefitStart', 'Benefit start date', '혜택 시작일', 'Day 0 of the term.', '약정 기간의 0일째.', ['R-time.2']],
  [
    'billingPlan',
    'Billing plan',
    '청구 방식',
    'Upfront (선결제) or monthly (월별 결제).',
    '선결제(Upfront) 또는 월별 결제(Monthly).',
    ['R-monthly'],
  ],
  [
    'upfront',
    'Upfront',
    '선결제',
    'The whole price paid at purchase.',
    '구매할 때 전체 가격을 한 번에 결제하는 방식.',
    ['R-refund.1'],
    ['선불'],
  ],
  [
    'monthly',
    'Monthly',
    '월별 결제',
    'The price paid in equal monthly payments.',
    '가격을 매달 같은 금액으로 나누어 결제하는 방식.',
    ['R-monthly.1'],
    ['월납'],
  ],
  [
    'remainingCommitment',
    'Remaining commitment',
    '남은 약정',
    'Monthly payments not yet due, canceled by a refund.',
    '아직 기한이 되지 않아 환불로 취소되는 월별 결제.',
    ['R-monthly.4'],
  ],
  [
    'netPayable',
    'Net payable',
    '추가로 낼 금액',
    'New purchases minus the value returned in an exchange.',
    '교환에서 새 구매 금액에서 반환 가치를 뺀 금액.',
    ['R-exchange.3'],
    ['순 지불액', '추가 결제액', '순지불액'],
  ],
  [
    'tradeIn',
    'Trade-in',
    '절약 플랜으로 전환',
    'Returning compute reservations to buy a savings plan.',
    '컴퓨팅 예약을 반환하고 절약 플랜을 구매하는 것.',
    ['R-exchange.5'],
  ],
  [
    'savingsPlan',
    'Savings plan',
    '절약 플랜',
    'An hourly spend commitment; neither refundable nor exchangeable.',
    '시간당 사용 금액 약정. 환불도 교환도 할 수 없습니다.',
    ['R-gate.1'],
    ['절감 플랜', '세이빙 플랜'],
  ],
  [
    'estimate',
    'Estimate',
    '예상 금액',
    'What Refund Desk works out from the public rules: not a quote, not the final amount.',
    'Refund Desk가 공개된 규칙으로 계산한 금액. 확정 금액이 아닙니다.',
    ['R-policy.2'],
    ['견적'],
  ],
  [
    'reservationOrderId',
    'Reservation order ID',
    '예약 주문 ID',
    'The purchase that holds one or more reservations.',
    '하나 이상의 예약을 담은 구매 단위.',
    [],
  ],
  ['reservationId', 'Reservation ID', '예약 ID', 'One reservation inside an order.', '주문 안의 예약 하나.', []],
  [
    'policyVersion',
    'Policy version',
    '정책 버전',
    'A dated set of rules, such as azure-2020-02.',
    'azure-2020-02처럼 날짜가 정해진 규칙 묶음.',
    ['R-policy'],
  ],
  [
    'book',
    'Book',
    '예약 장부',
    'A partner’s reservations and refund ledger per customer, imported from the files it already has.',
    '파트너가 이미 가진 파일에서 가져온 고객별 예약과 환불 기록.',
    ['R-book'],
  ],
  [
    'checklist',
    'Checklist',
    '체크리스트',
    'The support-request steps and fields to pick, with a description ready to paste.',
    '지원 요청에서 고를 단계와 필드, 붙여 넣을 설명.',
    ['R-support'],
  ],
  [
    'salesAgent',
    'Sales agent',
    '영업 에이전트',
    'A Partner Center role that may act for a customer (R-scope.2). Microsoft’s Korean page says 판매 에이전트; search finds both.',
    '고객을 대신해 작업할 수 있는 파트너 센터 역할(R-scope.2). Microsoft 한국어 문서는 판매 에이전트라고 쓰며, 검색은 둘 다 찾습니다.',
    ['R-scope'],
  ],
  [
    'issueType',
    'Issue type',
    '문제 유형',
    'The first field of a support request (Basics): Billing.',
    '지원 요청의 첫 필드(기본 사항): 청구.',
    ['R-support'],
  ],
  [
    'problemType',
    'Problem type',
    '문제 형식',
    'The support request’s second field (Problem): Reservation management.',
    '지원 요청의 두 번째 필드(문제): 예약 관리.',
    ['R-support'],
  ],
  [
    'policyId',
    'Policy ID',
    '정책 ID',
    'The id of a policy version, such as azure-2020-02, which every estimate states.',
    '모든 예상 금액에 표시하는 정책 버전의 ID(예: azure-2020-02).',
    ['R-policy'],
  ],
];

export const glossary: readonly GlossaryTerm[] = Object.freeze(
  rows.map(([key, en, ko, meaningEn, meaningKo, rules, avoid = []]) =>
    Object.freeze({ key, en, ko, meaning: { en: meaningEn, ko: meaningKo }, rules, avoid }),
  ),
);

/** Korean wordings the glossary rules out, each with the term to write instead. */
export function avoidedWordings(): { wording: string; use: string }[] {
  return glossary.flatMap((term) => term.avoid.map((wording) => ({ wording, use: term.ko })));
}
