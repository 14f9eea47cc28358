// The portfolio page's own words in English and Korean (the glossary's terms: 환불, 환불 한도, 예약 장부, 청구 방식,
// 혜택 시작일, 예상 금액, 교환). Field names, figure labels, billing plans and problem sentences are core's: they are
// looked up here at build time for the page (one language each) and in the worker for rows.
import { billingPlanLabel, fieldLabel, fieldLabelWithHint, figureLabel, type Locale } from '@refund-desk/core';

const en = {
  // The file picker (static HTML).
  filesLegend: 'Your files',
  dropHint:
    'Drop files here or choose them: the Azure portal reservations export (CSV), the Partner Center reconciliation file (CSV), the Reservations API JSON, or a book saved from this page (JSON). Files are recognised by their content, not their name.',
  choose: 'Choose files',
  date: 'Value and plan as of (UTC)',
  privacy:
    'Nothing leaves your browser: the files are read and worked out on this device, and nothing is sent anywhere.',
  loadFailed: 'The page could not start its worker. Reload the page and try again.',
  // Progress.
  progress: {
    read: 'Reading files: {done} of {total}',
    import: 'Importing the files into the book',
    value: 'Valuing reservations: customer {done} of {total}',
    plan: 'Planning refunds: customer {done} of {total}',
    done: 'Done: {customers} customers, {reservations} reservations.',
  },
  // The import report.
  reportTitle: 'Import report',
  fileColumn: 'File',
  formatColumn: 'Format',
  encodingColumn: 'Text encoding',
  rowsColumn: 'Rows',
  usedColumn: 'Used',
  skippedColumn: 'Skipped',
  typedFile: 'Typed on this page',
  notText: 'Not readable as text: it is not UTF-8, or UTF-16 with a byte order mark.',
  problemsTitle: 'Problems by file and row',
  noProblems: 'Every row was used or skipped on purpose (rows that are not reservations).',
  wholeFile: 'The file',
  row: 'Row {n}',
  original: 'As the file says',
  showMore: 'Show {n} more',
  // Missing facts.
  needsTitle: 'What is missing',
  needsIntro:
    'These reservations lack facts an estimate needs. Type what you know: it is added to the book with the origin "typed on the portfolio page", and the book is valued and planned again. Nothing you type replaces a fact a file gave.',
  noNeeds: 'Every reservation has the facts an estimate needs.',
  missing: 'Missing',
  stillMissing: 'Still missing',
  notFillable: 'not typed here: import a file that names it',
  apply: 'Add to the book',
  applied: 'Added to the book. Valued and planned again.',
  choosePlan: 'Choose…',
  needsShown: 'Reservations {from}–{to} of {total}',
  previous: 'Previous',
  next: 'Next',
  // Customers.
  customersTitle: 'Customers',
  customersIntro:
    "Each customer's reservations valued on the date above, the limit left and the refund plan. Open a customer to see the details.",
  filter: 'Find a customer (name or tenant ID)',
  noMatch: 'No customer matches.',
  unassigned: 'No customer named in the files',
  reservationsCount: { one: '{n} reservation', other: '{n} reservations' },
  recovered: 'Recovered by the plan (USD, counted against the limit)',
  refundNowTotal: 'Refund now, all reservations (USD)',
  plannedRefunds: 'Planned refunds',
  loading: 'Loading…',
  reservationsTitle: 'Reservations',
  reservationColumn: 'Reservation',
  productColumn: 'Product',
  unitsColumn: 'Units',
  outcomeColumn: 'Today',
  suggestedColumn: 'Suggested return',
  suggestedNone: 'None',
  suggestedUnits: '{n} units',
  allowed: 'Allowed',
  refused: 'Refused',
  notEstimated: 'Not estimated',
  planTitle: 'Refund plan',
  chartTitle: 'Limit left over the next 365 days, with the planned refunds',
  chartDesc: 'Starts at {start} on {from}; {count} planned refunds; lowest {lowest}.',
  chartTable: 'The limit left, step by step',
  chartFrom: 'From',
  chartLeft: 'Limit left (USD)',
  chartEvent: 'What changes',
  chartStart: 'Today',
  chartRefund: 'Planned refund: {name}',
  chartRefill: 'Earlier refunds stop counting',
  noChart: "The limit could not be worked out from this customer's earlier refunds: see the reservations' problems.",
  noActions: 'No refund is planned for this customer.',
  dateColumn: 'Date',
  unplacedTitle: 'Units not placed in the plan',
  reasonColumn: 'Why',
  exchangeColumn: 'Exchange instead',
  exchangePossible: 'Possible (exchanges do not count against the limit)',
  exchangeNot: 'Not possible',
  reasons: {
    NOT_BEFORE_TERM_END: 'Does not fit under the limit before its term ends',
    NOT_BEFORE_HORIZON: "Does not fit under the limit before the plan's horizon",
    MISSING_FACTS: 'Facts are missing (see What is missing)',
  },
  showRows: 'Show {n} more reservations',
  showUnplaced: 'Show {n} more units not placed',
  showCustomers: 'Show {n} more customers',
  // Downloads.
  downloadsTitle: 'Downloads',
  exportPlan: 'Download the plan (CSV)',
  exportBook: 'Download the book (JSON)',
  downloadsNote:
    'The book keeps every fact with where it came from; open it here again later, or with the refund-desk command.',
  addFiles: 'Add more files to this book',
  startOver: 'Start over',
  failed: 'Something went wrong: {message}',
  estimateNotQuote: 'Estimates, not quotes: Microsoft decides the final amounts.',
};

