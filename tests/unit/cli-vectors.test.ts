// The contract's worked cases (tests/vectors.json), read at test time, run through the real built command.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const vectorsPath = resolve(repoRoot, 'tests', 'vectors.json');
const bin = resolve(repoRoot, 'packages', 'cli', 'bin', 'refund-desk.js');

interface Vector {
  id: string;
  source: string;
  kind: 'refund' | 'exchange' | 'cap' | 'checklist';
  request: unknown;
  expect: { ok: boolean } & Record<string, unknown>;
}

const vectors: Vector[] = JSON.parse(readFileSync(vectorsPath, 'utf8')).vectors;

/** Every 4th case, plus the first of any kind that sampling missed, so each command is run at least once. */
function sample(all: Vector[]): Vector[] {
  const chosen = all.filter((_, index) => index % 4 === 0);
  for (const vector of all) {
    if (!chosen.some((other) => other.kind === vector.kind)) chosen.push(vector);
  }
  return chosen;
}

function runCommand(kind: string, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, kind, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/**
 * Where `actual` departs from the partial `expected`: every given field must match exactly; a list of problems
 * must hold an entry with each given code (and field, when given); other lists match item by item.
 */
function mismatches(actual: unknown, expected: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (expected.every(isProblemPattern)) {
      return expected.flatMap((want, index) =>
        actual.some(
          (got) => isRecord(got) && got.code === want.code && (want.field === undefined || got.field === want.field),
        )
          ? []
          : [`${path}[${index}]: no problem ${JSON.stringify(want)} in ${JSON.stringify(actual)}`],
      );
    }
    if (actual.length !== expected.length) return [`${path}: ${actual.length} items, expected ${expected.length}`];
    return expected.flatMap((item, index) => mismatches(actual[index], item, `${path}[${index}]`));
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) => mismatches(actual[key], value, `${path}.${key}`));
  }
  return Object.is(actual, expected)
    ? []
    : [`${path}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProblemPattern(value: unknown): value is { code: string; field?: string } {
  return isRecord(value) && typeof value.code === 'string';
}

describe('the partial matcher', () => {
  it('accepts what the vectors allow and rejects the rest', () => {
    const actual = {
      ok: false,
      errors: [
        { code: 'INVALID_DATE', field: 'date', message: 'm' },
        { code: 'X', message: 'n' },
      ],
    };
    expect(mismatches(actual, { ok: false, errors: [{ code: 'X' }, { code: 'INVALID_DATE', field: 'date' }] })).toEqual(
      [],
    );
    expect(mismatches(actual, { errors: [{ code: 'INVALID_DATE', field: 'start' }] })).toHaveLength(1);
    expect(mismatches({ a: { b: '1.00' } }, { a: { b: '1.0' } })).toEqual(['$.a.b: "1.00", expected "1.0"']);
    expect(mismatches({ list: [{ d: 1 }, { d: 2 }] }, { list: [{ d: 1 }] })).toEqual(['$.list: 2 items, expected 1']);
  });
});

describe('refund-desk against tests/vectors.json', () => {
  it('finds the built command and the vectors', () => {
    expect(existsSync(bin), 'run `pnpm run build:lib` first').toBe(true);
    expect(new Set(sample(vectors).map((vector) => vector.kind))).toEqual(
      new Set(vectors.map((vector) => vector.kind)),
    );
  });

  it.each(sample(vectors).map((vector) => [`${vector.id} ${vector.kind}: ${vector.source}`, vector] as const))(
    '%s',
    async (_name, vector) => {
      const { code, stdout, stderr } = await runCommand(vector.kind, JSON.stringify(vector.request));
      expect(stderr).toBe('');
      expect(code).toBe(vector.expect.ok ? 0 : 2);
      expect(mismatches(JSON.parse(stdout), vector.expect)).toEqual([]);
    },
  );
});
