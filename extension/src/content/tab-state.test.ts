import { afterEach, describe, expect, it } from 'vitest';
import { rememberTabReservation, tabReservation } from './tab-state';

const order = '11111111-2222-4333-8444-555555555555';
const reservation = '66666666-7777-4888-9999-aaaaaaaaaaaa';

describe("this tab's reservation", () => {
  afterEach(() => sessionStorage.clear());

  it('is what this tab last showed, and nothing before', () => {
    expect(tabReservation()).toBeNull();
    rememberTabReservation({ reservationOrderId: order, reservationId: reservation });
    expect(tabReservation()).toEqual({ reservationOrderId: order, reservationId: reservation });
    rememberTabReservation({ reservationOrderId: order });
    expect(tabReservation()).toEqual({ reservationOrderId: order });
  });

  it('ignores whatever else the page put under its key', () => {
    for (const junk of [
      '{',
      '"x"',
      '{"reservationOrderId":"not-a-guid"}',
      `{"reservationOrderId":"${order}","reservationId":5}`,
    ]) {
      sessionStorage.setItem('refund-desk:tab-reservation', junk);
      const found = tabReservation();
      if (junk.includes(order)) expect(found).toEqual({ reservationOrderId: order });
      else expect(found).toBeNull();
    }
  });
});
