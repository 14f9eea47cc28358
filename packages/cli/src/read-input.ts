import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { decodeText } from './input/decode-file.js';
import { maxJsonDepth, nestsDeeperThan } from './input/json-text.js';

export type JsonInput = { ok: true; value: unknown } | { ok: false; message: string };
export type BytesInput = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Reads a whole JSON document from a file, or from `stdin` when the path is "-" or absent. */
export async function readJsonInput(
  path: string | undefined,
  io: { stdin: Readable; stderr: Writable; cwd: string },
): Promise<JsonInput> {
  const fromStdin = path === undefined || path === '-';
  const source = fromStdin ? 'standard input' : path;
  let bytes: Uint8Array;
  try {
    bytes = fromStdin ? await readAll(io.stdin, io.stderr) : await readFile(resolve(io.cwd, path));
  } catch (error) {
    return { ok: false, message: `cannot read ${source}: ${describeError(error)}` };
  }
  return parseJsonBytes(bytes, source);
}

/** A JSON file named on the command line (--ledger, --into, a book, --candidates); `source` names it in messages. */
export async function readJsonFile(path: string, cwd: string, source: string): Promise<JsonInput> {
  const read = await readBytes(path, cwd);
  if (!read.ok) return { ok: false, message: `${source}: ${read.message}` };
  return parseJsonBytes(read.bytes, source);
}

export async function readBytes(path: string, cwd: string): Promise<BytesInput> {
  try {
    return { ok: true, bytes: await readFile(resolve(cwd, path)) };
  } catch (error) {
    return { ok: false, message: `cannot read the file: ${describeError(error)}` };
  }
}

/**
 * UTF-8 (or UTF-16 with a BOM), checked byte by byte: a bad byte would otherwise turn into U+FFFD and change the
 * request silently.
 */
export function parseJsonBytes(bytes: Uint8Array, source: string): JsonInput {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: `${source}: ${decoded.message}` };
  return parseJson(decoded.text, source);
}

export function parseJson(text: string, source: string): JsonInput {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: `${source} is empty: expected a JSON document` };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // A parser that recurses runs out of stack on deep nesting: that is the input's fault, not ours.
    if (error instanceof RangeError) return { ok: false, message: tooDeep(source) };
    return { ok: false, message: `${source} is not valid JSON: ${describeError(error)}` };
  }
  if (nestsDeeperThan(value, maxJsonDepth)) return { ok: false, message: tooDeep(source) };
  return { ok: true, value };
}

function tooDeep(source: string): string {
  return `${source} nests arrays or objects more than ${maxJsonDepth} levels deep`;
}

async function readAll(stream: Readable, stderr: Writable): Promise<Buffer> {
  // Someone typing at a terminal should know the command is waiting for them (stdout stays clean).
  if ((stream as Readable & { isTTY?: boolean }).isTTY) {
    stderr.write('refund-desk: reading the JSON request from standard input (end it with Ctrl-D)\n');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
    return error.message;
  }
  return String(error);
}
