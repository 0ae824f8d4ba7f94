import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files under `dir` (relative paths, `/`-separated), optionally only those `keep` accepts. */
export function listFiles(dir: string, keep: (file: string) => boolean = () => true): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (keep(file)) files.push(file);
  }
  return files.sort();
}

/** Whether two files have the same bytes; the same inode (a hard link) is the same file without reading it. */
export function sameBytes(a: string, b: string): boolean {
  const [sa, sb] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  if (!sa || !sb) return false;
  if (sa.ino === sb.ino && sa.dev === sb.dev) return true;
  return sa.size === sb.size && readFileSync(a).equals(readFileSync(b));
}

/**
 * Puts `from`'s file tree into `to` as hard links (a copy where the file system cannot link). Builds sit on one file
 * system and a built file is never written again in place, so a link costs one directory entry instead of a copy.
 */
export function linkTree(from: string, to: string): number {
  const files = listFiles(from);
  const made = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const folder = join(target, '..');
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(join(from, file), target);
    } catch {
      copyFileSync(join(from, file), target);
    }
  }
  return files.length;
}
