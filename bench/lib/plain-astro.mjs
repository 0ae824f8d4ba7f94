// Benchmark baseline (issue 8): the same number of pages built by plain Astro from local JSON, with no CMS,
// so the ratio to our build shows what the CMS fetch and our code add. The project is bench/plain-astro.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { measureOutput } from './output.mjs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { ASTRO_BIN, ROOT } from '../../tooling/paths.ts';
import { run } from '../../tooling/run.ts';

export const PLAIN_ASTRO_ROOT = resolve(ROOT, 'bench', 'plain-astro');
const LOCALES = ['nl', 'en'];
/** Organisations per listing page. */
const PAGE_SIZE = 20;

/**
 * Which pages to build for `pages` HTML pages: organisation pages first (both locales of one organisation
 * together, in snapshot order), then listing pages alternating nl/en (page 1 of a locale is its index).
 * With fewer pages asked than organisation pages, only the first organisations get one.
 */
export function planPlainAstro(snapshot, pages) {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`pages must be a positive integer, not ${pages}.`);
  const entries = snapshot?.collections?.organisation;
  const activities = snapshot?.collections?.activity;
  if (!Array.isArray(entries) || !Array.isArray(activities)) throw new Error('The snapshot has no organisation or activity collection.');
  const byDocument = new Map();
  for (const entry of entries) {
    if (!LOCALES.includes(entry.locale)) continue;
    if (!byDocument.has(entry.documentId)) byDocument.set(entry.documentId, []);
    byDocument.get(entry.documentId).push(entry);
  }
  const ordered = [...byDocument.values()].flatMap((list) => list.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale)));
  const organisations = ordered.slice(0, pages);
  const rest = pages - organisations.length;
  const listingPages = { nl: Math.ceil(rest / 2), en: Math.floor(rest / 2) };
  return { organisations, activities, listingPages, pageSize: PAGE_SIZE };
}

/** Indexes `outDir` with Pagefind's Node API into `<outDir>/pagefind`, as site/integrations/pagefind.ts does. */
export async function indexWithPagefind(outDir) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let indexed;
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    indexed = added.page_count;
  } finally {
    await pagefind.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const { files, bytes } = measureOutput(join(outDir, 'pagefind'));
  return { seconds, pages: indexed, bytes, files };
}

let builds = 0;

/**
 * Builds `pages` HTML pages of the plain Astro baseline from the organisations and activities of `snapshot`
 * (the site's snapshot format, content-types/src/rest/snapshot.ts) into `outDir` (emptied first), with `astro build`
 * in a child process. `seconds` times that child process only (writing the JSON file is not timed).
 * `pages`, `bytes` and `files` are what the build wrote (`pages` counts .html files).
 * With `withPagefind`, the output is then indexed with Pagefind's Node API, timed separately in `pagefind`.
 *
 * @returns {Promise<{ seconds: number, pages: number, bytes: number, files: number, requestedPages: number,
 *   organisationPages: number, listingPages: number,
 *   pagefind?: { seconds: number, pages: number, bytes: number, files: number } }>}
 */
export async function buildPlainAstro({ snapshot, pages, outDir, withPagefind = false, quiet = true, env = process.env }) {
  if (!outDir) throw new Error('outDir is required.');
  const plan = planPlainAstro(snapshot, pages);
  outDir = resolve(outDir);
  const temporary = mkdtempSync(join(tmpdir(), 'mzo-plain-astro-'));
  const dataFile = join(temporary, 'data.json');
  writeFileSync(dataFile, JSON.stringify(plan));
  // Own working directory inside the project, as tooling/site-build.ts explains: Astro keeps its
  // intermediate output in <cwd>/.astro when the output folder lies outside it, and chunks must resolve node_modules.
  const work = join(ROOT, 'node_modules', '.mzo-builds', `plain-astro-${basename(outDir)}-${process.pid}-${++builds}`);
  const cacheDir = join(temporary, 'cache');
  rmSync(outDir, { recursive: true, force: true });
  let seconds;
  try {
    mkdirSync(work, { recursive: true });
    const started = performance.now();
    await run(process.execPath, [ASTRO_BIN, 'build', '--root', PLAIN_ASTRO_ROOT], {
      cwd: work,
      env: { ...env, PLAIN_ASTRO_DATA: dataFile, PLAIN_ASTRO_OUT_DIR: outDir, PLAIN_ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
      quiet,
    });
    seconds = (performance.now() - started) / 1000;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(temporary, { recursive: true, force: true });
  }
  const built = measureOutput(outDir);
  const result = {
    seconds,
    pages: built.htmlPages,
    bytes: built.bytes,
    files: built.files,
    requestedPages: pages,
    organisationPages: plan.organisations.length,
    listingPages: plan.listingPages.nl + plan.listingPages.en,
  };
  if (withPagefind) result.pagefind = await indexWithPagefind(outDir);
  return result;
}
