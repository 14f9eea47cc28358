import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import ko from '../../_locales/ko/messages.json';
import { setLang, t } from './i18n';

describe('message catalogs', () => {
  it('have the same keys and the same placeholders in English and Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    const holes = (text: string) => (text.match(/\$\d/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(holes(ko[key].message), key).toEqual(holes(en[key].message));
      expect(ko[key].message.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders in the chosen language', () => {
    setLang('ko');
    expect(t('headroomOf', 'A', 'B')).toBe('B 중 A');
    setLang('en');
    expect(t('headroomOf', 'A', 'B')).toBe('A of B');
  });
});
