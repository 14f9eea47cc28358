import { describe, expect, it } from 'vitest';
import { describeProblem, explain } from './explain.js';
import { en } from './messages/en.js';
import { ko } from './messages/ko.js';
import { estimateRefund } from './refund.js';

const monthly = {
  date: '2025-01-15',
  reservation: {
    product: 'virtual-machines',
    term: 'P3Y',
    billingPlan: 'Monthly',
    start: '2024-01-15',
    quantity: 1,
    price: { amount: '3600.00', currency: 'USD' },
  },
};

describe('explain', () => {
  it('writes one English sentence per step, money formatted for the reader', () => {
    const result = estimateRefund(monthly);
    if (!result.ok) throw new Error('expected ok');
    const lines = explain(result.value.steps, 'en');
    expect(lines).toHaveLength(result.value.steps.length);
    expect(lines).toContain(
      'The 12 payments not yet due are canceled: USD\u00a02,300.00 of commitment.'.replace('12', '23'),
    );
  });

  it('writes natural Korean with the project’s terms', () => {
    const result = estimateRefund(monthly);
    if (!result.ok) throw new Error('expected ok');
    const text = explain(result.value.steps, 'ko').join('\n');
    expect(text).toContain('취소된 약정');
    expect(text).toContain('12개월 롤링 기간');
    expect(text).toContain('일할 계산');
    expect(text).toContain('2,300.00');
    expect(text).toContain('Azure 셀프 서비스 환불(수수료 없음, 낮은 가격 기준)');
    expect(text).not.toContain('Azure self-service refunds');
  });

  it('never uses the source page’s machine-translation errors in Korean', () => {
    const texts = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(texts);
    const all = texts(ko).join('\n');
    expect(all).not.toContain('전문 등급');
    // "Exchange" untranslated for an exchange: only the portal's own label "Exchanges and refunds" may appear, in brackets.
    expect(all.replace(/\(Exchanges and refunds\)/g, '')).not.toMatch(/Exchange/);
    expect(all).not.toMatch(/[^가-힣]교환권/);
  });

  it('has the same keys in both catalogs', () => {
    expect(Object.keys(ko.steps).sort()).toEqual(Object.keys(en.steps).sort());
    expect(Object.keys(ko.checklist.items).sort()).toEqual(Object.keys(en.checklist.items).sort());
  });

  it('keeps placeholders consistent between languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en.steps)) {
      expect(names(ko.steps[key as keyof typeof ko.steps]), key).toEqual(names(text));
    }
  });

  it('quotes the fee rate and the limit from the parameters of the steps’ policy (R-fee.1, R-fee.2, R-cap.5)', () => {
    const upfront = { ...monthly.reservation, billingPlan: 'Upfront', term: 'P1Y' };
    const charged = estimateRefund({ date: '2024-03-01', reservation: upfront, policy: 'csp-2018-10' });
    const whatIf = estimateRefund({ date: '2024-03-01', reservation: upfront, fee: 'charge' });
    if (!charged.ok || !whatIf.ok) throw new Error('expected ok');
    expect(explain(charged.value.steps, 'en').join('\n')).toMatch(/A 12 % early termination fee of/);
    expect(explain(charged.value.steps, 'ko').join('\n')).toMatch(/12% 조기 해지 수수료/);
    expect(explain(whatIf.value.steps, 'en').join('\n')).toMatch(/What-if: a 12 % fee of/);
    expect(explain(whatIf.value.steps, 'en').join('\n')).toMatch(/Within the USD 50,000 limit/);
    for (const line of explain(charged.value.steps, 'ko')) expect(line).not.toMatch(/\{\w+\}/);
  });

  it('never says an amount "is paid back" when the estimate is refused (R-cap.5, R-gate.1)', () => {
    const upfront = { ...monthly.reservation, billingPlan: 'Upfront', term: 'P1Y', start: '2025-01-01' };
    const allowed = estimateRefund({ date: '2025-04-10', reservation: upfront });
    const redHat = estimateRefund({ date: '2025-04-10', reservation: { ...upfront, product: 'red-hat-plan' } });
    const overLimit = estimateRefund({
      date: '2025-04-10',
      reservation: { ...upfront, price: { amount: '80000.00', currency: 'USD' } },
      policy: 'csp-2018-10',
    });
    if (!allowed.ok || !redHat.ok || !overLimit.ok) throw new Error('expected ok');
    expect(redHat.value.allowed).toBe(false);
    expect(overLimit.value.allowed).toBe(false);
    expect(explain(allowed.value.steps, 'en').join('\n')).toMatch(/ is paid back\./);
    for (const refused of [redHat.value, overLimit.value]) {
      const en = explain(refused.steps, 'en').join('\n');
      expect(en).not.toMatch(/is paid back/);
      expect(en).toMatch(/would be paid back if it were allowed/);
      expect(explain(refused.steps, 'ko').join('\n')).toMatch(/환불이 허용된다면/);
    }
  });

  it('words a refused fee step with the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(ko.refusedSteps).sort()).toEqual(Object.keys(en.refusedSteps).sort());
    for (const [key, text] of Object.entries(en.refusedSteps)) {
      expect(Object.keys(en.steps), key).toContain(key);
      expect(names(text), key).toEqual(names(en.steps[key as keyof typeof en.steps]));
      expect(names(ko.refusedSteps[key as keyof typeof ko.refusedSteps]), key).toEqual(names(text));
    }
  });

  it('names a term in words, never by its code', () => {
    const step = {
      rule: 'R-time.2',
      key: 'time.term',
      params: { term: 'P3Y', start: '2025-01-01', end: '2028-01-01', termDays: 1095 },
    };
    expect(explain([step], 'en')[0]).toMatch(/^The term of 3 years runs/);
    expect(explain([step], 'ko')[0]).toMatch(/^3년 약정 기간은/);
    expect(explain([step], 'en')[0]).not.toContain('P3Y');
  });

  it('shows unknown steps by rule and key and never throws on junk', () => {
    expect(explain([{ rule: 'R-x.1', key: 'nope', params: {} }], 'en')).toEqual(['R-x.1: nope']);
    expect(explain(null as never, 'ko')).toEqual([]);
    expect(explain([null, 3] as never, 'en')).toEqual(['', '']);
    expect(explain([{ rule: { toString: 0 }, key: 'x', params: {} }] as never, 'en')).toEqual([': x']);
  });
});

describe('describeProblem', () => {
  it('gives a Korean sentence for every error code, and the precise message in English, the field named in words', () => {
    const codes = Object.keys(en.problems);
    expect(Object.keys(ko.problems).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const problem = { code: code as never, field: 'reservation.start', message: 'reservation.start must be y' };
      expect(describeProblem(problem, 'ko')).toMatch(/^혜택 시작일: .*[가-힣]/);
      expect(describeProblem(problem, 'en')).toBe('Benefit start date: must be y');
    }
  });
});
