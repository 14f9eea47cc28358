// The rule index page lists every rule of core once, at the anchor rulePageHref links to, with its words and sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { ruleIndex } from './rule-index.js';
import { rulePageHref } from './rule-pages.js';

const docs = join(import.meta.dirname, '..', 'content', 'docs');

describe('rule index', () => {
  for (const locale of ['en', 'ko'] as const) {
    const families = ruleIndex(locale);
    const rows = families.flatMap((family) => family.rows);

    it(`has one row per rule of core, in core's order, in ${locale}`, () => {
      expect(rows.map((row) => row.id)).toEqual(rules.map((rule) => rule.id));
      expect(rows.map((row) => row.summary)).toEqual(rules.map((rule) => rule[locale]));
      expect(new Set(families.map((f) => f.family)).size).toBe(families.length);
    });

    it(`gives each row the anchor rulePageHref links to, once, in ${locale}`, () => {
      const prefix = locale === 'ko' ? '/ko/rules/#' : '/rules/#';
      for (const row of rows) expect(`${prefix}${row.anchor}`).toBe(rulePageHref(row.id, locale));
      const ids = [...rows.map((row) => row.anchor), ...families.map((f) => f.family.toLowerCase())];
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`links the sources that have an address, in ${locale}`, () => {
      const s1 = rows.find((row) => row.id === 'R-cap.1')!.sources.find((source) => source.id === 'S1');
      expect(s1?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      for (const row of rows)
        expect(row.sources.map((s) => s.id)).toEqual([...rules.find((r) => r.id === row.id)!.sources]);
    });

    it(`is rendered on the ${locale} rules page`, () => {
      const page = readFileSync(join(docs, locale === 'ko' ? 'ko' : '', 'rules.mdx'), 'utf8');
      expect(page).toContain(`<RuleIndex locale="${locale}" />`);
    });
  }
});
