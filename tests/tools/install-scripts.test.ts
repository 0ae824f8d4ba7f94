// `npm install` runs no dependency's install script (package.json `allowScripts`, .npmrc
// strict-allow-scripts), and what the product uses from those packages works without them. CI proves the
// second part on a fresh clone: .ci/run installs from scratch, so these scripts never ran there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/paths.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
const require = createRequire(join(ROOT, 'package.json'));
/** Resolves `name` as the package at `from` (a node_modules path of the lockfile) sees it. */
const requireFrom = (from: string, name: string) => createRequire(join(ROOT, from, 'package.json'))(name);

describe('install scripts', () => {
  it('are decided for every dependency that has one, and unreviewed ones fail the install', () => {
    const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean; version: string; link?: boolean }>)
      .filter(([path, entry]) => path.includes('node_modules/') && entry.hasInstallScript)
      .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version }));
    expect(withScripts.length).toBeGreaterThan(0);
    const decided = pkg.allowScripts ?? {};
    const undecided = withScripts.filter(({ name, version }) => !(name in decided) && !(`${name}@${version}` in decided));
    expect(undecided).toEqual([]);
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^strict-allow-scripts=true$/m);
  });

  it('none runs: the product needs none of them', () => {
    expect(Object.entries(pkg.allowScripts).filter(([, allowed]) => allowed !== false)).toEqual([]);
  });

  it('esbuild works from its platform package (Astro and Strapi’s admin build), both versions', async () => {
    for (const from of ['node_modules/astro', 'node_modules/@strapi/strapi']) {
      const esbuild = requireFrom(from, 'esbuild');
      const { code } = await esbuild.transform('const n: number = 1; export default n;', { loader: 'ts' });
      expect(code, from).toContain('const n = 1');
    }
  });

  it('SWC works from its platform package (Strapi’s admin build)', () => {
    const swc = requireFrom('node_modules/@strapi/strapi/node_modules/@vitejs/plugin-react-swc', '@swc/core');
    const { code } = swc.transformSync('const el = <p>hallo</p>;', { jsc: { parser: { syntax: 'ecmascript', jsx: true } } });
    expect(code).toContain('React.createElement("p"');
  });

  it('better-sqlite3 loads its prebuilt binary (nothing compiled at install)', () => {
    const Database = require('better-sqlite3');
    const db = new Database(':memory:');
    expect(db.prepare('select sqlite_version() as v').get().v).toMatch(/^3\./);
    db.close();
  });
});
