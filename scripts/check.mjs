// npm run check: formatting, lint and strict types of every workspace, each step timed. All steps run
// even when one fails, so one run shows everything to fix; the exit code is non-zero when any failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PUBLIC_TYPES } from '@mzo/content-types';
import { ASTRO_BIN, ROOT, TSC_BIN as TSC } from '../tooling/paths.ts';

const bin = (path) => resolve(ROOT, 'node_modules', path);

// `astro check` first syncs the content collections, which runs their loaders: give them an empty
// snapshot (no CMS needed) and a cache of their own (the build's content cache stays as it is).
const work = mkdtempSync(join(tmpdir(), 'mzo-check-'));
const emptySnapshot = join(work, 'snapshot.json');
writeFileSync(
  emptySnapshot,
  JSON.stringify({ generatedAt: new Date().toISOString(), source: 'npm run check', collections: Object.fromEntries(PUBLIC_TYPES.map((t) => [t.name, []])) }),
);

const steps = [
  ['prettier', [bin('prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']],
  ['eslint', [bin('eslint/bin/eslint.js'), '--max-warnings', '0', '.']],
  // Also writes the model's declarations, so the CMS step checks against the model as it is now.
  ['types: content-types', [TSC, '-p', 'content-types']],
  ['types: cms', [TSC, '-p', 'cms', '--noEmit', '--incremental', 'false']],
  ['types: cms admin panel', [TSC, '-p', 'cms/src/admin', '--noEmit']],
  [
    'types: site and tests (astro check)',
    [ASTRO_BIN, 'check', '--minimumFailingSeverity', 'warning'],
    { CMS_SNAPSHOT: emptySnapshot, SITE_CACHE_DIR: join(work, 'astro-cache') },
  ],
];

const results = [];
const started = performance.now();
try {
  for (const [name, args, env = {}] of steps) {
    console.log(`\n▶ ${name}`);
    const t0 = performance.now();
    const { status } = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    results.push({ name, ok: status === 0, seconds: (performance.now() - t0) / 1000 });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('\nnpm run check:');
for (const { name, ok, seconds } of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${name} (${seconds.toFixed(1)} s)`);
console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
