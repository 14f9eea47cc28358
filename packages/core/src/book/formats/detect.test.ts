import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';

describe('detectFormat', () => {
  it('goes by content, never by name', () => {
    expect(detectFormat('\uFEFFName,Reservation Id,Reservation order Id,Purchase date,Type\n').format).toBe(
      'portal-reservations-csv',
    );
    expect(detectFormat('sep=;\nname;reservation id;RESERVATION ORDER ID;Purchase Date;type\n').format).toBe(
      'portal-reservations-csv',
    );
    expect(detectFormat('PartnerId,CustomerId,ChargeType,Subtotal,ReservationOrderId\n').format).toBe(
      'partner-center-reconciliation-csv',
    );
    expect(detectFormat('  [ ]').format).toBe('azure-reservations-json');
    expect(detectFormat('{"refundDeskBook":1,"customers":[]}').format).toBe('refund-desk-book-json');
  });

  it('says why a file is unknown', () => {
    for (const text of ['', 'a,b\n1,2\n', '{"refundDeskBook":2}', '{ not json', '[{"id":"/subscriptions/x"}]']) {
      const detected = detectFormat(text);
      expect(detected.format).toBe('unknown');
      expect(detected.format === 'unknown' && detected.reason.length).toBeGreaterThan(10);
    }
  });
});
