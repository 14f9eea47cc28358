import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountString,
  currencyDigits,
  exactSmall,
  formatMoney,
  isCanonicalAmount,
  isCurrency,
  messageMoney,
  minorUnits,
  parseAmount,
  parseRate,
  roundHalfAway,
  roundSmall,
  scale,
  smallAmountString,
  smallMinorRead,
  toMoney,
  toUsd,
} from './money.js';

describe('currencies', () => {
  it('take their minor digits from ISO 4217 through Intl', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('KRW')).toBe(0);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('BHD')).toBe(3);
  });
  it('are recognised only as known upper-case codes', () => {
    expect(isCurrency('USD')).toBe(true);
    expect(isCurrency('usd')).toBe(false);
    expect(isCurrency('XQQ')).toBe(false);
  });
});

describe('parseAmount', () => {
  it('accepts up to the minor digits and pads the rest', () => {
    expect(parseAmount('3650', 'USD')).toMatchObject({ minor: 365000n });
    expect(parseAmount('3650.5', 'USD')).toMatchObject({ minor: 365050n });
    expect(parseAmount('1.234', 'BHD')).toMatchObject({ minor: 1234n });
  });
  it('explains what is wrong instead of guessing', () => {
    expect(parseAmount('3650.123', 'USD')).toBe('USD has 2 minor digits: "3650.123" has 3');
    expect(parseAmount('1000.5', 'KRW')).toBe('KRW has no minor unit: "1000.5" must be a whole number');
    expect(parseAmount('1e3', 'USD')).toMatch(/not a decimal number/);
    expect(parseAmount('', 'USD')).toMatch(/not a decimal number/);
  });
  for (const currency of ['USD', 'KRW', 'JPY', 'BHD']) {
    it(`round-trips every ${currency} amount through its contract string`, () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (minor) => {
          const digits = currencyDigits(currency);
          const text = amountString({ minor, currency, digits });
          expect(text.split('.')[1]?.length ?? 0).toBe(digits);
          expect(parseAmount(text, currency)).toEqual({ minor, currency, digits });
        }),
      );
    });
  }
});

describe('rounding', () => {
  it('rounds half away from zero', () => {
    expect(roundHalfAway(5n, 2n)).toBe(3n);
    expect(roundHalfAway(-5n, 2n)).toBe(-3n);
    expect(roundHalfAway(7n, 3n)).toBe(2n);
    expect(roundHalfAway(4n, 3n)).toBe(1n);
    expect(roundHalfAway(5n, -2n)).toBe(-3n);
  });
  it('scales once, exactly', () => {
    expect(scale({ minor: 365000n, currency: 'USD', digits: 2 }, 73n, 365n).minor).toBe(73000n);
  });
  it('converts to USD cents at a decimal rate (R-cap.3)', () => {
    const rate = parseRate('0.00072');
    if (typeof rate === 'string') throw new Error(rate);
    expect(toUsd({ minor: 983562n, currency: 'KRW', digits: 0 }, rate)).toMatchObject({
      minor: 70816n,
      currency: 'USD',
    });
    expect(parseRate('0')).toMatch(/greater than zero/);
    expect(parseRate('-1')).toMatch(/not a positive decimal/);
  });
});

describe('formatMoney', () => {
  it('formats exactly, beyond what a double can hold', () => {
    expect(formatMoney({ amount: '12345678901234567.89', currency: 'USD' }, 'en')).toBe(
      'USD\u00a012,345,678,901,234,567.89',
    );
  });
  it('follows the locale and the currency digits', () => {
    expect(formatMoney({ amount: '983562', currency: 'KRW' }, 'ko')).toMatch(/983,562$/);
    expect(formatMoney({ amount: '-0.01', currency: 'USD' }, 'en')).toMatch(/^-USD.0\.01$/);
  });
});

describe('minor digits from the ISO 4217 table (R-money.1)', () => {
  it('follows ISO 4217, not the runtime', () => {
    for (const code of ['HUF', 'IDR', 'COP', 'PKR', 'USD', 'EUR']) expect(currencyDigits(code)).toBe(2);
    for (const code of ['IQD', 'BHD', 'KWD']) expect(currencyDigits(code)).toBe(3);
    for (const code of ['KRW', 'JPY', 'CLP']) expect(currencyDigits(code)).toBe(0);
    expect(isCurrency('HUF')).toBe(true);
    expect(isCurrency('XAU')).toBe(false);
    expect(isCurrency('usd')).toBe(false);
  });

  it('reads HUF with its two decimals', () => {
    expect(parseAmount('1234.56', 'HUF')).toMatchObject({ minor: 123456n, digits: 2 });
  });

  it('refuses amounts and rates longer than 30 digits at once', () => {
    expect(parseAmount('9'.repeat(30), 'USD')).toMatchObject({ minor: BigInt('9'.repeat(30)) * 100n });
    expect(parseAmount('9'.repeat(31), 'USD')).toMatch(/31 digits; at most 30/);
    expect(parseAmount(`1.${'0'.repeat(30)}`, 'USD')).toMatch(/at most 30/);
    expect(parseRate('1'.repeat(31))).toMatch(/at most 30/);
  });
});

