import { describe, expect, it } from 'vitest';
import { capStatus } from '../cap.js';
import { estimateExchange } from '../exchange.js';
import { estimateRefund } from '../refund.js';
import { azureFieldName, type FigureOf, figureLabel, figurePaths, figureWords } from './figure-names.js';

const reservation = {
  product: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'Monthly',
  start: '2025-01-01',
  quantity: 2,
  price: { amount: '2400.00', currency: 'USD' },
};

/** Every leaf path of a value, lists numbered: the figures a face may show. */
function leaves(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${prefix}[${i}]`));
  if (value && typeof value === 'object') {
    if ('amount' in value && 'currency' in value) return [prefix];
    return Object.entries(value).flatMap(([key, child]) =>
      key === 'steps' || key === 'errors' ? [] : leaves(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

describe('figure labels', () => {
  it.each([
    ['policyResult.capUse', 'refund', 'Counted against the USD 50,000 limit', 'USD 50,000 한도에 계산되는 금액', null],
    ['billingRefundAmount', 'refund', 'Refund paid back now', '지금 돌려받는 환불액', 'billingRefundAmount'],
    [
      'billingInformation.billingCurrencyTotalPaidAmount',
      'refund',
      'Paid so far for the whole reservation',
      '예약 전체에 지금까지 낸 금액',
      'billingCurrencyTotalPaidAmount',
    ],
    [
      'minimumSavingsPlanHourly.P1Y',
      'exchange',
      'Smallest hourly savings plan, 1 year',
      '최소 시간당 절약 플랜 약정 (1년)',
      null,
    ],
    [
      'reservationsToExchange[1].billingRefundAmount',
      'exchange',
      'Return 2: refund paid back now',
      '반환 2: 지금 돌려받는 환불액',
      'billingRefundAmount',
    ],
    ['refills[0].date', 'cap', 'Refill 1: stops counting on', '회복 1: 계산에서 빠지는 날짜', null],
    ['remaining', 'cap', 'Left under the limit today', '오늘 남은 한도', null],
  ] as const)('%s', (path, of, en, ko, azure) => {
    expect(figureLabel(path, 'en', of)).toBe(en);
    expect(figureLabel(path, 'ko', of)).toBe(ko);
    expect(azureFieldName(path, of)).toBe(azure);
  });

  it('names the refusal caused only by future payments', () => {
    expect(figureLabel('policyResult.refusedByFuturePayments', 'en')).toMatch(/future payments/);
    expect(figureLabel('policyResult.refusedByFuturePayments', 'ko')).toMatch(/향후 결제/);
  });

  it('labels every figure of real refund, exchange and limit answers, in both languages', () => {
    const refund = estimateRefund({ date: '2025-03-10', reservation, quantity: 1 });
    const exchange = estimateExchange({
      date: '2025-03-10',
      returns: [{ reservation }, { reservation: { ...reservation, billingPlan: 'Upfront' } }],
      purchases: [{ product: 'savings-plan-compute', term: 'P3Y', billingPlan: 'Monthly', price: reservation.price }],
    });
    const cap = capStatus({ date: '2025-03-10', ledger: [{ date: '2025-01-01', amount: reservation.price }] });
    const answers: [FigureOf, { ok: boolean; value?: unknown }][] = [
      ['refund', refund],
      ['exchange', exchange],
      ['cap', cap],
    ];
    for (const [of, answer] of answers) {
      if (!answer.ok) throw new Error(`${of} refused`);
      const paths = leaves(answer.value).filter((path) => !path.startsWith('policy.') || path === 'policy.id');
      expect(paths.length).toBeGreaterThan(4);
      for (const path of paths) {
        expect(figureWords(path, of), `${of} ${path}`).toBeDefined();
        expect(figureLabel(path, 'ko', of), path).toMatch(/[가-힣]/);
        expect(figureLabel(path, 'en', of), path).not.toMatch(/[{}]/);
      }
    }
    expect(figurePaths('exchange')).toContain('reservationsToExchange[].billingRefundAmount');
  });

  it('returns the last word of a path it does not know, never throws', () => {
    expect(figureLabel('something.odd', 'en')).toBe('odd');
    expect(figureLabel(3 as never, 'en')).toBe('');
    expect(azureFieldName('nope')).toBeNull();
  });
});
