import { describe, expect, it } from 'vitest';
import { supportChecklist } from './checklist.js';
import { estimateExchange } from './exchange.js';
import { estimateRefund } from './refund.js';

const ids = {
  reservationId: 'A1B2C3D4-0000-4000-8000-123456789ABC',
  reservationOrderId: '6ef59113-3482-40da-8d79-787f823e34bc',
};

describe('supportChecklist (R-support)', () => {
  it('names the portal fields to pick, exactly', () => {
    const result = supportChecklist({ action: 'refund' });
    if (!result.ok) throw new Error('expected ok');
    const byId = Object.fromEntries(result.value.items.map((item) => [item.id, item]));
    expect(byId['issue-type']?.value).toBe('Billing');
    expect(byId['problem-type']?.value).toBe('Reservation management');
    expect(byId['problem-category']?.value).toBe('Exchanges and refunds');
    expect(result.value.items.map((i) => i.id)).toEqual([
      'partner-role',
      'azure-role',
      'open-reservation',
      'reservation-id',
      'reservation-order-id',
      'issue-type',
      'problem-type',
      'problem-category',
      'contact',
      'create',
    ]);
  });

  it('writes a ready-to-paste description with the IDs, the estimate and its policy', () => {
    const estimate = estimateRefund({
      date: '2025-03-15',
      quantity: 1,
      reservation: {
        ...ids,
        product: 'virtual-machines',
        term: 'P1Y',
        billingPlan: 'Upfront',
        start: '2025-01-01',
        quantity: 2,
        price: { amount: '7300', currency: 'USD' },
      },
    });
    if (!estimate.ok) throw new Error('expected ok');
    const result = supportChecklist({
      action: 'refund',
      reservation: ids,
      customer: 'Contoso Ltd',
      estimate: estimate.value,
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.description).toBe(
      [
        'Request to refund an Azure reservation (CSP)',
        'Customer: Contoso Ltd',
        'Reservation ID: a1b2c3d4-0000-4000-8000-123456789abc',
        'Reservation order ID: 6ef59113-3482-40da-8d79-787f823e34bc',
        'Action: refund',
        'Quantity: 1',
        'Request date (UTC): 2025-03-15',
        'Estimate: USD 2,920.00 paid back (fee USD 0.00); USD 2,920.00 counted against the limit; policy Azure self-service refunds (no fee, lower price) (azure-2020-02)',
        'Estimate from Refund Desk, not a quote.',
      ].join('\n'),
    );
    const korean = supportChecklist({ action: 'exchange', reservation: ids, locale: 'ko' });
    expect(korean.ok && korean.value.description.split('\n')[0]).toBe('Azure 예약 교환 요청(CSP)');
  });

  it('never pastes raw codes: a refusal gives its reasons as sentences, and says what would be paid back', () => {
    const refused = estimateRefund({
      date: '2025-03-15',
      reservation: {
        product: 'virtual-machines',
        term: 'P1Y',
        billingPlan: 'Upfront',
        start: '2025-01-01',
        quantity: 1,
        price: { amount: '365000.00', currency: 'USD' },
      },
    });
    if (!refused.ok) throw new Error('expected ok');
    for (const locale of ['en', 'ko'] as const) {
      const result = supportChecklist({ action: 'refund', reservation: ids, estimate: refused.value, locale });
      if (!result.ok) throw new Error('expected ok');
      const line = result.value.description.split('\n').find((l) => l.includes('292,000.00')) ?? '';
      expect(line).not.toMatch(/[A-Z]{3,}_[A-Z_]+/);
      expect(line).toContain(locale === 'en' ? 'would be paid back' : '허용된다면');
      expect(line).toContain(locale === 'en' ? 'Over the USD 50,000 limit' : 'USD 50,000 한도');
    }
  });

  it('asks for the least a new purchase must be worth when an exchange has no purchase yet (R-exchange.4)', () => {
    const exchange = estimateExchange({
      date: '2025-03-15',
      returns: [
        {
          reservation: {
            product: 'virtual-machines',
            term: 'P1Y',
            billingPlan: 'Upfront',
            start: '2025-01-01',
            quantity: 1,
            price: { amount: '3650.00', currency: 'USD' },
          },
        },
      ],
      purchases: [],
    });
    if (!exchange.ok) throw new Error('expected ok');
    for (const locale of ['en', 'ko'] as const) {
      const result = supportChecklist({ action: 'exchange', reservation: ids, estimate: exchange.value, locale });
      if (!result.ok) throw new Error('expected ok');
      const line = result.value.description.split('\n').find((l) => l.includes('2,920.00')) ?? '';
      expect(line).toContain(locale === 'en' ? 'at least USD 2,920.00' : '최소 USD 2,920.00');
      expect(line).not.toMatch(/net payable|추가로 낼 금액|-USD|[A-Z]{3,}_[A-Z_]+/);
    }
  });

  it('reports bad fields', () => {
    const result = supportChecklist({ action: 'cancel', reservation: { reservationId: 'nope' }, locale: 'fr' });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'action',
      'locale',
      'reservation.reservationId',
    ]);
  });
});
