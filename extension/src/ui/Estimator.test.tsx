import { describeProblem, policyById } from '@refund-desk/core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyInputs, type RefundRecord, type ReservationInputs } from '../shapes';
import { Estimator, type EstimatorStore } from './Estimator';
import { formWords } from './form-words';
import { setLang } from './i18n';
import { estimateModel } from './model';

// The real core computes; only persistence is an in-memory map here (the browser's storage is exercised end to end).
function memoryStore(saved: ReservationInputs | null): EstimatorStore & { saved: ReservationInputs | null } {
  const store = {
    saved,
    load: async () => store.saved,
    save: async (inputs: ReservationInputs) => {
      store.saved = inputs;
    },
    compute: async (inputs: ReservationInputs, date: string) =>
      estimateModel(inputs, {}, date, [], { policy: 'auto', whatIfFee: false }, 'en', 'required'),
  };
  return store;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

describe('Estimator', () => {
  afterEach(() => {
    render(null, document.body);
  });

  it('labels every control and names the field of each error', async () => {
    setLang('en');
    render(<Estimator idPrefix="t" store={memoryStore(null)} words={formWords('en')} />, document.body);
    await settle();
    expect(document.querySelectorAll('input, select').length).toBeGreaterThan(10);
    for (const control of document.querySelectorAll('input, select')) {
      expect(document.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    const price = document.getElementById('t-price')!;
    expect(price.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(price.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Purchase price: required',
    );
    expect(document.querySelector('label[for="t-price"]')?.textContent).toBe('Purchase price (whole term, all units)');
  });

  it('shows the estimate for complete inputs and saves what is typed', async () => {
    setLang('en');
    const inputs = {
      ...emptyInputs(),
      product: 'virtual-machines',
      term: 'P3Y',
      start: '2025-01-07',
      quantity: '2',
      price: '3650',
    };
    const store = memoryStore(inputs);
    render(<Estimator idPrefix="t" store={store} words={formWords('en')} />, document.body);
    await settle();
    const date = document.getElementById('t-date') as HTMLInputElement;
    date.value = '2026-03-01';
    date.dispatchEvent(new Event('input'));
    await settle();
    const expected = await store.compute(inputs, '2026-03-01');
    if (!expected.ok) throw new Error('core refused the inputs');
    const refundNow = expected.value.figures.find((figure) => figure.path === 'billingRefundAmount');
    expect(refundNow?.label).toBe('Refund paid back now');
    expect(document.querySelector('[data-testid="refund-now"]')?.textContent).toBe(refundNow?.value);
    expect(document.querySelectorAll('[data-testid="explanation"] li').length).toBe(expected.value.explanation.length);

    const quantity = document.getElementById('t-quantity') as HTMLInputElement;
    quantity.value = '3';
    quantity.dispatchEvent(new Event('input'));
    await settle();
    expect(store.saved?.quantity).toBe('3');
  });

  it("shows core's problems and policy title in the agent's language", () => {
    const inputs = {
      ...emptyInputs(),
      product: 'virtual-machines',
      term: 'P3Y',
      start: '2025-01-07',
      quantity: '2.5',
      price: '3650',
    };
    const settings = { policy: 'auto', whatIfFee: false } as const;
    const english = estimateModel(inputs, {}, '2026-03-01', [], settings, 'en', 'required');
    const korean = estimateModel(inputs, {}, '2026-03-01', [], settings, 'ko', '필수 입력');
    if (english.ok || korean.ok) throw new Error('core accepted 2.5 units');
    expect(english.errors).toEqual([{ field: 'quantity', message: expect.stringContaining('2.5') }]);
    const sentence = describeProblem({ code: 'INVALID_QUANTITY', field: 'reservation.quantity', message: '' }, 'ko');
    expect(sentence).toMatch(/^보유 수량: 1부터 1,000,000까지의 정수/);
    expect(english.errors[0]?.message).toMatch(/^Units owned: /);
    expect(korean.errors).toEqual([{ field: 'quantity', message: sentence }]);

    const whole = estimateModel({ ...inputs, quantity: '2' }, {}, '2026-03-01', [], settings, 'ko', '필수 입력');
    if (!whole.ok) throw new Error('core refused the inputs');
    expect(whole.value.policy.title).toBe(policyById(whole.value.policy.id)?.ko.title);
    expect(whole.value.policy.title).toMatch(/[가-힣]/);
    // With a published site (set at build time), the policy links to its row on the Korean versions page.
    expect(whole.value.policy.page).toBe(`https://refund-desk.example/ko/policy-versions/#${whole.value.policy.id}`);
  });

  it('says when only the canceled future payments refuse it (R-cap.2), and sizes the savings plan (R-exchange.7)', () => {
    const inputs = {
      ...emptyInputs(),
      product: 'virtual-machines',
      term: 'P3Y',
      billingPlan: 'Monthly',
      start: '2025-01-01',
      quantity: '1',
      price: '36000',
    };
    const settings = { policy: 'auto', whatIfFee: false } as const;
    const earlier = [{ id: 'r1', tenantId: 't', date: '2025-03-01', amount: '20100.00' }];
    const refused = estimateModel(inputs, {}, '2025-07-02', earlier, settings, 'en', 'required');
    if (!refused.ok) throw new Error('core refused the inputs');
    expect(refused.value.allowed).toBe(false);
    expect(refused.value.estimate.policyResult.refusedByFuturePayments).toBe(true);
    expect(refused.value.portalMayAccept).toMatch(/may still accept/);
    const fits = estimateModel(inputs, {}, '2025-07-02', [], settings, 'ko', '필수 입력');
    if (!fits.ok) throw new Error('core refused the inputs');
    expect(fits.value.portalMayAccept).toBeNull();
    expect(fits.value.figures.map((figure) => figure.label)).toContain('USD 50,000 한도에 계산되는 금액');
    expect(fits.value.exchangeFigures.map((figure) => figure.path)).toEqual([
      'minimumSavingsPlanHourly.P1Y',
      'minimumSavingsPlanHourly.P3Y',
    ]);
    expect(fits.value.exchangeFigures[0]?.label).toBe('최소 시간당 절약 플랜 약정 (1년)');
  });

  it("records a refund made as estimated in the customer's ledger, counting policyResult.capUse", async () => {
    setLang('en');
    const tenant = '11111111-2222-4333-8444-555555555555';
    const inputs = {
      ...emptyInputs(),
      product: 'virtual-machines',
      term: 'P3Y',
      billingPlan: 'Monthly',
      start: '2025-01-01',
      quantity: '1',
      price: '36000',
      customer: tenant,
    };
    const ledger: RefundRecord[] = [];
    const store = {
      ...memoryStore(inputs),
      compute: async (typed: ReservationInputs, date: string) =>
        estimateModel(typed, {}, date, ledger, { policy: 'auto', whatIfFee: false }, 'en', 'required'),
      record: async (refund: RefundRecord) => {
        ledger.push(refund);
      },
    };
    render(<Estimator idPrefix="t" store={store} words={formWords('en')} />, document.body);
    await settle();
    const date = document.getElementById('t-date') as HTMLInputElement;
    date.value = '2025-07-02';
    date.dispatchEvent(new Event('input'));
    await settle();
    const expected = await store.compute(inputs, '2025-07-02');
    if (!expected.ok) throw new Error('core refused the inputs');
    const button = document.querySelector<HTMLButtonElement>('[data-testid="record-refund"]');
    expect(button?.textContent).toContain(expected.value.estimate.policyResult.capUse.amount);
    button?.click();
    await settle();
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({
      tenantId: tenant,
      date: '2025-07-02',
      amount: expected.value.estimate.policyResult.capUse.amount,
    });
    expect(ledger[0]?.note).toContain('policyResult.capUse');
    // The recorded refund now counts: the same refund again would not fit under the limit.
    expect(document.querySelector('[data-testid="verdict"]')?.textContent).toMatch(/^Refund refused/);
  });
});
