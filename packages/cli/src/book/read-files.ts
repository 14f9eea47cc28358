import type { BookFile } from '@refund-desk/core';
import { decodeText } from '../input/decode-file.js';
import type { Progress } from '../progress.js';
import { readBytes } from '../read-input.js';

export interface UnreadableFile {
  /** Its place on the command line (0 = the first FILE). */
  index: number;
  name: string;
  message: string;
}

/**
 * Reads every file as bytes and decodes it (UTF-8 with or without a BOM, UTF-16 with one). A file that cannot be read
 * or decoded is set aside with the reason; the others are imported all the same.
 */
export async function readImportFiles(
  paths: readonly string[],
  cwd: string,
  progress: Progress,
): Promise<{ files: BookFile[]; unreadable: UnreadableFile[] }> {
  const files: BookFile[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const [index, path] of paths.entries()) {
    progress.update(`reading ${path} (${index + 1} of ${paths.length})`);
    const read = await readBytes(path, cwd);
    if (!read.ok) {
      unreadable.push({ index, name: path, message: read.message });
      continue;
    }
    const decoded = decodeText(read.bytes);
    if (decoded.ok) files.push({ name: path, text: decoded.text });
    else unreadable.push({ index, name: path, message: decoded.message });
  }
  return { files, unreadable };
}
