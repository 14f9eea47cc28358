// A page's worked example names its inputs and figures in words (core's labels), never by contract path.

import { estimateRefund, type RefundRequest } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import type { PresetData } from '../lib/presets.js';
import { strings } from './strings.js';
import { exampleFigure, exampleInputs } from './worked-example.js';

const refund: PresetData = {
  order: 1,
  title: { en: 'x', ko: 'x' },
  source: 'S1',
  kind: 'refund',
  request: {
    date: '2025-07-01',
    quantity: 1,
    reservation: {
      product: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'Upfront',
      start: '2025-01-01',
      quantity: 2,
      price: { amount: '7300.00', currency: 'USD' },
      currentPrice: { amount: '7000.00', currency: 'USD' },
    },
    ledger: [{ date: '2025-03-01', amount: { amount: '1000.00', currency: 'USD' } }],
  },
  expect: {},
};

describe('worked example rows', () => {
  it('lists the inputs by their field names, values for people', () => {
    const rows = exampleInputs('refund', refund.request, strings.en, 'en');
    expect(rows.map((r) => r.label)).toEqual([
      'Request date',
      'Product',
      'Term',
      'Billing plan',
      'Benefit start date',
      'Units owned',
      'Purchase price',
      'Current price',
      'Units to return',
      'Earlier refund 1',
    ]);
    expect(rows.find((r) => r.label === 'Term')?.shown).toBe('1 year');
    expect(rows.find((r) => r.label === 'Earlier refund 1')?.shown).toMatch(/^1 March 2025 · USD/);
    const ko = exampleInputs('refund', refund.request, strings.ko, 'ko');
    expect(ko[0]).toEqual({ label: '요청일', shown: '2025년 7월 1일' });
    for (const row of [...rows, ...ko]) expect(row.label).not.toMatch(/[.[\]]/);
  });

  it('labels figures as core does, with Azure’s field name as the caption', () => {
    const result = estimateRefund(refund.request as RefundRequest);
    if (!result.ok) throw new Error('expected ok');
    expect(exampleFigure('refund', 'priceBasis', 'current', strings.en, 'en')).toEqual({
      label: 'Price basis',
      shown: 'Based on the current (lower) price',
    });
    const paid = exampleFigure('refund', 'billingRefundAmount', result.value.billingRefundAmount, strings.ko, 'ko');
    expect(paid.label).toBe('지금 돌려받는 환불액');
    expect(paid.azure).toBe('billingRefundAmount');
    expect(exampleFigure('cap', 'refills[1].date', '2026-06-01', strings.en, 'en')).toEqual({
      label: 'Refill 2: stops counting on',
      shown: '1 June 2026',
    });
  });
});
