import type { BookImport } from '@refund-desk/core';
import type { UnreadableFile } from './read-files.js';

/**
 * The import as core reported it (one entry per file it was given, in order), plus the files the command could not
 * read: each listed in `files` at its command-line place (format unknown, no rows), with a problem for the file as a
 * whole (row 0).
 */
export function withUnreadableFiles(
  imported: BookImport,
  paths: readonly string[],
  unreadable: readonly UnreadableFile[],
): BookImport {
  if (unreadable.length === 0) return imported;
  const unreadableAt = new Set(unreadable.map((file) => file.index));
  const fromCore = [...imported.files];
  const files: BookImport['files'] = [];
  for (const [index, name] of paths.entries()) {
    const entry = unreadableAt.has(index) ? undefined : fromCore.shift();
    files.push(entry ?? { name, format: 'unknown', rows: 0, used: 0, skipped: 0 });
  }
  files.push(...fromCore);
  const problems: BookImport['problems'] = [
    ...unreadable.map((file) => ({ file: file.name, row: 0, code: 'INVALID_INPUT' as const, message: file.message })),
    ...imported.problems,
  ];
  return { ...imported, files, problems };
}
