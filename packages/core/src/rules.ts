// The rule index: every rule id of docs/rules.md with a one-line summary in English and Korean and its sources.
// Faces link step citations to it and the site renders its tables from it.

export type SourceId = 'S1' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7';

export interface Rule {
  readonly id: RuleId;
  readonly section: RuleFamily;
  readonly en: string;
  readonly ko: string;
  readonly sources: readonly SourceId[];
  /** A decision this project took where the sources are silent or disagree. */
  readonly decision?: boolean;
}

type Row = readonly [id: string, en: string, ko: string, sources: readonly SourceId[], decision?: true];

// `as const`: the ids below are the one list of rule ids; RuleId is derived from it, so a step citing an unknown rule
// fails the typecheck.
const rows = [
  [
    'R-scope.1',
    'CSP partners cancel or exchange reservations for their customers; the customer asks its partner.',
    'CSP 파트너가 고객을 대신해 예약을 취소하거나 교환하며, 고객은 파트너에게 요청합니다.',
    ['S1', 'S6'],
  ],
  [
    'R-scope.2',
    'Partner Center roles that may act: Admin agent, Helpdesk agent, Sales agent, User management admin (and Global admin in 2020).',
    '작업할 수 있는 파트너 센터 역할: 관리 에이전트, 기술 지원 에이전트, 영업 에이전트, 사용자 관리 관리자(2020년에는 전역 관리자 포함).',
    ['S6'],
  ],
  [
    'R-scope.3',
    'In Azure the acting user must be Owner or Reservation administrator of the reservation order.',
    'Azure에서는 예약 주문의 소유자 또는 예약 관리자여야 합니다.',
    ['S1'],
  ],
  [
    'R-scope.4',
    'Microsoft refunds the partner; the partner settles with its customer.',
    'Microsoft는 파트너에게 환불하고, 파트너가 고객과 정산합니다.',
    ['S6'],
  ],
  [
    'R-scope.5',
    'Other agreements follow the same money rules; the limit applies per billing profile or enrollment.',
    '다른 계약도 금액 규칙은 같고, 한도는 청구 프로필 또는 등록 단위로 적용됩니다.',
    ['S1'],
  ],
  [
    'R-time.1',
    'Days are counted in UTC calendar days; a timestamp counts as its UTC date.',
    '일수는 UTC 달력 기준으로 계산하며, 시각이 있으면 UTC 날짜로 바꿉니다.',
    ['S1'],
  ],
  [
    'R-time.2',
    'Day 0 is the benefit start date; elapsed days = request date − start.',
    '혜택 시작일이 0일째이며, 경과 일수 = 요청일 − 시작일입니다.',
    ['S1'],
  ],
  [
    'R-time.3',
    'The term ends on the same month and day 1, 3 or 5 years later (28 February for 29 February).',
    '약정은 1, 3, 5년 뒤 같은 월·일에 끝납니다(2월 29일 시작은 2월 28일 종료).',
    ['S1'],
  ],
  [
    'R-time.4',
    'Remaining days = term days − elapsed days; no request before the start or from the end date on.',
    '남은 일수 = 약정 일수 − 경과 일수이며, 시작 전이나 종료일 이후에는 요청할 수 없습니다.',
    ['S1'],
  ],
  [
    'R-money.1',
    'Amounts are exact decimals in the currency’s minor unit, whose digits come from core’s ISO 4217 table, never from the browser.',
    '금액은 통화의 최소 단위까지의 정확한 십진수이며, 소수 자릿수는 브라우저가 아니라 코어의 ISO 4217 표에서 가져옵니다.',
    ['S1'],
  ],
  [
    'R-money.2',
    'A price is the lifetime total for the whole quantity, in the billing currency, before tax.',
    '가격은 전체 수량에 대한 약정 기간 총액이며, 청구 통화 기준 세전 금액입니다.',
    ['S7'],
  ],
  [
    'R-money.3',
    'Each amount is rounded once, half away from zero; the refund is the rounded base minus the rounded used part.',
    '각 금액은 한 번만 반올림하며(0에서 먼 쪽), 환불액은 반올림한 기준액에서 반올림한 사용분을 뺀 값입니다.',
    ['S7'],
    true,
  ],
  [
    'R-money.4',
    'Returning part of the quantity scales every amount by the share returned.',
    '수량의 일부만 반환하면 모든 금액에 반환 비율을 곱합니다.',
    ['S1'],
  ],
  [
    'R-basis.1',
    'Since 2020-02-12 the refund is based on the lower of the purchase and the current price.',
    '2020-02-12부터 환불은 구매 가격과 현재 가격 중 낮은 가격을 기준으로 합니다.',
    ['S1'],
  ],
  [
    'R-basis.2',
    'Under csp-2018-10 the refund is based on the purchase price.',
    'csp-2018-10 정책에서는 구매 가격을 기준으로 환불합니다.',
    ['S6'],
  ],
  [
    'R-basis.3',
    'The lower price affects only money paid back now; future monthly payments are canceled as scheduled.',
    '낮은 가격 기준은 지금 돌려받는 금액에만 적용되고, 앞으로의 월별 결제는 예정 금액대로 취소됩니다.',
    ['S1', 'S4'],
  ],
  [
    'R-refund.1',
    'Upfront: the refund is prorated by the remaining days over the term days.',
    '선결제: 환불액은 남은 일수/약정 일수로 일할 계산합니다.',
    ['S1', 'S7'],
  ],
  [
    'R-refund.2',
    'Full credit when returned within 5 days and never used (kept in every policy version).',
    '5일 이내에 사용하지 않고 반환하면 전액 환불합니다(모든 정책 버전에 유지).',
    ['S6'],
    true,
  ],
  [
    'R-monthly.1',
    'Monthly: the lifetime price is split into 12 × years equal payments due on the same day each month.',
    '월별 결제: 약정 총액을 12 × 연수 회로 나누어 매달 같은 날에 결제합니다.',
    ['S4'],
  ],
  [
    'R-monthly.2',
    'Payments dated on or before the request are completed; the current period runs to the next payment date.',
    '요청일 이전(당일 포함) 결제는 완료된 것으로 보며, 현재 청구 기간은 다음 결제일까지입니다.',
    ['S4'],
  ],
  [
    'R-monthly.3',
    'Refund now: this month’s payment prorated for the days left in the current period.',
    '지금 받는 환불액: 이번 달 결제액을 현재 청구 기간의 남은 일수로 일할 계산한 금액입니다.',
    ['S1'],
  ],
  ['R-monthly.4', 'Payments not yet due are canceled.', '아직 청구되지 않은 결제는 취소됩니다.', ['S4']],
  [
    'R-monthly.5',
    'Azure’s billing view: paid so far for the whole reservation (or order), prorated = paid − refund, canceled payments of the returned units.',
    'Azure의 청구 정보: 예약 전체(또는 주문 전체)에 지금까지 낸 금액, 사용분 = 낸 금액 − 환불액, 반환하는 수량의 취소된 결제액.',
    ['S7'],
  ],
  [
    'R-fee.1',
    'csp-2018-10: a 12 % early termination fee on the prorated refund after day 5; never in an exchange.',
    'csp-2018-10: 5일이 지나면 일할 계산한 환불액의 12%를 조기 해지 수수료로 뺍니다. 교환에는 없습니다.',
    ['S6'],
  ],
  [
    'R-fee.2',
    'From 2020-02-12 no fee is charged; a what-if switch applies the 12 % fee.',
    '2020-02-12부터 수수료가 없으며, 가정 스위치로 12% 수수료를 적용해 볼 수 있습니다.',
    ['S1'],
  ],
  ['R-fee.3', 'Money paid back = refund − fee.', '돌려받는 금액 = 환불액 − 수수료.', ['S6']],
  [
    'R-cap.1',
    'Refunds are limited to USD 50,000 of canceled commitment in a 12-month rolling window per customer.',
    '환불은 고객별 12개월 롤링 기간 동안 취소된 약정 USD 50,000까지로 제한됩니다.',
    ['S1', 'S6'],
  ],
  [
    'R-cap.2',
    'A refund counts its prorated refund before any fee plus its canceled future payments; when only the future payments push it over, the estimate says so.',
    '환불 한 건은 수수료를 빼기 전 환불액과 취소된 향후 결제액의 합으로 계산되며, 향후 결제액 때문에만 한도를 넘으면 예상 금액에 그 사실을 표시합니다.',
    ['S1', 'S4'],
    true,
  ],
  [
    'R-cap.3',
    'The limit is counted in USD at a rate the caller gives; no rate is ever fetched.',
    '한도는 입력한 환율로 USD로 계산하며, 환율을 자동으로 가져오지 않습니다.',
    ['S1'],
  ],
  [
    'R-cap.4',
    'A past refund counts for 365 days from its date.',
    '지난 환불은 그날부터 365일 동안 계산됩니다.',
    ['S1'],
  ],
  [
    'R-cap.5',
    'A refund is allowed only if it fits under the limit (exactly 50,000 is allowed); otherwise all of it is refused.',
    '한도 안에 들어올 때만 환불할 수 있으며(정확히 50,000은 허용), 넘으면 요청 전체가 거절됩니다.',
    ['S1', 'S7'],
  ],
  [
    'R-cap.6',
    'A refused estimate shows the largest quantity that fits today and the earliest date the request fits.',
    '거절된 예상 결과에는 오늘 가능한 최대 수량과 요청이 가능해지는 가장 빠른 날짜를 표시합니다.',
    ['S1'],
    true,
  ],
  [
    'R-cap.7',
    'Refunds that are part of an exchange do not count against the limit.',
    '교환에 포함된 환불은 한도에 계산되지 않습니다.',
    ['S1'],
  ],
  [
    'R-exchange.1',
    'An exchange returns reservations and buys new ones in one billing currency; the new term starts that day.',
    '교환은 예약을 반환하고 같은 청구 통화로 새 예약을 구매하는 것이며, 새 약정은 그날 시작됩니다.',
    ['S1'],
  ],
  [
    'R-exchange.2',
    'Each return is worth its refund now (no fee) plus its canceled future payments.',
    '반환하는 예약의 가치는 지금 받는 환불액(수수료 없음)과 취소된 향후 결제액의 합입니다.',
    ['S1', 'S7'],
  ],
  [
    'R-exchange.3',
    'Net payable = the new purchases’ lifetime prices − the returns’ value.',
    '추가로 낼 금액 = 새 구매의 약정 총액 − 반환 가치.',
    ['S7'],
  ],
  [
    'R-exchange.4',
    'The new lifetime commitment must be at least the returned value.',
    '새 약정 총액은 반환 가치 이상이어야 합니다.',
    ['S1'],
  ],
  [
    'R-exchange.5',
    'Returns and purchases must be of the same family; compute may be traded in for a savings plan.',
    '반환과 구매는 같은 제품군이어야 하며, 컴퓨팅 예약은 절약 플랜으로 전환할 수 있습니다.',
    ['S1', 'S3'],
  ],
  [
    'R-exchange.6',
    'Exchanges never count against the limit and have no annual limit.',
    '교환은 한도에 계산되지 않으며 연간 한도도 없습니다.',
    ['S1'],
  ],
  [
    'R-exchange.7',
    'Trade-in sizing: the smallest hourly savings-plan commitment covering the returned value, over 8,760 or 26,280 hours, rounded up.',
    '트레이드인 규모: 반환 금액을 8,760시간 또는 26,280시간으로 나눠 올림한, 반환 가치를 충당하는 최소 시간당 절약 플랜 약정.',
    ['S3'],
  ],
  [
    'R-gate.1',
    'Red Hat, SUSE, pre-purchase plans and savings plans can be neither refunded nor exchanged.',
    'Red Hat, SUSE, 사전 구매 플랜과 절약 플랜은 환불도 교환도 할 수 없습니다.',
    ['S1', 'S5'],
  ],
  [
    'R-gate.2',
    'Compute exchanges stay open until further notice; no gate before 2027-02-01.',
    '컴퓨팅 교환은 별도 공지가 있을 때까지 가능하며, 2027-02-01 전에는 제한이 없습니다.',
    ['S3'],
  ],
  [
    'R-gate.3',
    'From 2027-02-01 reservations for savings-plan services starting then or later cannot be exchanged; earlier ones keep one final exchange.',
    '2027-02-01부터 그 이후 시작한 절약 플랜 대상 서비스 예약은 교환할 수 없고, 그 전에 시작한 예약은 마지막 한 번 교환할 수 있습니다.',
    ['S3'],
  ],
  [
    'R-gate.4',
    'Products that gain savings-plan coverage after the gate fall under it from then; coverage and its date are catalog data.',
    '게이트 이후 절약 플랜 대상이 되는 제품은 그때부터 제한을 받으며, 대상 여부와 날짜는 카탈로그 데이터입니다.',
    ['S3'],
  ],
  [
    'R-book.1',
    'A book holds each customer’s reservations and refund ledger, imported from the files partners already have; every fact keeps its file and row.',
    '장부에는 고객별 예약과 환불 기록이 있으며, 파트너가 이미 가진 파일에서 가져오고 모든 정보에 파일과 행을 남깁니다.',
    [],
    true,
  ],
  [
    'R-book.2',
    'Files are joined by reservation order ID and reservation ID; a conflict is reported with both values and the more authoritative kept.',
    '파일은 예약 주문 ID와 예약 ID로 합치며, 값이 다르면 두 값을 모두 알리고 더 믿을 만한 값을 남깁니다.',
    [],
    true,
  ],
  [
    'R-book.3',
    'A missing price, billing plan, start or rate is listed as needed, never guessed; a derived value says how it was derived.',
    '가격, 청구 방식, 시작일, 환율이 없으면 추측하지 않고 필요한 정보로 표시하며, 계산해 낸 값은 그 방법을 밝힙니다.',
    [],
    true,
  ],
  [
    'R-book.4',
    'Dates are read as the files write them: ISO dates, ISO timestamps (their UTC date) or the portal’s US form 1/7/2025.',
    '날짜는 파일에 적힌 대로 읽습니다: ISO 날짜, ISO 타임스탬프(UTC 날짜), 포털의 미국식 표기 1/7/2025.',
    [],
    true,
  ],
  [
    'R-book.5',
    'Terms are read as P1Y, 1 Year, 3 Years, One Year or 1 Year - Monthly.',
    '약정 기간은 P1Y, 1 Year, 3 Years, One Year, 1 Year - Monthly 형식으로 읽습니다.',
    [],
    true,
  ],
  [
    'R-book.6',
    'Azure’s reserved resource type maps to a product key as data; an unknown type leaves the product as needed.',
    'Azure의 예약 리소스 유형은 데이터로 제품 키에 연결하며, 모르는 유형이면 제품을 필요한 정보로 표시합니다.',
    [],
    true,
  ],
  [
    'R-book.7',
    'The portal export has no benefit start: its purchase date stands in, and the origin says so.',
    '포털 내보내기 파일에는 혜택 시작일이 없으므로 구매일로 대신하고 출처에 그렇게 적습니다.',
    [],
    true,
  ],
  [
    'R-book.8',
    'A monthly plan’s lifetime price is its installment × 12 × years.',
    '월별 결제 예약의 전체 기간 가격은 월 결제액 × 12 × 연수입니다.',
    [],
    true,
  ],
  [
    'R-book.9',
    'usdPerUnit = 1 / PCToBCExchangeRate when pricing is in USD, rounded half away from zero to 10 significant digits.',
    '가격 통화가 USD이면 usdPerUnit = 1 / PCToBCExchangeRate이며, 유효숫자 10자리로 반올림합니다.',
    [],
    true,
  ],
  [
    'R-book.10',
    'A Cancel line, or a removeQuantity credit (units given back for money), is an earlier refund: it seeds the customer’s ledger in USD on its order date; a monthly one may count low and asks to be confirmed.',
    'Cancel 행이나 removeQuantity 환급(돈을 돌려받고 반납한 수량) 행은 이전 환불이므로 주문일에 USD로 고객의 환불 기록에 넣으며, 월별 결제라면 적게 계산될 수 있어 확인을 요청합니다.',
    [],
    true,
  ],
  [
    'R-book.11',
    'An order seen only on the invoice is kept under its order ID until a file names its reservation; then its facts move there.',
    '청구서에만 나온 주문은 어느 파일에서 예약이 확인될 때까지 주문 ID로 보관하고, 확인되면 그 예약으로 정보를 옮깁니다.',
    [],
    true,
  ],
  [
    'R-book.12',
    'A reservation whose status says it is no longer held (cancelled, expired, split, merged, exchanged, failed) is not valued and its units are not planned.',
    '상태가 더 이상 보유하지 않음(취소, 만료, 분할, 병합, 교환, 실패)으로 나온 예약은 평가하지 않고, 그 수량은 환불 계획에 넣지 않습니다.',
    [],
    true,
  ],
  [
    'R-book.13',
    'A price read for more units than the reservation holds (bought before some were returned) becomes the price of the units held when that is exact, the units bought its original quantity; otherwise the price is listed as needed.',
    '예약이 지금 보유한 수량보다 많은 수량의 가격(일부 반납 전 구매 가격)은 정확히 나누어질 때 보유 수량의 가격으로 바꾸고 구매 수량을 원래 수량으로 남기며, 그렇지 않으면 가격을 필요한 정보로 표시합니다.',
    [],
    true,
  ],
  [
    'R-advise.1',
    'Suggested units to return = floor(quantity × (100 − u) / 100), u the larger of the 7- and 30-day utilization.',
    '반환 권장 수량 = 내림(수량 × (100 − u) / 100), u는 7일과 30일 사용률 중 큰 값.',
    [],
    true,
  ],
  [
    'R-plan.1',
    'A plan is valid when each refund, in date order, is exactly what estimateRefund gives with the earlier planned refunds in the ledger, and is allowed.',
    '계획의 각 환불이 날짜순으로, 앞서 계획한 환불을 기록에 넣고 estimateRefund로 계산한 값과 정확히 같고 허용될 때 계획이 유효합니다.',
    [],
    true,
  ],
  [
    'R-plan.2',
    'The plan recovers the most USD (refund now plus canceled payments); among equal plans, the earlier one.',
    '계획은 가장 많은 USD(지금 돌려받는 금액과 취소된 결제액)를 돌려받도록 짜며, 같으면 더 이른 계획을 고릅니다.',
    [],
    true,
  ],
  [
    'R-plan.3',
    'Units that cannot be refunded before their term ends or the horizon are listed with the reason and the exchange alternative.',
    '약정 종료나 계획 기간 전에 환불할 수 없는 수량은 이유와 교환 대안과 함께 표시합니다.',
    [],
    true,
  ],
  [
    'R-policy.1',
    'The policy in force on the request date applies unless another is chosen.',
    '따로 고르지 않으면 요청일에 시행 중인 정책을 적용합니다.',
    ['S1', 'S6'],
  ],
  [
    'R-policy.2',
    'Every result states its policy, date in force and source.',
    '모든 결과에 정책, 시행일, 출처를 표시합니다.',
    ['S1', 'S6'],
  ],
] as const satisfies readonly Row[];

/** Every rule id of docs/rules.md, as a type: "R-cap.5", "R-fee.1"… */
export type RuleId = (typeof rows)[number][0];

/** A rule family, the part of an id before its dot: "R-cap", "R-fee"… */
export type RuleFamily = RuleId extends infer Id ? (Id extends `${infer Family}.${string}` ? Family : never) : never;

export const rules: readonly Rule[] = Object.freeze(
  (rows as readonly Row[]).map(
    ([id, en, ko, sources, decision]): Rule =>
      Object.freeze({
        id: id as RuleId,
        section: id.slice(0, id.indexOf('.')) as RuleFamily,
        en,
        ko,
        sources,
        ...(decision && { decision }),
      }),
  ),
);

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

/** Whether `id` is one of the rule ids of the index (a guard for ids read from untrusted steps). */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && rules.some((rule) => rule.id === id);
}

/** The rule families, in the order of the rule book. */
export const ruleFamilies: readonly RuleFamily[] = Object.freeze([...new Set(rules.map((rule) => rule.section))]);
