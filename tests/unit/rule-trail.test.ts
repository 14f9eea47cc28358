// The trail of every rule of docs/rules.md: core lists it, the site's rule index gives it its own anchor (where the
// calculator and the extension link), and some test cites it. A rule missing anywhere on the trail fails here by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ruleById } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { ruleIndex } from '../../site/src/lib/rule-index.js';
import { rulePageHref } from '../../site/src/lib/rule-pages.js';
import { repoRoot } from '../support/vectors.js';

const ruleIds = [...new Set(readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8').match(/\bR-[a-z]+\.\d+\b/g))];

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(keep);
}

// Test files of the packages, and everything under tests/ but this file and the contract's vectors (a rule cited only
// in a worked case's description is not a test of it).
const packages = join(repoRoot, 'packages');
const testFiles = [
  ...readdirSync(packages).flatMap((pkg) =>
    filesUnder(join(packages, pkg, 'src'), (path) => /\.test\.tsx?$/.test(path)),
  ),
  ...filesUnder(join(repoRoot, 'tests'), (path) => {
    const rel = relative(repoRoot, path);
    return rel !== join('tests', 'unit', 'rule-trail.test.ts') && rel !== join('tests', 'vectors.json');
  }),
].map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));

/** "R-cap.1" appears as itself, not as the start of "R-cap.10". */
const cites = (text: string, id: string) => new RegExp(`${id.replace('.', '\\.')}(?![0-9])`).test(text);

describe('the rule trail', () => {
  it('reads the rule ids of docs/rules.md', () => {
    expect(ruleIds.length).toBeGreaterThan(50);
    expect(ruleIds).toContain('R-cap.5');
  });

  it.each(ruleIds)('%s is in core’s rule index', (id) => {
    expect(ruleById(id)?.id).toBe(id);
  });

  for (const locale of ['en', 'ko'] as const) {
    const rows = new Map(ruleIndex(locale).flatMap((family) => family.rows.map((row) => [row.id, row] as const)));
    it.each(ruleIds)(`%s has its own row on the ${locale} rules page, where its links go`, (id) => {
      const row = rows.get(id);
      expect(row?.anchor).toBe(id.toLowerCase().replace('.', '-'));
      expect(row?.summary).toBeTruthy();
      expect(rulePageHref(id, locale)).toBe(`${locale === 'ko' ? '/ko/' : '/'}rules/#${row?.anchor}`);
    });
  }

  it.each(ruleIds)('%s is cited by at least one test', (id) => {
    expect(testFiles.filter((file) => cites(file.text, id)).map((file) => file.path)).not.toEqual([]);
  });
});
