import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../tooling/paths.ts';

/** Caches that a copy must not share with the repository it came from. */
const OWN_CACHES = new Set(['.astro', '.vite', '.vitest', '.cache', '.mzo-builds', '@mzo']);

/**
 * A throwaway copy of the repository's tracked files under `folders` (plus the root files), for tests
 * that edit sources. Its node_modules links to every installed package except the workspaces, which
 * point at the copy's own content-types/ and cms/, as `npm install` links them.
 */
export function scratchCopy(folders: string[]): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'mzo-copy-'));
  const tracked = execFileSync('git', ['ls-files', '-z', '--', ...folders, ':(glob)*'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(ROOT, file), join(root, file));
  }
  const modules = join(root, 'node_modules');
  mkdirSync(join(modules, '@mzo'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  symlinkSync('../../content-types', join(modules, '@mzo', 'content-types'));
  symlinkSync('../../cms', join(modules, '@mzo', 'cms'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
