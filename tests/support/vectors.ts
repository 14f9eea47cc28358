// Reads tests/vectors.json (the repository's copy of the worked cases) and checks partial expectations.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const vectorsPath = resolve(repoRoot, 'tests', 'vectors.json');

export interface Vector {
  id: string;
  source: string;
  kind: 'refund' | 'exchange' | 'cap' | 'checklist';
  request: unknown;
  expect: unknown;
}

export function loadVectors(): Vector[] {
  return (JSON.parse(readFileSync(vectorsPath, 'utf8')) as { vectors: Vector[] }).vectors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Mismatches between `actual` and the partial `expected` (empty when it matches), as vectors.json's `about` says: every
 * field given must match exactly. An array of errors must contain an entry matching each expected entry (code, and field
 * when given), in any order. Any other array (refills, steps…) is part of the contract in full: the same length, and
 * each entry matching the expected one at the same place.
 */
export function mismatches(actual: unknown, expected: unknown, path = ''): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (/(?:^|\.)errors$/.test(path)) return containsEach(actual, expected, path);
    if (actual.length !== expected.length) {
      return [`${path}: expected ${expected.length} entries, got ${actual.length}: ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((item, index) => mismatches(actual[index], item, `${path}[${index}]`));
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      mismatches(actual[key], value, path ? `${path}.${key}` : key),
    );
  }
  return Object.is(actual, expected)
    ? []
    : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/** Errors: each expected entry matches some actual entry; an expected [] means none at all. */
function containsEach(actual: unknown[], expected: unknown[], path: string): string[] {
  if (expected.length === 0) return actual.length === 0 ? [] : [`${path}: expected [], got ${JSON.stringify(actual)}`];
  return expected.flatMap((item, index) =>
    actual.some((candidate) => mismatches(candidate, item).length === 0)
      ? []
      : [`${path}[${index}]: no entry matches ${JSON.stringify(item)} in ${JSON.stringify(actual)}`],
  );
}
