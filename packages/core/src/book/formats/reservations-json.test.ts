import { describe, expect, it } from 'vitest';
import { readReservationsJson, reservationItems } from './reservations-json.js';

const order = 'BBBBBBBB-2222-4222-8222-222222222222';
const id = 'aaaaaaaa-1111-4111-8111-111111111111';
const values = (facts: object) => Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('readReservationsJson', () => {
  const rest = {
    id: `/providers/Microsoft.Capacity/reservationOrders/${order}/reservations/${id}`,
    location: 'eastus',
    sku: { name: 'Standard_D2s_v3' },
    properties: {
      displayName: 'vm',
      reservedResourceType: 'VirtualMachines',
      term: 'P3Y',
      billingPlan: 'Monthly',
      quantity: 2,
      benefitStartTime: '2025-01-07T22:30:00-05:00',
      expiryDateTime: '2028-01-08T03:30:00Z',
      provisioningState: 'Succeeded',
      utilization: {
        aggregates: [
          { grain: 7, grainUnit: 'days', value: 98.5, valueUnit: 'percentage' },
          { grain: 30, grainUnit: 'days', value: 100, valueUnit: 'percentage' },
          { grain: 1, grainUnit: 'months', value: 3, valueUnit: 'percentage' },
        ],
      },
    },
  };

  it('reads REST resources ({ value: [...] }) with both IDs from the ARM id', () => {
    const items = reservationItems({ value: [rest] }) ?? [];
    const reading = readReservationsJson('api.json', items);
    expect(reading.reservations[0]).toMatchObject({ reservationOrderId: order.toLowerCase(), reservationId: id });
    expect(values(reading.reservations[0]?.facts ?? {})).toEqual({
      displayName: 'vm',
      product: 'virtual-machines',
      sku: 'Standard_D2s_v3',
      region: 'eastus',
      term: 'P3Y',
      billingPlan: 'Monthly',
      quantity: 2,
      start: '2025-01-08',
      expiry: '2028-01-08',
      status: 'Succeeded',
      'utilization.days7': '98.5',
      'utilization.days30': '100',
    });
    expect(reading.reservations[0]?.facts.start?.origin).toBe('api.json item 1 (benefitStartTime)');
  });

  it('reads az’s array, older snake_case output and flattened properties alike', () => {
    const snake = {
      id: rest.id,
      sku: rest.sku,
      location: 'eastus',
      properties: {
        display_name: 'vm',
        reserved_resource_type: 'VirtualMachines',
        term: 'P3Y',
        billing_plan: 'Monthly',
        quantity: 2,
        benefit_start_time: '2025-01-08T03:30:00Z',
      },
    };
    const flat = { id: rest.id, sku: rest.sku, location: 'eastus', ...snake.properties };
    for (const item of [snake, flat]) {
      const facts = values(
        readReservationsJson('az.json', reservationItems([item]) ?? []).reservations[0]?.facts ?? {},
      );
      expect(facts).toMatchObject({
        displayName: 'vm',
        product: 'virtual-machines',
        billingPlan: 'Monthly',
        start: '2025-01-08',
      });
    }
  });

  it('reads an order for its originalQuantity, and reports items that are not reservations', () => {
    const items = [
      { id: `/providers/Microsoft.Capacity/reservationOrders/${order}`, properties: { originalQuantity: 5 } },
      { id: '/subscriptions/x/resourceGroups/y', properties: {} },
      'text',
      { ...rest, properties: { ...rest.properties, quantity: 1.5, billingPlan: 'Weekly' } },
    ];
    const reading = readReservationsJson('api.json', reservationItems(items) ?? []);
    expect(reading.reservations[0]).toEqual({
      reservationOrderId: order.toLowerCase(),
      facts: { originalQuantity: expect.objectContaining({ value: 5 }) },
    });
    expect(reading.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'id', 'INVALID_ID'],
      [3, 'id', 'INVALID_ID'],
      [4, 'billingPlan', 'INVALID_INPUT'],
      [4, 'quantity', 'INVALID_QUANTITY'],
    ]);
    expect(reading).toMatchObject({ rows: 4, used: 2, skipped: 2 });
  });

  it('knows its shape', () => {
    expect(reservationItems([])).toEqual([]);
    expect(reservationItems({ value: [rest] })).toHaveLength(1);
    expect(reservationItems([{ id: '/subscriptions/x' }])).toBeUndefined();
    expect(reservationItems({ refundDeskBook: 1 })).toBeUndefined();
  });
});