export type Chrome = typeof en;

const ko: Chrome = {
  filesLegend: '파일',
  dropHint:
    '파일을 여기에 끌어 놓거나 선택하세요. Azure 포털의 예약 목록 내보내기(CSV), 파트너 센터의 청구서 조정 파일(CSV), Azure 예약 API의 JSON, 또는 이 페이지에서 저장한 예약 장부(JSON)를 읽습니다. 파일 이름이 아니라 내용으로 형식을 알아봅니다.',
  choose: '파일 선택',
  date: '계산 기준일 (UTC)',
  privacy: '파일은 브라우저 밖으로 나가지 않습니다. 이 기기에서 읽고 계산하며 어디에도 보내지 않습니다.',
  loadFailed: '페이지의 작업 스크립트를 시작하지 못했습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
  progress: {
    read: '파일 읽는 중: {total}개 중 {done}개',
    import: '파일을 예약 장부로 가져오는 중',
    value: '예약 계산 중: 고객 {total}명 중 {done}명',
    plan: '환불 계획 세우는 중: 고객 {total}명 중 {done}명',
    done: '완료: 고객 {customers}명, 예약 {reservations}개.',
  },
  reportTitle: '가져오기 결과',
  fileColumn: '파일',
  formatColumn: '형식',
  encodingColumn: '문자 인코딩',
  rowsColumn: '행',
  usedColumn: '사용',
  skippedColumn: '건너뜀',
  typedFile: '이 페이지에서 입력',
  notText: '텍스트로 읽을 수 없습니다. UTF-8이 아니거나, 바이트 순서 표시가 없는 UTF-16입니다.',
  problemsTitle: '파일과 행별 문제',
  noProblems: '모든 행을 사용했거나, 예약이 아닌 행이라 일부러 건너뛰었습니다.',
  wholeFile: '파일 전체',
  row: '{n}행',
  original: '파일 원문',
  showMore: '{n}개 더 보기',
  needsTitle: '빠진 정보',
  needsIntro:
    '아래 예약에는 예상 금액을 계산하는 데 필요한 정보가 없습니다. 아는 값을 입력하면 출처를 "typed on the portfolio page"(포트폴리오 페이지에서 입력)로 기록해 예약 장부에 더하고, 다시 계산해 환불 계획을 세웁니다. 파일에서 온 정보는 입력한 값으로 바뀌지 않습니다.',
  noNeeds: '모든 예약에 예상 금액 계산에 필요한 정보가 있습니다.',
  missing: '빠진 정보',
  stillMissing: '아직 빠진 정보',
  notFillable: '여기서 입력할 수 없으니 이 정보가 있는 파일을 가져오세요',
  apply: '예약 장부에 더하기',
  applied: '예약 장부에 더했습니다. 다시 계산하고 계획을 세웠습니다.',
  choosePlan: '선택…',
  needsShown: '예약 {total}개 중 {from}–{to}',
  previous: '이전',
  next: '다음',
  customersTitle: '고객',
  customersIntro:
    '고객별로 위 기준일에 계산한 예약, 남은 환불 한도, 환불 계획입니다. 고객을 열면 자세한 내용을 볼 수 있습니다.',
  filter: '고객 찾기 (이름 또는 테넌트 ID)',
  noMatch: '맞는 고객이 없습니다.',
  unassigned: '파일에 고객이 없는 예약',
  reservationsCount: { one: '예약 {n}개', other: '예약 {n}개' },
  recovered: '계획으로 돌려받는 금액 (USD, 한도에 계산되는 금액)',
  refundNowTotal: '지금 환불하면 받는 금액, 전체 예약 (USD)',
  plannedRefunds: '계획한 환불',
  loading: '불러오는 중…',
  reservationsTitle: '예약',
  reservationColumn: '예약',
  productColumn: '제품',
  unitsColumn: '수량',
  outcomeColumn: '오늘',
  suggestedColumn: '반환 제안',
  suggestedNone: '없음',
  suggestedUnits: '{n}개',
  allowed: '가능',
  refused: '불가',
  notEstimated: '계산하지 못함',
  planTitle: '환불 계획',
  chartTitle: '앞으로 365일 동안 남은 환불 한도와 계획한 환불',
  chartDesc: '{from}에 {start}에서 시작하고, 계획한 환불은 {count}건이며, 가장 낮을 때 {lowest}입니다.',
  chartTable: '남은 환불 한도의 변화',
  chartFrom: '시작일',
  chartLeft: '남은 한도 (USD)',
  chartEvent: '바뀌는 이유',
  chartStart: '오늘',
  chartRefund: '계획한 환불: {name}',
  chartRefill: '이전 환불이 집계에서 빠짐',
  noChart: '이 고객의 이전 환불로는 한도를 계산할 수 없습니다. 예약의 문제를 확인하세요.',
  noActions: '이 고객에게 계획한 환불이 없습니다.',
  dateColumn: '날짜',
  unplacedTitle: '계획에 넣지 못한 수량',
  reasonColumn: '이유',
  exchangeColumn: '대신 교환',
  exchangePossible: '가능 (교환은 한도에 계산되지 않음)',
  exchangeNot: '불가',
  reasons: {
    NOT_BEFORE_TERM_END: '약정 기간이 끝나기 전에는 한도 안에 들어가지 않음',
    NOT_BEFORE_HORIZON: '계획 기간이 끝나기 전에는 한도 안에 들어가지 않음',
    MISSING_FACTS: '정보가 빠져 있음 (빠진 정보 참고)',
  },
  showRows: '예약 {n}개 더 보기',
  showUnplaced: '계획에 넣지 못한 항목 {n}개 더 보기',
  showCustomers: '고객 {n}명 더 보기',
  downloadsTitle: '내려받기',
  exportPlan: '환불 계획 내려받기 (CSV)',
  exportBook: '예약 장부 내려받기 (JSON)',
  downloadsNote:
    '예약 장부에는 모든 정보와 그 출처가 남습니다. 나중에 이 페이지나 refund-desk 명령으로 다시 열 수 있습니다.',
  addFiles: '이 예약 장부에 파일 더 가져오기',
  startOver: '처음부터 다시',
  failed: '문제가 생겼습니다: {message}',
  estimateNotQuote: '예상 금액일 뿐 확정 금액이 아닙니다. 최종 금액은 Microsoft가 정합니다.',
};

