import { readFileSync } from 'node:fs';
import {
  capStatus,
  formatMoney,
  importBook,
  planRefunds,
  sameDayRefunds,
  todayUtc,
  valueBook,
} from '@refund-desk/core';
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
  unrelatedUrl,
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
    // Corrections are there, folded away: nothing to type is on screen.
    expect(await root.locator('input:visible, select:visible, textarea:visible').count()).toBe(0);
    expect(await root.getByTestId('panel-title').textContent()).toBe('Refund Desk: Contoso');
    const price = root.locator(
      '[data-testid=fact][data-path="reservation.price"], [data-testid=fact][data-path="reservation.price.amount"]',
    );
    await expect.poll(() => price.getByTestId('fact-origin').textContent()).toContain('reconciliation.csv row 2');
    await page.screenshot({ path: 'tests/e2e/extension/screenshots/no-typing.png' });
    // The toolbar badge shows the refund now (set by the background for this tab from its own estimate).
    const badges = () =>
      s.worker.evaluate(async () => {
        type Tab = { id: number };
        const api = (
          globalThis as unknown as {
            chrome: {
              tabs: { query(q: object): Promise<Tab[]> };
              action: { getBadgeText(d: { tabId: number }): Promise<string> };
            };
          }
        ).chrome;
        const tabs = await api.tabs.query({});
        return Promise.all(tabs.map((tab) => api.action.getBadgeText({ tabId: tab.id })));
      });
    await expect.poll(async () => (await badges()).filter(Boolean).length).toBe(1);
  });

  it('draws the estimate with the panel, in the frame of the navigation, from the answers kept at hand', async () => {
    const page = await s.page();
    await page.goto(unrelatedUrl);
    await page.waitForFunction(() => document.documentElement.dataset.refundDeskReady !== undefined);
    const hash = new URL(reservationUrl).hash;
    // At the first change that brings the panel into the page, the estimate is already in it.
    const together = await page.evaluate(
      (to) =>
        new Promise<boolean>((resolve) => {
          const look = () => {
            const shadow = document.querySelector('refund-desk-root')?.shadowRoot;
            if (!shadow?.querySelector('.rd-dock')) return;
            observer.disconnect();
            resolve(shadow.querySelector('[data-testid=estimate]') !== null);
          };
          const observer = new MutationObserver(look);
          observer.observe(document.body, { childList: true, subtree: true });
          location.hash = to;
        }),
      hash,
    );
    expect(together).toBe(true);
    const expected = valuedOf(reservation).estimate;
    if (!expected.ok) throw new Error('core refused the reservation');
    expect(await panel(page).getByTestId('estimate').getByTestId('refund-now').textContent()).toBe(
      money(expected.value.billingRefundAmount),
    );
    await page.close();
  });

  it('lets the agent correct a fact, kept for the reservation, and the estimate follows', async () => {
    const page = await s.page();
    await page.goto(reservationUrl);
    const root = panel(page);
    const price = root.locator('[data-testid=fact][data-path^="reservation.price"]').first();
    await expect.poll(() => price.count()).toBe(1);
    // The form is drawn only once opened, with its field focused for typing at once.
    expect(await price.locator('input[name=value]').count()).toBe(0);
    await price.locator('summary').click();
    await expect
      .poll(() =>
        price.locator('input[name=value]').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
      )
      .toBe(true);
    await price.screenshot({ path: 'tests/e2e/extension/screenshots/correct-fact.png' });
    await price.locator('input[name=value]').fill('7300');
    await price.locator('input[name=value]').press('Enter');
    // core's estimate of the same reservation at the corrected price
    const book = structuredClone(imported.ok ? imported.value.book : null)!;
    const r = book.customers[0]!.reservations.find((x) => x.reservationId === reservation)!;
    r.price = { amount: '7300', currency: 'USD' };
    const corrected = valueBook({ date: todayUtc(), book });
    if (!corrected.ok) throw new Error('core could not value the corrected book');
    const e = corrected.value.customers[0]!.reservations.find((x) => x.reservationId === reservation)!.estimate;
    if (!e.ok) throw new Error('core refused the corrected reservation');
    const refundNow = root.getByTestId('estimate').getByTestId('refund-now');
    await expect.poll(() => refundNow.textContent()).toBe(money(e.value.billingRefundAmount));
    await expect.poll(() => price.getByTestId('fact-origin').textContent()).toMatch(/corrected/i);
    // Kept per reservation: still there after a reload; an empty value goes back to the book's.
    await page.reload();
    await expect.poll(() => refundNow.textContent()).toBe(money(e.value.billingRefundAmount));
    await price.locator('summary').click();
    await price.locator('input[name=value]').fill('');
    await price.locator('input[name=value]').press('Enter');
    const original = valuedOf(reservation).estimate;
    if (!original.ok) throw new Error('core refused the reservation');
    await expect.poll(() => refundNow.textContent()).toBe(money(original.value.billingRefundAmount));
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

  it('records the refund from the estimate, shows it in a second tab without reload, and undoes it', async () => {
    const first = await s.page();
    await first.goto(reservationUrl);
    const second = await s.ctx.newPage();
    await second.goto(partnerUrl);
    const headroom = panel(second).getByTestId('headroom-left');
    const limit = money({ amount: '50000.00', currency: 'USD' });
    await expect.poll(() => headroom.textContent()).toBe(`${limit} of ${limit}`);

    const expected = valuedOf(reservation).estimate;
    if (!expected.ok) throw new Error('core refused the reservation');
    const capUse = expected.value.policyResult.capUse;
    const button = panel(first).getByTestId('record-refund');
    await expect.poll(() => button.textContent()).toContain(capUse.amount);
    await button.click();
    await expect.poll(() => panel(first).getByTestId('recorded').count()).toBe(1);
    // The other tab hears the change: its headroom is the limit less what was just recorded (core's capStatus).
    const status = capStatus({ date: todayUtc(), ledger: [{ date: todayUtc(), amount: capUse }] });
    if (!status.ok) throw new Error('core refused the ledger');
    await expect.poll(() => headroom.textContent()).toBe(`${money(status.value.remaining)} of ${limit}`);
    await panel(first).getByTestId('undo').click();
    await expect.poll(() => headroom.textContent()).toBe(`${limit} of ${limit}`);
    await second.close();
  });

  it("lists the customer's reservations valued today on the Partner Center customer page", async () => {
    const page = await s.page();
    await page.goto(partnerUrl);
    const root = panel(page);
    await expect.poll(() => root.getByTestId('panel-title').textContent()).toBe('Refund limit: Contoso');
    const rows = root.locator('[data-testid=customer-reservations] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    for (const r of [reservation, reservation2]) {
      const e = valuedOf(r).estimate;
      if (!e.ok) throw new Error('core refused the reservation');
      expect(await root.locator(`tr[data-reservation="${r}"] [data-testid=refund-now]`).textContent()).toBe(
        money(e.value.billingRefundAmount),
      );
    }
    // The plan's lines as core's planRefunds and sameDayRefunds give them for today: one per reservation and day, which
    // says how many separate refunds it takes when the plan splits a reservation's units that day.
    const book = imported.value.book;
    const customer = book.customers.find((c) => c.reservations.some((x) => x.reservationId === reservation));
    const plan = planRefunds({ date: todayUtc(), book, tenantId: customer!.tenantId });
    if (!plan.ok) throw new Error('core could not plan the book');
    const lines = sameDayRefunds(plan.value.customers[0]!.actions).slice(0, 5);
    const shown = root.getByTestId('plan').locator('li');
    await expect.poll(() => shown.count()).toBe(lines.length);
    const texts = await shown.allTextContents();
    expect(new Set(texts).size).toBe(texts.length);
    lines.forEach((line, i) => {
      expect(texts[i]).toContain(`${line.date}: return ${line.quantity} of `);
      if (line.refunds > 1) expect(texts[i]).toContain(`in ${line.refunds} separate refunds`);
    });
    await page.screenshot({ path: 'tests/e2e/extension/screenshots/partner-customer.png' });
  });

  it('carries the customer from Partner Center to the portal tab it opens', async () => {
    const partner = await s.page();
    await partner.goto(partnerUrl);
    await expect.poll(() => panel(partner).getByTestId('panel-title').textContent()).toBe('Refund limit: Contoso');
    const other = '33333333-4444-4555-8666-777777777777';
    const otherReservation = '88888888-9999-4aaa-bbbb-cccccccccccc';
    const [opened] = await Promise.all([
      s.ctx.waitForEvent('page'),
      partner.evaluate((url) => window.open(url, '_blank'), reservationUrlOf(other, otherReservation)),
    ]);
    // Not in the book, yet the panel names the customer the agent came from: nobody pastes a tenant ID.
    await expect.poll(() => panel(opened).getByTestId('not-in-book').count()).toBe(1);
    await expect.poll(() => panel(opened).getByTestId('panel-title').textContent()).toBe('Refund Desk: Contoso');
    await opened.close();
  });

  it('gives each tab the checklist of its own reservation, never the one last seen in another tab', async () => {
    const one = await s.page();
    await one.goto(reservationUrl);
    await expect.poll(() => panel(one).getByTestId('estimate').count()).toBe(1);
    const two = await s.ctx.newPage();
    await two.goto(reservationUrlOf(order2, reservation2));
    await expect.poll(() => panel(two).getByTestId('estimate').count()).toBe(1);
    for (const [page, ids] of [
      [one, [order, reservation]],
      [two, [order2, reservation2]],
    ] as const) {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, new URL(supportUrl).hash);
      const description = panel(page).getByTestId('description');
      await expect.poll(() => description.count()).toBe(1);
      const text = await description.inputValue();
      expect(text).toContain(ids[0]);
      expect(text).toContain(ids[1]);
      const others = ids[0] === order ? [order2, reservation2] : [order, reservation];
      for (const id of others) expect(text).not.toContain(id);
    }
    await two.close();
  });

  it('after a hash navigation, never offers values read from the previous blade', async () => {
    const page = await s.page();
    await page.goto(reservationUrl);
    const hints = panel(page).getByTestId('hints');
    await expect.poll(() => hints.textContent()).toContain('Reservation order ID: 11111111');
    // The fixture keeps the previous blade on screen for 300 ms after the hash changes.
    await page.evaluate(
      (url) => {
        location.hash = new URL(url).hash;
      },
      reservationUrlOf(order2, reservation2),
    );
    await expect.poll(() => panel(page).getByTestId('Reservation order ID').textContent()).toBe(order2);
    expect(await hints.count()).toBe(0);
    await expect.poll(() => hints.textContent()).toContain(`Reservation order ID: ${order2}`);
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
