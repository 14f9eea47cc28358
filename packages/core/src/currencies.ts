// R-money.1: minor digits of every active ISO 4217 currency, as data. Never from Intl: runtimes disagree (Node and
// Chromium give 0 digits for HUF, IDR, COP and PKR and 0 for IQD, where ISO 4217 says 2 and 3), and an estimate must
// not change with the browser it runs in.
// Source: ISO 4217 List One (current currency and funds code list), column "Minor unit", published by SIX Group, the
// ISO 4217 maintenance agency: https://www.six-group.com/en/products-services/financial-information/data-standards.html
// Codes without a minor unit there (precious metals, XDR, XSU, XUA, bond-market units, XTS, XXX) are not billing
// currencies and are left out.

export const iso4217Source = 'https://www.six-group.com/en/products-services/financial-information/data-standards.html';

const ZERO = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR = 'CLF UYW';
const TWO =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF ' +
  'CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF ' +
  'IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN ' +
  'MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS ' +
  'SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

function table(): ReadonlyMap<string, number> {
  const digits = new Map<string, number>();
  for (const [codes, minor] of [
    [ZERO, 0],
    [TWO, 2],
    [THREE, 3],
    [FOUR, 4],
  ] as const) {
    for (const code of codes.split(' ')) digits.set(code, minor);
  }
  return digits;
}

/** ISO 4217 alphabetic code → minor digits. */
export const minorDigits: ReadonlyMap<string, number> = table();
