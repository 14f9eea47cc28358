// The URL format: readable, complete, and a faithful round trip of whatever was typed.
import { describe, expect, it } from 'vitest';
import { stateFromRequest } from './requests.js';
import { defaultState, stateFromParams, stateToQuery } from './state.js';

const roundTrip = (query: string) => stateToQuery(stateFromParams(new URLSearchParams(query), '2026-11-25'));

describe('calculator URL state', () => {
  it('keeps refund inputs readable and in a stable order', () => {
    const query =
      'v=1&mode=refund&date=2026-02-28&product=virtual-machines&term=P1Y&plan=Upfront&start=2025-06-01&quantity=2&price=36500.00&currency=USD&returnQuantity=1&ledger=2025-03-01:45000.00';
    expect(roundTrip(query)).toBe(query);
  });

  it('packs several returns and purchases, one parameter each', () => {
    const query =
      'v=1&mode=exchange&date=2025-07-01&currency=USD&return=virtual-machines,P1Y,Upfront,2025-01-01,1,2400.00&return=dedicated-host,P3Y,Monthly,2024-01-15,4,3600,2,3000&buy=virtual-machines,P1Y,Upfront,1500.00&buy=savings-plan-compute,P3Y,Monthly,900';
    expect(roundTrip(query)).toBe(query);
    const state = stateFromParams(new URLSearchParams(query), '2026-11-25');
    expect(state.returns).toHaveLength(2);
    expect(state.returns[1]).toMatchObject({ quantity: '4', returnQuantity: '2', current: '3000' });
    expect(state.purchases[1]).toEqual({ product: 'savings-plan-compute', term: 'P3Y', plan: 'Monthly', price: '900' });
  });

  it('survives commas, colons and percent signs typed into packed fields', () => {
    const state = defaultState('2026-11-25');
    state.mode = 'exchange';
    state.returns[0]!.price = '1,234.5%';
    state.returns[0]!.start = '2025-01-01T10:00:00Z';
    const back = stateFromParams(new URLSearchParams(stateToQuery(state)), '2026-11-25');
    expect(back.returns[0]).toEqual(state.returns[0]);

    const cap = defaultState('2026-11-25');
    cap.mode = 'cap';
    cap.ledger = [{ date: '2025-01-15T23:59:00Z', amount: '2,400' }];
    expect(stateFromParams(new URLSearchParams(stateToQuery(cap)), 'x').ledger).toEqual(cap.ledger);
  });

  it('falls back to defaults for unknown modes and missing values, and uses today when no date is given', () => {
    const state = stateFromParams(new URLSearchParams('mode=bogus'), '2026-11-25');
    expect(state.mode).toBe('refund');
    expect(state.date).toBe('2026-11-25');
  });

  it('turns a preset request back into the same state the URL would give', () => {
    const request = {
      date: '2025-01-06',
      policy: 'csp-2018-10' as const,
      fee: 'charge' as const,
      quantity: 1,
      reservation: {
        product: 'virtual-machines' as const,
        term: 'P1Y' as const,
        billingPlan: 'Upfront' as const,
        start: '2025-01-01',
        quantity: 2,
        price: { amount: '3650.00', currency: 'GBP' },
        usdPerUnit: '1.25',
        used: false,
      },
    };
    const query = stateToQuery(stateFromRequest('refund', request));
    expect(query).toBe(
      'v=1&mode=refund&date=2025-01-06&policy=csp-2018-10&product=virtual-machines&term=P1Y&plan=Upfront&start=2025-01-01&quantity=2&price=3650.00&currency=GBP&rate=1.25&used=false&fee=charge&returnQuantity=1',
    );
  });
});
