import type { Writable } from 'node:stream';
import { write } from './io.js';

/** Levels written piece by piece; below them a value is small (one estimate, one reservation) and stringified whole. */
const streamedLevels = 4;
/** Text gathered before a write: large enough to keep writes few, small enough to keep memory flat. */
const flushAt = 1 << 20;

/**
 * Writes `value` as JSON.stringify(value, null, 2) would, plus a line end, without building the whole text: a
 * 10,000-reservation BookValue is about 100 MB of JSON, which as one string took 400 MB of memory. Each piece
 * waits for the reader, like every other write of the command.
 */
export async function writeJson(stream: Writable, value: unknown): Promise<void> {
  let pending = '';
  const emit = async (text: string) => {
    pending += text;
    if (pending.length >= flushAt) {
      const chunk = pending;
      pending = '';
      await write(stream, chunk);
    }
  };
  await writeValue(value, '', 0, emit);
  await write(stream, `${pending}\n`);
}

type Emit = (text: string) => Promise<void>;

async function writeValue(value: unknown, indent: string, level: number, emit: Emit): Promise<void> {
  if (level >= streamedLevels || typeof value !== 'object' || value === null || hasToJson(value)) {
    // JSON.stringify indents from column 0; inside the document each line after the first moves by `indent`.
    const text = JSON.stringify(value, null, 2) ?? 'null';
    await emit(indent === '' ? text : text.replaceAll('\n', `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit('[]');
    await emit('[');
    for (let i = 0; i < value.length; i++) {
      await emit(`${i === 0 ? '' : ','}\n${inner}`);
      // As in JSON.stringify, an entry that has no JSON form (undefined, a function) is written as null.
      const item = value[i];
      await writeValue(isUnwritable(item) ? null : item, inner, level + 1, emit);
    }
    return emit(`\n${indent}]`);
  }
  const entries = Object.entries(value).filter(([, item]) => !isUnwritable(item));
  if (entries.length === 0) return emit('{}');
  await emit('{');
  for (const [i, [key, item]] of entries.entries()) {
    await emit(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    await writeValue(item, inner, level + 1, emit);
  }
  return emit(`\n${indent}}`);
}

function isUnwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
