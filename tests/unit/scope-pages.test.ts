// R-scope is about people, not money: the site's pages state it in both languages. Each check reads the paragraph that
// cites the rule and looks for the facts the rule book gives, so a page that drops or garbles one fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/vectors.js';

const docs = join(repoRoot, 'site', 'src', 'content', 'docs');
const page = (locale: 'en' | 'ko', name: string) =>
  readFileSync(join(docs, locale === 'ko' ? 'ko' : '', `${name}.mdx`), 'utf8');

/** The paragraphs of a page that cite `rule`. */
function citing(text: string, rule: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => new RegExp(`${rule.replace('.', '\\.')}(?![0-9])`).test(paragraph))
    .join('\n')
    .replace(/\s+/g, ' ');
}

/** Rows of the Partner Center roles table: role (English name), listed in 2020, listed now. */
function roleRows(text: string): [string, boolean, boolean][] {
  return text
    .split('\n')
    .filter((line) => /^\|.*\|$/.test(line) && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => {
      const [role = '', then = '', now = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      const english = /\(([^)]+)\)/.exec(role)?.[1] ?? role;
      const yes = (cell: string) => cell === 'Yes' || cell === '예';
      return [english, yes(then), yes(now)];
    });
}

const words = {
  en: {
    partner: 'partner',
    owner: 'Owner',
    admin: 'Reservation administrator',
    billing: 'billing profile',
    enrollment: 'enrollment',
  },
  ko: { partner: '파트너', owner: '소유자', admin: '예약 관리자', billing: '청구 프로필', enrollment: '등록' },
};

describe.each(['en', 'ko'] as const)('R-scope on the %s pages', (locale) => {
  const who = page(locale, 'who-it-applies-to');
  const roles = page(locale, 'roles-and-permissions');
  const w = words[locale];

  it('R-scope.1: the customer asks its partner, who acts for it', () => {
    expect(citing(who, 'R-scope.1')).toContain(w.partner);
    expect(citing(roles, 'R-scope.1')).toContain(w.partner);
  });

  it('R-scope.2: both role lists, with Global admin only in the 2020 one', () => {
    const rows = roleRows(roles);
    expect(rows.map(([role]) => role)).toEqual([
      'Admin agent',
      'Global admin',
      'Helpdesk agent',
      'Sales agent',
      'User management admin',
    ]);
    expect(rows.every(([, then]) => then)).toBe(true);
    expect(rows.filter(([, , now]) => !now).map(([role]) => role)).toEqual(['Global admin']);
  });

  it('R-scope.3: Owner or Reservation administrator of the reservation order', () => {
    for (const text of [citing(who, 'R-scope.3'), citing(roles, 'R-scope.3')]) {
      expect(text).toContain(w.owner);
      expect(text).toContain(w.admin);
    }
  });

  it('R-scope.4: Microsoft refunds the partner, and the partner settles with its customer', () => {
    const text = citing(who, 'R-scope.4');
    expect(text).toContain('Microsoft');
    expect(text).toContain(w.partner);
  });

  it('R-scope.5: other agreements count the limit per billing profile or enrollment', () => {
    const text = citing(who, 'R-scope.5');
    expect(text).toContain(w.billing);
    expect(text).toContain(w.enrollment);
  });
});
