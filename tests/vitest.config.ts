import { globSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/** The layers of the suite: one folder each under tests/, and the shared setup each one needs. */
const PROJECTS = {
  /** Pure functions: no CMS, no build, no browser. */
  unit: [],
  /** Strapi over HTTP: the suite's seeded CMS, or one a test starts itself. */
  cms: ['tests/support/setup-cms.ts'],
  /** The built site: one build from a snapshot of the suite's CMS. */
  site: ['tests/support/setup-site.ts'],
  /** Chromium on the built site (and the CMS its forms post to). */
  browser: ['tests/support/setup-site.ts'],
  /** The project's own tooling: seeding, backups, load test. */
  tools: ['tests/support/setup-site.ts'],
  /** The benchmark's own tests, beside it in bench/tests/ (its browser part measures the suite's build). */
  bench: ['tests/support/setup-site.ts'],
};

/** Where a project's test files live: tests/<name>/, but the benchmark's beside it. */
const folder = (name: string) => (name === 'bench' ? 'bench/tests' : `tests/${name}`);

// A test file outside the project folders would belong to no project and silently never run.
const stray = globSync('{tests,bench}/**/*.test.ts', { cwd: root, exclude: ['**/node_modules/**'] }).filter(
  (file) => !Object.keys(PROJECTS).some((name) => file.startsWith(`${folder(name)}/`)),
);
if (stray.length) throw new Error(`Test files must live in a project folder (${Object.keys(PROJECTS).map(folder).join(', ')}): ${stray.join(', ')}`);

export default defineConfig({
  test: {
    root,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Two cores: run test files two at a time at most.
    maxWorkers: 2,
    reporters: ['default'],
    projects: Object.entries(PROJECTS).map(([name, globalSetup]) => ({
      extends: true,
      test: { name, include: [`${folder(name)}/**/*.test.ts`], globalSetup },
    })),
  },
});
