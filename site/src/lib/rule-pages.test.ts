// Every rule family of the rule book links to a page, in both languages, that carries its anchor.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulePageHref } from './rule-pages.js';

const docs = join(import.meta.dirname, '..', 'content', 'docs');
const rulesMd = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
const families = [...new Set([...rulesMd.matchAll(/\bR-([a-z]+)\b/g)].map((m) => `R-${m[1]}`))];

function frontmatterRules(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const line = /^rules:\s*\[([^\]]*)\]/m.exec(text.split('---')[1] ?? '');
  return line ? line[1]!.split(',').map((r) => r.trim().toLowerCase()) : [];
}

describe('rule links', () => {
  it('knows the rule book families', () => {
    expect(families).toEqual(
      expect.arrayContaining(['R-scope', 'R-time', 'R-cap', 'R-exchange', 'R-gate', 'R-support']),
    );
  });

  for (const locale of ['en', 'ko'] as const) {
    it.each(families)(`%s has a ${locale} page with its anchor`, (family) => {
      const href = rulePageHref(`${family}.1`, locale);
      const match = /^\/(?:ko\/)?([a-z-]+)\/#([a-z-]+)$/.exec(href);
      expect(match, href).not.toBeNull();
      expect(href.startsWith('/ko/')).toBe(locale === 'ko');
      const file = join(docs, locale === 'ko' ? 'ko' : '', `${match![1]}.mdx`);
      expect(frontmatterRules(file)).toContain(match![2]);
    });
  }
});
