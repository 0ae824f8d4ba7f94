import type { AstroIntegration } from 'astro';
import { copyFileSync, linkSync, mkdirSync, promises as fsPromises, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

type CopyFile = typeof fsPromises.copyFile;
type WriteFile = typeof fsPromises.writeFile;

const pathOf = (file: unknown): string | undefined =>
  file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? file : Buffer.isBuffer(file) ? file.toString() : undefined;

/**
 * Makes Astro's incremental build restore an unchanged page from its cache (`<cacheDir>/dist/`) as a hard link instead
 * of a copy, and write a page it renders again to a new file instead of over the old one. Astro 7's
 * `IncrementalBuildCache` restores with `fs.promises.copyFile` and stores with `fs.promises.writeFile`, so both are
 * wrapped for the files under the cache's `dist/` only, for the build's duration. Writing a new file matters: the
 * cached file is also a file of the builds that restored it, the served one among them, and must never change there.
 * tests/site/incremental-build.test.ts checks both (a restored page is a link, the served build keeps its bytes).
 */
export function linkRestoredPages(cacheDir: string): () => void {
  const cached = join(cacheDir, 'dist') + sep;
  const inCache = (file: unknown) => {
    const path = pathOf(file);
    return path?.startsWith(cached) ? path : undefined;
  };
  const { copyFile, writeFile } = fsPromises;
  const linkedCopy = async (...args: Parameters<CopyFile>) => {
    const [from, to] = args;
    const source = inCache(from);
    const target = pathOf(to);
    if (source && target) {
      try {
        await fsPromises.link(source, target);
        return;
      } catch {
        // Another file system, or a target already there: copy as Astro would.
      }
    }
    return copyFile(...args);
  };
  const freshWrite = async (...args: Parameters<WriteFile>) => {
    const path = inCache(args[0]);
    if (path) await fsPromises.rm(path, { force: true });
    return writeFile(...args);
  };
  fsPromises.copyFile = linkedCopy as CopyFile;
  fsPromises.writeFile = freshWrite as WriteFile;
  return () => {
    if (fsPromises.copyFile === linkedCopy) fsPromises.copyFile = copyFile;
    if (fsPromises.writeFile === freshWrite) fsPromises.writeFile = writeFile;
  };
}

/** The integration that makes every build restore its unchanged pages as links (`linkRestoredPages`). */
export function linkedRestores(): AstroIntegration {
  let cacheDir: string | undefined;
  let unwrap: (() => void) | undefined;
  return {
    name: 'mzo:linked-restores',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        if (cacheDir) unwrap = linkRestoredPages(cacheDir);
      },
      'astro:build:done': () => {
        unwrap?.();
      },
    },
  };
}
