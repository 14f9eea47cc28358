import { describe, expect, it } from 'vitest';
import { readPortalExport } from './portal-csv.js';

const header =
  'Name,Reservation Id,Reservation order Id,Status,Expiration date,Purchase date,Term,Scope,Scope subscription,Scope resource group,Type,Product name,Region,Quantity,Utilization % 1 Day,Utilization % 7 Day,Utilization % 30 Day,Deep link to reservation';
const id = 'AAAAAAAA-1111-4111-8111-111111111111';
const order = 'bbbbbbbb-2222-4222-8222-222222222222';
const tenant = 'cccccccc-3333-4333-8333-333333333333';
const link = `https://portal.azure.com#@${tenant}/resource/providers/microsoft.capacity/reservationOrders/${order}/reservations/${id}/overview`;

describe('readPortalExport', () => {
  it('reads each column into a fact with its origin, IDs in lower case', () => {
    const text = `${header}\r\n"VM, east",${id},${order},Succeeded,1/7/2026,1/7/2025,1 Year,Single subscription,sub,,VirtualMachines,Standard_D2s_v3,eastus,2,100,98.5,97.25,${link}\r\n`;
    const reading = readPortalExport('export.csv', text);
    expect(reading).toMatchObject({ rows: 1, used: 1, skipped: 0, problems: [] });
    const [set] = reading.reservations;
    expect(set?.reservationId).toBe(id.toLowerCase());
    const values = Object.fromEntries(Object.entries(set?.facts ?? {}).map(([k, f]) => [k, f.value]));
    expect(values).toEqual({
      displayName: 'VM, east',
      status: 'Succeeded',
      region: 'eastus',
      sku: 'Standard_D2s_v3',
      expiry: '2026-01-07',
      start: '2025-01-07',
      term: 'P1Y',
      quantity: 2,
      product: 'virtual-machines',
      'utilization.days1': '100',
      'utilization.days7': '98.5',
      'utilization.days30': '97.25',
      customer: tenant,
    });
    expect(set?.facts.start?.origin).toBe(
      'export.csv row 1 (Purchase date, the export has no benefit start: the purchase date stands in)',
    );
  });

  it('a bad cell costs its own fact; bad IDs or a damaged row cost the row, named in words', () => {
    const rows = [
      `a,${id},${order},Succeeded,13/45/2026,1/7/2025,2 Years,,,,Spaceships,x,eastus,two,,,,`,
      `b,not-an-id,${order},Succeeded,,,,,,,,,,,,,,`,
      `c,"${id},${order}`,
      ';;;;'.replaceAll(';', ','),
    ];
    const reading = readPortalExport('export.csv', `${header}\n${rows.join('\n')}\n`);
    expect(reading.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [1, 'Expiration date', 'INVALID_DATE'],
      [1, 'Term', 'INVALID_INPUT'],
      [1, 'Quantity', 'INVALID_QUANTITY'],
      [1, 'Type', 'UNKNOWN_PRODUCT'],
      [2, 'Reservation Id', 'INVALID_ID'],
      [3, undefined, 'UNREADABLE_ROW'],
    ]);
    expect(reading).toMatchObject({ rows: 4, used: 1, skipped: 3 });
    expect(Object.keys(reading.reservations[0]?.facts ?? {})).toEqual([
      'displayName',
      'status',
      'region',
      'sku',
      'start',
    ]);
  });

  it('says when a row is cut short or leaves a fact the export always fills blank, and still reads the rest', () => {
    const full = `"VM",${id},${order},Succeeded,1/7/2026,1/7/2025,1 Year,Shared,,,VirtualMachines,Standard_D2s_v3,eastus,2,1,2,3,${link}`;
    const blank = full.replace(',1 Year,', ',,').replace(',eastus,2,', ',eastus,,');
    const cut = full.split(',').slice(0, 9).join(',');
    const reading = readPortalExport('export.csv', `${header}\r\n${blank}\r\n${cut}`);
    expect(reading).toMatchObject({ rows: 2, used: 2, skipped: 0 });
    expect(reading.problems.map((p) => [p.row, p.field ?? '', p.code])).toEqual([
      [1, 'Term', 'INVALID_INPUT'],
      [1, 'Quantity', 'INVALID_QUANTITY'],
      [2, '', 'INVALID_INPUT'],
      [2, 'Quantity', 'INVALID_QUANTITY'],
      [2, 'Type', 'UNKNOWN_PRODUCT'],
    ]);
    expect(reading.problems[2]?.message).toContain("this row has 9 of the header's 18 cells");
    expect(reading.reservations[1]?.facts.start?.value).toBe('2025-01-07');
  });
});
