import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export type JsonInput = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads a whole JSON document from a file, or from `stdin` when the path is "-" or absent. */
export async function readJsonInput(
  path: string | undefined,
  io: { stdin: Readable; stderr: Writable; cwd: string },
): Promise<JsonInput> {
  const fromStdin = path === undefined || path === '-';
  const source = fromStdin ? 'standard input' : path;
  let text: string;
  try {
    text = fromStdin ? await readAll(io.stdin, io.stderr) : await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read ${source}: ${describeError(error)}` };
  }
  return parseJson(text, source);
}

export function parseJson(text: string, source: string): JsonInput {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: `${source} is empty: expected one JSON request` };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, message: `${source} is not valid JSON: ${describeError(error)}` };
  }
}

async function readAll(stream: Readable, stderr: Writable): Promise<string> {
  // Someone typing at a terminal should know the command is waiting for them (stdout stays clean).
  if ((stream as Readable & { isTTY?: boolean }).isTTY) {
    stderr.write('refund-desk: reading the JSON request from standard input (end it with Ctrl-D)\n');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
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
