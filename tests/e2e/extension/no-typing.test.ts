import { readFileSync } from 'node:fs';
import { formatMoney, importBook, todayUtc, valueBook } from '@refund-desk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookFile,
  launch,
  order,
  order2,
  panel,
  partnerUrl,
  reservation,
  reservation2,
  reservationUrl,
  reservationUrlOf,
  type Session,
  seedBook,
  supportUrl,
  tenant,
} from './harness';

// With a book in the store, a reservation page shows its estimate at once, for today, with no field to type.
const imported = importBook([{ name: 'book.json', text: readFileSync(bookFile, 'utf8') }]);
if (!imported.ok) throw new Error('core refused the fixture book');
const valued = valueBook({ date: todayUtc(), book: imported.value.book });
if (!valued.ok) throw new Error('core could not value the fixture book');
const customer = valued.value.customers[0]!;
const valuedOf = (id: string) => customer.reservations.find((r) => r.reservationId === id)!;
const money = (m: { amount: string; currency: string }) => formatMoney(m, 'en');

describe('no typing: the book answers on the reservation page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
    await seedBook(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows today's estimate with no field to type, each fact's origin, and names the customer", async () => {
    const page = await s.page();
    await page.goto(reservationUrl);
    const root = panel(page);
    const expected = valuedOf(reservation).estimate;
    if (!expected.ok) throw new Error('core refused the reservation');
    await expect
      .poll(() => root.getByTestId('estimate').getByTestId('refund-now').textContent())
      .toBe(money(expected.value.billingRefundAmount));
    expect(await root.locator('input:not([type=checkbox]):not([type=radio]), select').count()).toBe(0);
    expect(await root.getByTestId('panel-title').textContent()).toBe('Refund Desk: Contoso');
    const price = root.locator(
      '[data-testid=fact][data-path="reservation.price"], [data-testid=fact][data-path="reservation.price.amount"]',
    );
    await expect.poll(() => price.getByTestId('fact-origin').textContent()).toContain('reconciliation.csv row 2');
    await page.screenshot({ path: 'tests/e2e/extension/screenshots/no-typing.png' });
  });

  it('shows the suggested return (R-advise.1) with its estimate', async () => {
    const page = await s.page();
    await page.goto(reservationUrlOf(order2, reservation2));
    const root = panel(page);
    const valuedTwo = valuedOf(reservation2);
    expect(valuedTwo.suggestedReturn).toBeGreaterThan(0);
    await expect
      .poll(() => root.getByTestId('suggested-title').textContent())
      .toContain(String(valuedTwo.suggestedReturn));
    const suggested = valuedTwo.suggestedEstimate;
    if (!suggested?.ok) throw new Error('no suggested estimate');
    expect(await root.getByTestId('suggested-estimate').getByTestId('refund-now').textContent()).toBe(
      money(suggested.value.billingRefundAmount),
    );
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
