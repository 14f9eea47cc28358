// Every rule family of the rule book links to a page, in both languages, that carries its anchor.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFamilyHref, rulePageHref, ruleRowId } from './rule-pages.js';

const docs = join(import.meta.dirname, '..', 'content', 'docs');
const rulesMd = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
const families = [...new Set([...rulesMd.matchAll(/\bR-([a-z]+)\b/g)].map((m) => `R-${m[1]}`))];

function frontmatterRules(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const line = /^rules:\s*\[([^\]]*)\]/m.exec(text.split('---')[1] ?? '');
  return line ? line[1]!.split(',').map((r) => r.trim().toLowerCase()) : [];
}

describe('rule links', () => {
  it('link a rule of the index to its own row, and a family or unknown id to its family page', () => {
    expect(rulePageHref('R-cap.5', 'en')).toBe(`/rules/#${ruleRowId('R-cap.5')}`);
    expect(rulePageHref('R-cap.5', 'ko')).toBe('/ko/rules/#r-cap-5');
    expect(rulePageHref('R-cap', 'ko')).toBe('/ko/refund-limit/#r-cap');
    expect(rulePageHref('R-nothing.9', 'en')).toBe('/policy-versions/#r-nothing');
  });

  it('knows the rule book families', () => {
    expect(families).toEqual(
      expect.arrayContaining(['R-scope', 'R-time', 'R-cap', 'R-exchange', 'R-gate', 'R-support']),
    );
  });

  for (const locale of ['en', 'ko'] as const) {
    it.each(families)(`%s has a ${locale} page with its anchor`, (family) => {
      const href = ruleFamilyHref(`${family}.1`, locale);
      const match = /^\/(?:ko\/)?([a-z-]+)\/#([a-z-]+)$/.exec(href);
      expect(match, href).not.toBeNull();
      expect(href.startsWith('/ko/')).toBe(locale === 'ko');
      const file = join(docs, locale === 'ko' ? 'ko' : '', `${match![1]}.mdx`);
      expect(frontmatterRules(file)).toContain(match![2]);
    });
  }
});
