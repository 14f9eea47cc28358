import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `text` to `path` whole or not at all: into a temporary file beside it, then renamed over it. A full disk
 * or an interrupted run leaves the old file (often the --into book itself) as it was.
 */
export async function writeFileWhole(path: string, cwd: string, text: string): Promise<void> {
  const target = resolve(cwd, path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
