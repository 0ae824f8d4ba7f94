import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fromPackage from '@mzo/content-types';
import * as fromSource from '../../content-types/src/index.ts';
import { CMS_DIR, ROOT } from '../../tooling/paths.ts';
import { scratchCopy } from '../support/scratch-copy.ts';

// Editing content-types/src/model.ts must take effect at once everywhere, with no build step in between
// (a compiled copy of the model once made `npm run generate`, the tests and the build use the old one).
// These tests make one edit in a scratch copy of the repository and watch every consumer see it.

const node = process.execPath;
/** A new required field on theme, added to the copy's model. */
const PROBE = `    probe: string({ required: true, maxLength: 10, label: { nl: 'Proef', en: 'Probe' } }),\n`;
/** A theme entry that is valid for the model as committed, and lacks the probe field. */
const THEME = { id: 1, documentId: 'probe-theme', locale: 'nl', name: 'Proefthema', slug: 'proefthema', description: '', icon: '', sensitive: false };

let copy: ReturnType<typeof scratchCopy>;
let cmsStaleBeforeEdit: string;

const inCopy = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(node, args, { cwd: copy.root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 });

beforeAll(() => {
  copy = scratchCopy(['content-types', 'cms/src', 'cms/config', 'cms/package.json', 'cms/tsconfig.json', 'scripts', 'tooling', 'site']);
  // A CMS built just now, before the model changes.
  mkdirSync(join(copy.root, 'cms', 'dist', 'build'), { recursive: true });
  writeFileSync(join(copy.root, 'cms', 'dist', 'build', 'index.html'), '');
  const built = Date.now();
  writeFileSync(join(copy.root, 'cms', 'dist', '.mzo-build-stamp'), String(built));
  cmsStaleBeforeEdit = inCopy(['--input-type=module', '-e', "console.log(String((await import('./tooling/cms-process.ts')).cmsNeedsBuild()))"]).stdout.trim();
  while (Date.now() <= built + 1); // the edit comes after the build, even on a coarse clock
  const model = join(copy.root, 'content-types', 'src', 'model.ts');
  const source = readFileSync(model, 'utf8');
  const anchor = '    sensitive: boolean({ default: false, label: L.sensitive }),\n';
  expect(source).toContain(anchor);
  writeFileSync(model, source.replace(anchor, anchor + PROBE));
}, 60_000);

afterAll(() => copy?.remove());

describe('the content model, read from its TypeScript source', () => {
  it('is the same module whether imported as @mzo/content-types or from content-types/src', () => {
    expect(fromPackage.theme).toBe(fromSource.theme);
  });

  it('resolves to its source for Node scripts and for the compiled CMS, which requires it from cms/dist', () => {
    const script = execFileSync(node, ['--input-type=module', '-e', "console.log(import.meta.resolve('@mzo/content-types'))"], { cwd: ROOT, encoding: 'utf8' });
    expect(script.trim()).toBe(`file://${join(ROOT, 'content-types', 'src', 'index.ts')}`);
    const required = createRequire(join(CMS_DIR, 'dist', 'src', 'index.js')).resolve('@mzo/content-types');
    expect(required).toBe(join(ROOT, 'content-types', 'src', 'index.ts'));
  });

  it('npm run generate writes an edited field into the Strapi schema at once', () => {
    const result = inCopy(['scripts/generate-schemas.mjs', '--no-types']);
    expect(result.status, result.stderr).toBe(0);
    const schema = JSON.parse(readFileSync(join(copy.root, 'cms/src/api/theme/content-types/theme/schema.json'), 'utf8'));
    expect(schema.attributes.probe).toMatchObject({ type: 'string', required: true, maxLength: 10 });
  });

  it('tests see an edited field at once', () => {
    mkdirSync(join(copy.root, 'probe'));
    writeFileSync(
      join(copy.root, 'probe', 'probe.test.ts'),
      "import { expect, it } from 'vitest';\nimport { theme } from '@mzo/content-types';\nit('has the probe', () => expect(Object.keys(theme.attributes)).toContain('probe'));\n",
    );
    const result = inCopy(['node_modules/vitest/vitest.mjs', 'run', '--root', '.', 'probe/']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 passed/);
  });

  it('the site build validates content against an edited field at once', () => {
    expect(fromSource.theme.schema.safeParse(THEME).success).toBe(true);
    const collections = Object.fromEntries(fromSource.PUBLIC_TYPES.map((t) => [t.name, t.name === 'theme' ? [THEME] : []]));
    const snapshot = join(copy.root, 'snapshot.json');
    writeFileSync(snapshot, JSON.stringify({ generatedAt: new Date().toISOString(), source: 'test', collections }));
    const result = inCopy(['node_modules/astro/bin/astro.mjs', 'build', '--root', '.'], {
      CMS_SNAPSHOT: snapshot,
      SITE_OUT_DIR: join(copy.root, 'out'),
      SITE_CACHE_DIR: join(copy.root, 'astro-cache'),
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('theme #0 (probe-theme), field "probe"');
  });

  it('marks the compiled CMS as needing a rebuild when the model changes', () => {
    expect(cmsStaleBeforeEdit).toBe('false');
    const after = inCopy(['--input-type=module', '-e', "console.log(String((await import('./tooling/cms-process.ts')).cmsNeedsBuild()))"]);
    expect(after.stdout.trim()).toBe('true');
  });
});
