import { figureLabel } from '@refund-desk/core';
import { lang } from '../../ui/i18n';

// The options page's own words for the book and the ledger, in English and Korean. Figure and field names come from
// core (figureLabel, fieldLabel); these are only the page's chrome.
const en = {
  bookTitle: 'The book: import your files',
  bookHint:
    'Pick the Azure portal reservations export, the Partner Center reconciliation file, a reservations JSON or a book JSON. Files stay on this computer.',
  bookFiles: 'Files to import',
  reading: 'Reading the files…',
  importing: 'Importing…',
  sending: 'Saving the book: part $1 of $2',
  imported: 'The book holds $1 reservations of $2 customers.',
  files: 'Files',
  format: 'Format',
  rows: 'Rows',
  used: 'Used',
  skipped: 'Skipped',
  problems: 'Problems',
  row: 'row',
  wholeFile: 'the whole file',
  missing: 'Still missing',
  missingHint: 'Type each fact once; the book keeps it apart from what was imported, marked as corrected by you.',
  fill: 'Save these facts',
  nothingMissing: 'Nothing is missing.',
  dbBlocked: 'Storage problem',
  undo: 'Undo',
  deleted: 'Deleted.',
  recorded: 'Saved.',
  confirmDeleteCustomer: 'Delete $1 with its $2 refunds and its reservations in the book?',
  confirmDeleteRefund: 'Delete the refund of $1 on $2?',
  keepAnyway: 'Keep it anyway',
  heldTitle: 'These entries look wrong and were not kept:',
  keepAll: 'Import them too',
  currency: 'Currency',
  figureNote: 'Counted: $1 (canceled commitment counted against the limit, R-cap.2)',
  seededNote: 'From the invoice (a Cancel line)',
  importFailed: 'The import did not finish: $1. The stored book is unchanged.',
} as const;

const ko: Record<keyof typeof en, string> = {
  bookTitle: '장부: 파일 가져오기',
  bookHint:
    'Azure 포털 예약 내보내기, 파트너 센터 조정 파일, 예약 JSON 또는 장부 JSON을 고르세요. 파일은 이 컴퓨터를 떠나지 않습니다.',
  bookFiles: '가져올 파일',
  reading: '파일을 읽는 중…',
  importing: '가져오는 중…',
  sending: '장부 저장 중: $2개 중 $1번째',
  imported: '장부에 고객 $2명의 예약 $1건이 있습니다.',
  files: '파일',
  format: '형식',
  rows: '행',
  used: '사용',
  skipped: '건너뜀',
  problems: '문제',
  row: '행',
  wholeFile: '파일 전체',
  missing: '아직 없는 정보',
  missingHint: '각 값을 한 번만 입력하세요. 장부는 가져온 값과 따로, 직접 고친 값으로 표시해 보관합니다.',
  fill: '이 값 저장',
  nothingMissing: '빠진 정보가 없습니다.',
  dbBlocked: '저장소 문제',
  undo: '되돌리기',
  deleted: '삭제했습니다.',
  recorded: '저장했습니다.',
  confirmDeleteCustomer: '$1 고객과 환불 $2건, 장부의 예약을 삭제할까요?',
  confirmDeleteRefund: '$1 환불($2)을 삭제할까요?',
  keepAnyway: '그래도 저장',
  heldTitle: '다음 항목은 이상해 보여 저장하지 않았습니다:',
  keepAll: '이 항목도 가져오기',
  currency: '통화',
  figureNote: '기록한 금액: $1 (한도에 계산되는 취소된 약정, R-cap.2)',
  seededNote: '청구서의 취소 줄에서 가져옴',
  importFailed: '가져오기가 끝나지 않았습니다: $1. 저장된 장부는 그대로입니다.',
};

export type WordKey = keyof typeof en;

export function w(key: WordKey, ...subs: (string | number)[]): string {
  const text = (lang() === 'ko' ? ko : en)[key];
  return text.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
}

/** The hint beside a typed refund: which of the estimate's figures to type (R-cap.2). */
export function typedAmountHint(): string {
  const capUse = figureLabel('policyResult.capUse', lang(), 'refund');
  const refundNow = figureLabel('billingRefundAmount', lang(), 'refund');
  return lang() === 'ko'
    ? `예상 금액의 "${capUse}" 값을 입력하세요. "${refundNow}" 값이 아닙니다. 월별 결제 예약은 취소된 향후 결제만큼 적게 계산됩니다.`
    : `Type the estimate's "${capUse}", not "${refundNow}": for a monthly plan the refund paid now under-counts by its canceled payments.`;
}
