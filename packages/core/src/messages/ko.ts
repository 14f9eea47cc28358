// 한국어 메시지 카탈로그. 용어는 용어집(glossary.ts)의 것 하나만 씁니다: 환불, 교환, 취소된 약정, 12개월 롤링 기간, 일할 계산…
import type { Catalog, StepKey } from './en.js';

export const ko: Catalog = {
  steps: {
    'policy.inForce': '{date} 기준으로 {policy} 정책("{title}", {from}부터 시행)이 적용됩니다.',
    'policy.chosen': '이 예상 금액에는 {policy} 정책("{title}", {from}부터 시행)을 선택해 적용했습니다.',
    'time.term': '{term} 약정 기간은 {start}부터 {end}까지 {termDays}일입니다(UTC 기준).',
    'time.elapsed': '{date} 기준으로 {elapsedDays}일이 지났고 {remainingDays}일이 남았습니다.',
    'basis.purchaseOnly': '{policy} 정책에서는 환불 기준이 구매 가격 {price}입니다.',
    'basis.noCurrentPrice': '현재 가격이 입력되지 않아 환불 기준은 구매 가격 {price}입니다.',
    'basis.current': '현재 가격({current})이 구매 가격({price})보다 낮으므로 현재 가격을 기준으로 환불합니다.',
    'basis.purchase': '구매 가격({price})이 현재 가격({current})보다 높지 않으므로 구매 가격을 기준으로 환불합니다.',
    'quantity.partial': '{owned}개 중 {quantity}개를 반환하므로 모든 금액에 곱하는 비율은 {quantity}/{owned}입니다.',
    'monthly.schedule': '월별 결제: 반환하는 수량에 대해 {installment}씩 {total}회 결제합니다.',
    'monthly.completed':
      '{total}회 중 {completed}회를 결제했습니다({paid}). 현재 청구 기간은 {periodStart}부터 {periodEnd}까지 {periodDays}일이며 그중 {daysUsed}일을 사용했습니다.',
    'refund.fullCredit':
      '{elapsedDays}일째({days}일 이내)에 사용하지 않은 상태로 반환하므로 낸 금액 전부({refund})를 환불합니다.',
    'monthly.refundNow':
      '지금 받는 환불액: 이번 달 결제액 중 남은 {daysLeft}일/{periodDays}일분을 일할 계산한 {refund}입니다.',
    'refund.prorated':
      '남은 {remainingDays}일/{termDays}일을 일할 계산한 환불액은 {refund}입니다(환불되지 않는 사용분: {prorated}).',
    'monthly.canceled': '아직 청구되지 않은 {left}회 결제는 취소됩니다: 취소된 약정 {remaining}.',
    'fee.none': '이 정책에서는 조기 해지 수수료가 없습니다. 환불액은 {paidBack}입니다.',
    'fee.withinFreeDays': '처음 {days}일 이내에는 수수료가 없습니다. 환불액은 {paidBack}입니다.',
    'fee.charged': '환불액 {refund}에서 {feeRate} 조기 해지 수수료({fee})를 빼고 돌려받는 금액은 {paidBack}입니다.',
    'fee.whatIf': '가정: 환불액 {refund}에서 {whatIfFeeRate} 수수료({fee})를 빼면 돌려받는 금액은 {paidBack}입니다.',
    'gate.notRefundable': '이 제품({product})은 환불할 수 없습니다.',
    'cap.fx':
      '한도는 USD로 계산합니다. 1 {currency}당 {rate} USD를 적용하면 이 환불은 한도에서 {capUse}만큼 계산됩니다.',
    'cap.use': '한도에 계산되는 취소된 약정: {capUse}(수수료를 빼기 전 환불액과 취소된 결제액의 합).',
    'cap.consumed': '{date} 기준 12개월 롤링 기간({windowDays}일)에 계산된 환불액: {consumed}.',
    'cap.allowed': '{limit} 한도 안입니다. 이 환불 후 남는 한도는 {remainingAfter}입니다.',
    'cap.exceeded': '{limit} 한도를 {over} 넘습니다. 요청 전체가 거절되며 일부만 환불되지 않습니다.',
    'cap.maxQuantity': '오늘 한도 안에서 반환할 수 있는 최대 수량: {maxQuantityNow}개.',
    'cap.fitsOn': '같은 요청은 {fitsOn}부터 한도 안에 들어옵니다.',
    'cap.neverFits': '같은 요청은 약정 기간이 끝나기 전에 한도 안에 들어오지 않습니다.',
    'cap.refusedByFuturePayments':
      '지금 돌려받는 환불액({refundNow})만 계산하면 남은 한도 {left} 안에 들어옵니다. 한도를 넘게 만드는 것은 취소되는 향후 결제액({futurePayments})입니다. 문서에서는 이 금액도 계산하지만, 포털에서는 환불액만 계산한 사례가 있어 포털이 이 환불을 받아 줄 수도 있습니다.',
    'exchange.return': '반환 {index}: {product} {quantity}개.',
    'exchange.returnValue': '반환 {index}의 가치는 {total}입니다(환불액 {refund}, 취소된 결제액 {remaining}).',
    'exchange.tradeIn': '이 제품({product})은 절약 플랜으로 전환(트레이드인)할 수 있습니다.',
    'gate.computeOpen': '컴퓨팅 예약의 교환은 별도 공지가 있을 때까지 계속 가능합니다.',
    'gate.finalExchange':
      '{gate} 이전인 {start}에 시작한 예약이므로 마지막 한 번의 교환이 가능합니다. 교환으로 새로 구매한 예약은 다시 교환할 수 없습니다.',
    'gate.closed': '{gate} 이후인 {start}에 시작한 예약이므로 교환할 수 없고, 절약 플랜으로 전환만 가능합니다.',
    'exchange.tradeInSizing':
      '절약 플랜으로 전환하면 반환 금액({refundsTotal})으로 1년({hoursP1Y}시간)은 시간당 최소 {P1Y}, 3년({hoursP3Y}시간)은 시간당 최소 {P3Y}의 약정을 충당할 수 있습니다.',
    'exchange.net': '반환 합계 {refundsTotal}, 구매 합계 {purchasesTotal}, 추가로 낼 금액 {netPayable}.',
    'exchange.short': '새 구매 금액은 최소 {minimum} 이상이어야 합니다. 부족한 금액은 {shortfall}입니다.',
    'exchange.enough': '새 구매 금액이 반환하는 가치 {minimum} 이상입니다.',
    'exchange.noCap': '교환은 {limit} 환불 한도에 계산되지 않습니다.',
  } satisfies Record<StepKey, string>,
  refusedSteps: {
    'fee.none': '이 정책에서는 조기 해지 수수료가 없습니다. 환불이 허용된다면 환불액은 {paidBack}입니다.',
    'fee.withinFreeDays': '처음 {days}일 이내에는 수수료가 없습니다. 환불이 허용된다면 환불액은 {paidBack}입니다.',
    'fee.charged':
      '환불이 허용된다면 환불액 {refund}에서 {feeRate} 조기 해지 수수료({fee})를 빼고 돌려받는 금액은 {paidBack}입니다.',
    'fee.whatIf':
      '가정: 환불이 허용된다면 환불액 {refund}에서 {whatIfFeeRate} 수수료({fee})를 빼고 돌려받는 금액은 {paidBack}입니다.',
  },
  words: { yes: '예', no: '아니요' },
  problems: {
    INVALID_INPUT: '입력 형식이 올바르지 않습니다.',
    INVALID_DATE: 'YYYY-MM-DD 형식의 올바른 날짜를 입력하세요.',
    INVALID_AMOUNT: '통화의 소수 자릿수를 넘지 않는 금액을 입력하세요.',
    INVALID_CURRENCY: 'USD, KRW 같은 ISO 통화 코드를 입력하세요.',
    INVALID_QUANTITY: '수량은 1 이상, 보유 수량 이하의 정수로 입력하세요.',
    INVALID_ID: 'ID는 GUID 형식으로 붙여 넣으세요.',
    UNKNOWN_PRODUCT: '제품 목록에 없는 제품입니다.',
    UNKNOWN_POLICY: '없는 정책 버전입니다.',
    CURRENCY_MISMATCH: '모든 금액은 같은 청구 통화여야 합니다.',
    FX_RATE_REQUIRED: '한도는 USD로 계산하므로 환율(청구 통화 1단위당 USD)을 입력하세요.',
    CANCEL_BEFORE_PURCHASE: '요청일이 혜택 시작일보다 앞섭니다.',
    RESERVATION_EXPIRED: '요청일에는 예약 기간이 이미 끝났습니다.',
    REFUND_LIMIT_EXCEEDED: '12개월 롤링 기간의 {limit} 한도를 넘으므로 요청 전체가 거절됩니다.',
    NOT_REFUNDABLE: '이 제품은 환불할 수 없습니다.',
    NOT_EXCHANGEABLE: '이 제품은 교환할 수 없습니다.',
    EXCHANGE_INSUFFICIENT_COMMITMENT: '새 구매 금액이 반환하는 가치보다 적습니다.',
    EXCHANGE_DIFFERENT_FAMILY: '같은 제품군끼리만 교환할 수 있습니다.',
    EXCHANGE_NOT_ALLOWED: '{exchangeGate} 이후 시작한 예약이므로 교환할 수 없습니다(절약 플랜 전환은 가능).',
    CONFLICT: '두 파일의 값이 서로 다릅니다. 더 믿을 만한 파일의 값을 남겼습니다.',
    UNREADABLE_ROW:
      '이 행은 적힌 그대로 읽을 수 없습니다(닫히지 않은 따옴표, 남는 칸, 너무 긴 칸). 파일에서 고쳐 주세요.',
    NOT_BEFORE_TERM_END:
      '이 수량은 약정 기간이 끝나기 전에 한도 안에 들어오지 않습니다. 교환은 한도에 계산되지 않습니다.',
    NOT_BEFORE_HORIZON: '이 수량은 계획 기간 안에 한도 안에 들어오지 않습니다. 계획 종료일을 늦춰 보세요.',
    MISSING_FACTS: '예상 금액에 필요한 정보(가격, 청구 방식, 시작일, 환율)가 장부에 없습니다. 먼저 채워 주세요.',
    'INVALID_INPUT@reservation.status':
      '장부에는 이 예약이 더 이상 보유 중이 아닌 것(취소, 분할, 병합, 교환 또는 실패)으로 나와 있어 환불할 수 없습니다.',
    'RESERVATION_EXPIRED@reservation.status': '장부에는 이 예약이 이미 만료된 것으로 나와 있어 환불할 수 없습니다.',
    'INVALID_AMOUNT@reservation.price.amount':
      '보유 수량 전체의 전체 기간 가격을 0보다 큰 숫자(예: 3650.00)로, 통화의 소수 자릿수를 넘지 않게 입력하세요.',
    'INVALID_AMOUNT@reservation.currentPrice.amount':
      '같은 수량과 기간의 오늘 가격을 0보다 큰 숫자(예: 2920.00)로 입력하거나 비워 두세요.',
    'INVALID_QUANTITY@reservation.quantity': '1부터 1,000,000까지의 정수로 입력하세요.',
    'INVALID_QUANTITY@quantity': '1 이상, 보유 수량 이하의 정수로 입력하세요.',
    'INVALID_INPUT@reservation.term': '1년, 3년, 5년 중에서 고르세요.',
    'INVALID_INPUT@reservation.billingPlan': '선결제 또는 월별 결제 중에서 고르세요.',
    'CANCEL_BEFORE_PURCHASE@date': '혜택 시작일과 같거나 그 이후의 날짜를 고르세요.',
  },
  checklist: {
    action: { refund: '환불', exchange: '교환' },
    items: {
      'partner-role': {
        title: '파트너 센터 역할',
        detail:
          '관리 에이전트, 기술 지원 에이전트, 영업 에이전트 또는 사용자 관리 관리자로 로그인합니다(2020년에는 전역 관리자도 포함).',
      },
      'azure-role': {
        title: 'Azure 역할',
        detail: '예약 주문의 소유자 또는 예약 관리자여야 합니다.',
      },
      'open-reservation': {
        title: '예약 열기',
        detail: '파트너 센터 → 고객 → 해당 고객 → Azure 예약 → 해당 예약 → 작업: 환불(또는 관리).',
      },
      'reservation-id': { title: '예약 ID', detail: '예약의 속성 페이지에 있습니다.' },
      'reservation-order-id': { title: '예약 주문 ID', detail: '예약의 속성 페이지에 있습니다.' },
      'issue-type': { title: '기본 사항: 문제 유형', detail: '청구(Billing)를 선택합니다.' },
      'problem-type': { title: '문제: 문제 유형', detail: '예약 관리(Reservation management)를 선택합니다.' },
      'problem-category': { title: '문제: 범주', detail: '교환 및 환불(Exchanges and refunds)을 선택합니다.' },
      contact: { title: '연락처 정보', detail: '연락 방법을 정하고 필수 항목을 입력합니다.' },
      create: { title: '만들기', detail: '만들기를 선택한 뒤 아래 설명을 붙여 넣습니다.' },
    },
    unknown: '아직 모름',
    description: {
      heading: 'Azure 예약 {action} 요청(CSP)',
      customer: '고객',
      reservationId: '예약 ID',
      reservationOrderId: '예약 주문 ID',
      action: '요청',
      quantity: '수량',
      date: '요청일(UTC)',
      estimate: '예상 금액',
      refundEstimate: '환불액 {refund}(수수료 {fee}), 한도에 계산되는 금액 {capUse}, 정책 {policy}',
      refundEstimateRefused:
        '예상 결과 거절됨: 허용된다면 환불액 {refund}(수수료 {fee}), 한도에 계산되는 금액 {capUse}, 정책 {policy}',
      exchangeMinimum: '아직 고른 구매 없음: 새 구매 금액은 최소 {refundsTotal} 이상이어야 합니다. 정책 {policy}',
      exchangeEstimate: '반환 {refundsTotal}, 구매 {purchasesTotal}, 추가로 낼 금액 {netPayable}, 정책 {policy}',
      notAllowed: '이유: {reasons}',
      disclaimer: 'Refund Desk가 계산한 예상 금액이며 확정 금액이 아닙니다.',
    },
  },
};
