// One term per concept across every face: no Korean text of the project uses a wording the glossary rules out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { avoidedWordings, glossary } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/vectors.js';

const roots = ['packages/core/src', 'packages/cli/src', 'extension/src', 'extension/_locales', 'site/src'];
const textFile = /\.(ts|tsx|mdx|md|astro|json)$/;
// The glossary itself names the wordings it rules out; tests quote them to check they are absent.
const mayNameAvoided = (path: string) =>
  path === 'packages/core/src/glossary.ts' || path.endsWith('/glossary.mdx') || /\.test\.tsx?$/.test(path);

function files(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && textFile.test(entry.name))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)));
}

describe('Korean wording', () => {
  it('has one Korean term per concept', () => {
    const terms = glossary.map((term) => term.ko);
    expect(new Set(terms).size).toBe(terms.length);
    for (const term of glossary) expect(term.ko).toMatch(/[가-힣]/);
  });

  it('never uses a wording the glossary rules out, in any face', () => {
    const avoided = avoidedWordings();
    const found: string[] = [];
    const scanned = roots.flatMap(files).filter((path) => !mayNameAvoided(path));
    expect(scanned.length).toBeGreaterThan(50);
    for (const path of scanned) {
      // Search keywords in a page's frontmatter may hold the words people type (위약금, 견적): they are not prose.
      const text = readFileSync(join(repoRoot, path), 'utf8').replace(/^keywords:.*$/gm, '');
      for (const { wording, use } of avoided) {
        if (text.includes(wording)) found.push(`${path}: "${wording}" (write "${use}")`);
      }
    }
    expect(found).toEqual([]);
  });
});
