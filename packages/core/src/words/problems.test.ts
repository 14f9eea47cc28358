import { describe, expect, it } from 'vitest';
import { estimateRefund } from '../refund.js';
import { describeProblem, describeRowProblem, problemSentence } from './problems.js';

const reservation = {
  product: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'Upfront',
  start: '2025-01-01',
  quantity: 1,
  price: { amount: '0', currency: 'USD' },
};

describe('describeProblem', () => {
  it('names the field in words, in English with the message’s details and in Korean with the code’s sentence', () => {
    const result = estimateRefund({ date: '2025-02-01', reservation });
    if (result.ok) throw new Error('a zero price was accepted');
    const problem = result.errors.find((e) => e.field === 'reservation.price.amount')!;
    expect(describeProblem(problem, 'en')).toMatch(/^Purchase price: must be /);
    expect(describeProblem(problem, 'en')).not.toContain('reservation.');
    expect(describeProblem(problem, 'ko')).toMatch(/^구매 가격: .*[가-힣]/);
  });

  it('names paths inside a message in words too', () => {
    const problem = {
      code: 'CURRENCY_MISMATCH' as const,
      field: 'returns[1].reservation.price.currency',
      message: 'returns[1].reservation.price.currency is EUR; it must match purchases[0].price.currency',
    };
    expect(describeProblem(problem, 'en')).toBe(
      'Return 2: billing currency: is EUR; it must match "Purchase 1: billing currency"',
    );
  });

  it('leaves the word "reservation" of a sentence or a file name as it is', () => {
    const problem = {
      code: 'INVALID_QUANTITY' as const,
      field: 'reservation.quantity',
      message:
        'quantity of reservation b38cf3da: reservations-az.json item 5 says 3, portal-reservations-semicolon.csv row 5 says 4; before the reservation starts (reservation.start)',
    };
    expect(describeProblem(problem, 'en')).toBe(
      'Units owned: quantity of reservation b38cf3da: reservations-az.json item 5 says 3, portal-reservations-semicolon.csv row 5 says 4; before the reservation starts ("Benefit start date")',
    );
  });

  it('keeps a message whose field core cannot name, and never throws', () => {
    expect(describeProblem({ code: 'INVALID_INPUT', field: 'x', message: 'x must be y' }, 'en')).toBe('x must be y');
    expect(describeProblem({ code: 'NOPE' as never, message: 'odd' }, 'ko')).toBe('odd');
    expect(describeProblem(null as never, 'en')).toBe('');
  });

  it('fills the limit from the policy’s parameters', () => {
    expect(problemSentence('REFUND_LIMIT_EXCEEDED', 'en')).toContain('USD 50,000');
    expect(problemSentence('REFUND_LIMIT_EXCEEDED', 'ko')).toContain('USD 50,000');
    expect(problemSentence('EXCHANGE_NOT_ALLOWED', 'ko')).toContain('2027-02-01');
    expect(problemSentence('NOPE', 'en')).toBe('NOPE');
  });
});

describe('describeRowProblem', () => {
  const problem = {
    file: 'portal-reservations.csv',
    row: 7,
    field: 'Reservation Id',
    code: 'INVALID_ID',
    message: 'Reservation Id: "pending" is not a GUID; the row is not used',
  };
  it('keeps the message in English and puts the file’s column before the code’s sentence in Korean', () => {
    expect(describeRowProblem(problem, 'en')).toBe(problem.message);
    expect(describeRowProblem(problem, 'ko')).toBe(`Reservation Id: ${problemSentence('INVALID_ID', 'ko')}`);
  });
  it('never renames a column as a request field ("quantity" is not the units to return)', () => {
    const conflict = { ...problem, field: 'quantity', code: 'CONFLICT', message: 'quantity of reservation x: …' };
    expect(describeRowProblem(conflict, 'en')).toBe('quantity of reservation x: …');
    expect(describeRowProblem(conflict, 'ko')).toMatch(/^quantity: /);
  });
});

describe('problemSentence', () => {
  it('gives the fix for a common input mistake by its field, an exchange’s returns included, else the code’s', () => {
    expect(problemSentence('INVALID_QUANTITY', 'en', 'reservation.quantity')).toBe(
      'Type a whole number from 1 to 1,000,000.',
    );
    expect(problemSentence('INVALID_QUANTITY', 'ko', 'returns[1].reservation.quantity')).toBe(
      problemSentence('INVALID_QUANTITY', 'ko', 'reservation.quantity'),
    );
    expect(problemSentence('INVALID_AMOUNT', 'ko', 'reservation.price.amount')).toContain('0보다 큰 숫자');
    expect(problemSentence('INVALID_QUANTITY', 'en', 'nowhere')).toBe(problemSentence('INVALID_QUANTITY', 'en'));
  });
});