export const chrome: Record<Locale, Chrome> = { en, ko };

/** The facts a person can type on the page, by the contract path of the reservation field they fill. */
export const fillableFacts = ['price', 'billingPlan', 'start', 'usdPerUnit'] as const;
export type FillableFact = (typeof fillableFacts)[number];

/** The chrome plus core's words for one language: what the page's script receives (one language, no core). */
export interface PageWords extends Chrome {
  locale: Locale;
  /** Names of the facts a reservation may lack (NeededFact), core's field names. */
  facts: Record<'price' | 'billingPlan' | 'start' | 'usdPerUnit' | 'customer' | 'product', string>;
  /** Input labels with their hints. */
  inputs: Record<'price' | 'currency' | 'billingPlan' | 'start' | 'usdPerUnit', string>;
  plans: Record<'Upfront' | 'Monthly', string>;
  figures: Record<'refundNow' | 'capUse' | 'limit' | 'remaining', string>;
}

export function pageWords(locale: Locale): PageWords {
  const field = (name: string) => fieldLabel(`reservation.${name}`, locale);
  return {
    ...chrome[locale],
    locale,
    facts: {
      price: field('price'),
      billingPlan: field('billingPlan'),
      start: field('start'),
      usdPerUnit: field('usdPerUnit'),
      customer: fieldLabel('customer', locale),
      product: field('product'),
    },
    inputs: {
      price: fieldLabelWithHint('reservation.price', locale),
      currency: fieldLabelWithHint('reservation.price.currency', locale),
      billingPlan: fieldLabelWithHint('reservation.billingPlan', locale),
      start: fieldLabelWithHint('reservation.start', locale),
      usdPerUnit: fieldLabelWithHint('reservation.usdPerUnit', locale),
    },
    plans: { Upfront: billingPlanLabel('Upfront', locale), Monthly: billingPlanLabel('Monthly', locale) },
    figures: {
      refundNow: figureLabel('billingRefundAmount', locale, 'refund'),
      capUse: figureLabel('policyResult.capUse', locale, 'refund'),
      limit: figureLabel('maxRefundLimit', locale, 'cap'),
      remaining: figureLabel('remaining', locale, 'cap'),
    },
  };
}