describe('messageMoney', () => {
  it('writes what formatMoney writes in English, with a plain space', () => {
    for (const currency of ['USD', 'KRW', 'BHD', 'CLF']) {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }),
            fc.bigInt({ min: -(10n ** 32n), max: 10n ** 32n }),
          ),
          (minor) => {
            const amount = { minor, currency, digits: currencyDigits(currency) };
            expect(messageMoney(amount)).toBe(formatMoney(toMoney(amount), 'en').replace(/\u00a0/g, ' '));
          },
        ),
        { numRuns: 300 },
      );
    }
    expect(messageMoney({ minor: -1_000_000n, currency: 'USD', digits: 2 })).toBe('-USD 10,000.00');
    expect(messageMoney({ minor: 5_010_000n, currency: 'USD', digits: 2 })).toBe('USD 50,100.00');
  });
});

describe('parseAmount without a regex (the common case)', () => {
  it('reads what the regex reads, up to 15 digits and past them', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^-?\d{1,18}(\.\d{0,5})?$/),
        fc.constantFrom('USD', 'KRW', 'BHD', 'CLF'),
        (text, currency) => {
          const digits = currencyDigits(currency);
          const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
          const parsed = parseAmount(text, currency);
          if (!match || (match[3] ?? '').length > digits) {
            expect(typeof parsed).toBe('string');
          } else {
            const minor = BigInt(`${match[2]}${(match[3] ?? '').padEnd(digits, '0')}`);
            expect(parsed).toEqual({ minor: match[1] === '-' ? -minor : minor, currency, digits });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('isCanonicalAmount', () => {
  it('is true exactly when the text read is what amountString prints', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^-?\d{1,6}(\.\d{0,4})?$/),
        fc.constantFrom('USD', 'KRW', 'BHD', 'CLF'),
        (text, currency) => {
          const parsed = parseAmount(text, currency);
          if (typeof parsed === 'string' || parsed.minor < 0n) return;
          expect(isCanonicalAmount(text, parsed.digits)).toBe(amountString(parsed) === text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('small-integer arithmetic (the exact number path of the hot paths)', () => {
  it('rounds like roundHalfAway within its bound, near 2^53 too', () => {
    const within = fc
      .tuple(fc.bigInt({ min: 0n, max: 2n ** 51n }), fc.bigInt({ min: 1n, max: 2n ** 31n }))
      .filter(([num, den]) => 2n * num + 3n * den < 2n ** 53n);
    fc.assert(
      fc.property(within, ([num, den]) => {
        expect(BigInt(roundSmall(Number(num), Number(den)))).toBe(roundHalfAway(num, den));
      }),
      { numRuns: 3000 },
    );
    // Halves, exact quotients and a quotient just below an integer at the top of the range.
    for (const [num, den] of [
      [5n, 2n],
      [7n, 2n],
      [6n, 3n],
      [2n ** 51n - 1n, 2n ** 31n - 1n],
      [2n ** 51n, 3n],
      [2n ** 51n - 2n, 2n ** 30n],
    ] as const) {
      expect(BigInt(roundSmall(Number(num), Number(den)))).toBe(roundHalfAway(num, den));
    }
  });
  it('prints what amountString prints', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 52n) + 1n, max: 2n ** 52n - 1n }),
        fc.integer({ min: 0, max: 4 }),
        (minor, digits) => {
          expect(smallAmountString(Number(minor), digits)).toBe(amountString({ minor, currency: 'X', digits }));
        },
      ),
      { numRuns: 3000 },
    );
    expect(smallAmountString(5, 2)).toBe('0.05');
    expect(smallAmountString(-1234, 3)).toBe('-1.234');
  });
  it('converts a bigint back only when it is small, and keeps the number parseAmount read', () => {
    expect(exactSmall(2n ** 53n)).toBe(2 ** 53);
    expect(exactSmall(2n ** 53n + 1n)).toBeNaN();
    const amount = parseAmount('3650.5', 'USD');
    if (typeof amount === 'string') throw new Error(amount);
    expect(smallMinorRead(amount)).toBe(365050);
    parseAmount('1', 'USD');
    expect(smallMinorRead(amount)).toBeNaN();
    const long = parseAmount('1234567890123456', 'KRW');
    if (typeof long === 'string') throw new Error(long);
    expect(smallMinorRead(long)).toBeNaN();
  });
});

describe('minorUnits', () => {
  it('reads a contract amount as exact minor units, or nothing', () => {
    expect(minorUnits(' 100 ', 'USD')).toBe(10000n);
    expect(minorUnits('9007199254740993.01', 'USD')).toBe(900719925474099301n);
    expect(minorUnits('1.005', 'USD')).toBeUndefined();
    expect(minorUnits('1234', 'KRW')).toBe(1234n);
  });
});
