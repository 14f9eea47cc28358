// Store zips with fflate (a maintained, dependency-free zip library): every file under a folder, "/"-separated paths
// relative to it, in a sorted order and with one fixed timestamp, so the same files always give the same zip.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

// 1980-01-01 00:00 in local time, the earliest time a zip entry can carry (fflate writes local DOS time).
const fixedTime = new Date(1980, 0, 1);

/** Zips every file under `dir` into one Buffer (deflate, level 9). */
export function zipDirectory(dir) {
  const entries = {};
  for (const path of filesUnder(dir)) {
    entries[relative(dir, path).split(sep).join('/')] = [readFileSync(path), { level: 9, mtime: fixedTime }];
  }
  return Buffer.from(zipSync(entries));
}
