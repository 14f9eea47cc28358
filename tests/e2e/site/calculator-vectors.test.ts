// The calculator, opened by URL, reproduces the contract's worked cases (tests/vectors.json): every expected
// figure is read back from the element whose data-field is its contract path.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectedLeaves,
  expectedListLengths,
  launchChromium,
  loadVectors,
  type Served,
  serveSite,
  vectorQuery,
} from './harness.js';

const vectors = loadVectors().filter((v) => ['refund', 'exchange', 'cap'].includes(v.kind));

let served: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  served = await serveSite();
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(query: string) {
  await page.goto(`${served.url}calculator/?${query}`);
  await page.waitForSelector('.rd-calc[data-ready="true"]');
}

// Input fields a problem's contract path points at, as this test reads the calculator's form.
const inputFor: Record<string, string> = {
  'reservation.price.amount': 'price',
  'reservation.usdPerUnit': 'rate',
  quantity: 'returnQuantity',
  date: 'date',
};

describe('calculator reproduces the contract vectors opened by URL', () => {
  it('covers a good sample of refund, exchange and cap vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(20);
    expect(new Set(vectors.map((v) => v.kind))).toEqual(new Set(['refund', 'exchange', 'cap']));
  });

  for (const vector of vectors) {
    it(`${vector.id} (${vector.kind})`, async () => {
      await open(vectorQuery(vector));
      if (!vector.expect.ok) {
        for (const error of vector.expect.errors ?? []) {
          await page.waitForSelector(`.rd-error[data-code="${error.code}"]`);
          const input = error.field ? inputFor[error.field] : undefined;
          if (error.field) expect(input, `a form input for ${error.field}`).toBeDefined();
          if (input) expect(await page.getAttribute(`#${input}`, 'aria-invalid')).toBe('true');
        }
        expect(await page.locator('[data-field="billingRefundAmount"]').count()).toBe(0);
        return;
      }
      await page.waitForSelector('[data-field]');
      for (const [path, expected] of expectedLeaves(vector.expect.value ?? {})) {
        if (path.endsWith('errors')) {
          const codes = await page.$$eval('.rd-verdict [data-code]', (els) =>
            els.map((e) => e.getAttribute('data-code')),
          );
          for (const error of expected as { code: string }[]) expect(codes).toContain(error.code);
          if ((expected as unknown[]).length === 0) expect(codes).toEqual([]);
          continue;
        }
        const element = page.locator(`[data-field="${path}"]`).first();
        expect(await element.count(), `an element with data-field="${path}"`).toBe(1);
        expect(await element.getAttribute('data-value'), path).toBe(String(expected));
      }
      // A list shows exactly its expected entries (their order is checked by index above).
      for (const [path, length] of expectedListLengths(vector.expect.value ?? {})) {
        const shown = await page.$$eval(
          '[data-field]',
          (els, list) =>
            new Set(
              els.flatMap((e) => {
                const field = e.getAttribute('data-field') ?? '';
                return field.startsWith(`${list}[`) ? [field.slice(list.length).split(']')[0]] : [];
              }),
            ).size,
          path,
        );
        expect(shown, `entries of ${path}`).toBe(length);
      }
    });
  }
});
