// `npm run bench` end to end at a small size, so the benchmark keeps working between the runs that
// docs/performance.md reports: bulk load into a real Strapi, fetch, full build, publish-to-live,
// plain-Astro baseline, naive search payload, the JSON and Markdown it writes. No figure is checked
// against a budget here (timings belong to the benchmark, not to tests); the browser parts have their
// own test (browser.test.ts).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'mzo-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('loads, fetches, builds, publishes and compares at a small size, and writes its results', async () => {
    const out = join(work, 'bench.json');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bench/bench.mjs', '--sizes', '30', '--postgres', 'none', '--no-browser', '--import-rows', '20', '--out', out],
      {
        cwd: ROOT,
        maxBuffer: 32 * 1024 * 1024,
      },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.machine.node).toBe(process.version);
    expect(report.results).toHaveLength(1);
    const [r] = report.results;
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ size: 30, database: 'sqlite' });
    // Everything generated is in the CMS and comes back over REST: 30 organisations, some of them drafts.
    const organisations = r.fetch.entries.organisation / 2;
    expect(organisations).toBeGreaterThan(20);
    expect(organisations).toBeLessThanOrEqual(30);
    expect(r.fetch.entries.activity).toBeGreaterThan(organisations);
    // The build made a page per published organisation in both languages, and the baseline as many pages.
    expect(r.output.htmlPages).toBeGreaterThan(2 * organisations);
    expect(r.plainAstro.pages).toBe(r.output.htmlPages);
    expect(r.build.peakRssBytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(r.publishToLive.runs).toHaveLength(1);
    expect(r.publishToLive.medianSeconds).toBeGreaterThan(0);
    expect(r.naiveSearch.organisations).toBe(organisations);
    expect(r.naiveSearch.gzipBytes).toBeLessThan(r.naiveSearch.bytes);
    // A spreadsheet of 20 organisations previewed and imported as drafts through the import's routes (then removed).
    expect(r.import).toMatchObject({ rows: 20, ready: 20, created: 20, failed: 0, state: 'done' });
    expect(r.import.previewSeconds).toBeGreaterThan(0);
    // The printed table is the Markdown file's.
    const markdown = readFileSync(out.replace(/\.json$/, '.md'), 'utf8');
    expect(markdown).toContain('| 30 |');
    expect(stdout).toContain(markdown.split('\n')[0]);
    expect(existsSync(join(work, 'bench.md'))).toBe(true);
  }, 600_000);
});
