// `npm run bench [-- --sizes 100,1000,5000] [--postgres 1000] [--runs 1] [--no-browser] [--import-rows 1000] [--out FILE]`
//
// The performance benchmark (docs/performance.md). For each size it generates a deterministic data set
// (scripts/seed/demo-data.mjs: 5 activities, 0.3 rooms and 2 contact people per organisation), loads it
// into a real Strapi on a fresh database (SQLite; PostgreSQL for the sizes in --postgres), and measures:
// fetching all published content over REST, a full site build (render + Pagefind) and its peak memory,
// output size and file count, publish-to-live for a one-organisation change, page weight per template
// and a first and a follow-up search in headless Chromium; side by side the same number of pages built
// by plain Astro from local JSON, and the naive search (all organisations as one JSON file).
// Then the time to preview and import --import-rows organisations (default 1,000) from a spreadsheet as drafts.
// Prints a table, checks the budgets of issue 8 and writes JSON + Markdown to bench-results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchSnapshot } from '@mzo/content-types/rest';
import { ephemeralCmsEnv } from '../tooling/cms-env.ts';
import { buildCms, cmsNeedsBuild, startCms } from '../tooling/cms-process.ts';
import { freePort } from '../tooling/net.ts';
import { ROOT } from '../tooling/paths.ts';
import { createPostgresDatabase } from '../tooling/pg-database.ts';
import { adminToken, measurePublishToLive } from '../tooling/publish-to-live.ts';
import { createRebuilder, startRebuildServer } from '../tooling/rebuilder.ts';
import { serveSite } from '../tooling/serve-site.ts';
import { buildSite } from '../tooling/site-build.ts';
import { serveTiles } from '../tooling/tile-stand-in.ts';
import { samplePeakRss } from './lib/memory.mjs';
import { naiveSearchPayload } from './lib/naive-search.mjs';
import { measureOutput } from './lib/output.mjs';
import { buildPlainAstro } from './lib/plain-astro.mjs';
import { measureImport } from './lib/import.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    postgres: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'reference-date': { type: 'string', default: '2026-11-30' },
    // Build the site in these languages only (SITE_LOCALES), e.g. `--locales nl,en` against all seven.
    locales: { type: 'string' },
    'import-rows': { type: 'string', default: '1000' },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const postgresSizes = values.postgres === 'none' ? [] : values.postgres.split(',').filter(Boolean).map(Number);
const withBrowser = values.browser && !values['no-browser'];
const KB = 1024;
const MB = 1024 * 1024;

/** The budgets of issue 8. Each is checked against the result for its size (null size: every size). */
const BUDGETS = [
  {
    id: 'organisation-page',
    text: 'organisation page ≤ 30 KB gzip before interaction (images, tiles aside)',
    size: null,
    value: (r) => r.pages?.organisation?.budgetBytes,
    max: 30 * KB,
    unit: 'KB',
  },
  {
    id: 'organisation-map-lazy',
    text: 'organisation page: map code loads only when the map scrolls into view',
    size: null,
    value: (r) => (r.organisationMap ? Number(!r.organisationMap.lazy) : undefined),
    max: 0,
    unit: 'bool',
  },
  { id: 'home-page', text: 'home page ≤ 150 KB gzip before the first search', size: null, value: (r) => r.pages?.home?.budgetBytes, max: 150 * KB, unit: 'KB' },
  // Issue 16: residents mostly come on a phone, where the home page shows the list and loads the map only on "Kaart".
  {
    id: 'home-page-phone',
    text: 'home page on a phone (390×844) ≤ 30 KB gzip before interaction',
    size: null,
    value: (r) => r.pagesMobile?.home?.budgetBytes,
    max: 30 * KB,
    unit: 'KB',
  },
  {
    id: 'organisation-page-phone',
    text: 'organisation page on a phone (390×844) ≤ 30 KB gzip before interaction',
    size: null,
    value: (r) => r.pagesMobile?.organisation?.budgetBytes,
    max: 30 * KB,
    unit: 'KB',
  },
  {
    id: 'first-search-bytes',
    text: 'first search at 1,000 organisations ≤ 150 KB transferred',
    size: 1000,
    value: (r) => r.search?.first?.transferred,
    max: 150 * KB,
    unit: 'KB',
  },
  {
    id: 'follow-up-bytes',
    text: 'follow-up search at 1,000 organisations ≤ 40 KB',
    size: 1000,
    value: (r) => r.search?.followUp?.transferred,
    max: 40 * KB,
    unit: 'KB',
  },
  {
    id: 'first-search-time',
    text: 'first search results in under 300 ms (1,000 organisations)',
    size: 1000,
    value: (r) => r.search?.first?.ms,
    max: 300,
    unit: 'ms',
  },
  {
    id: 'follow-up-time',
    text: 'follow-up search results in under 300 ms (1,000 organisations)',
    size: 1000,
    value: (r) => r.search?.followUp?.ms,
    max: 300,
    unit: 'ms',
  },
  { id: 'build', text: 'full build of 1,000 organisations / 5,000 activities ≤ 60 s', size: 1000, value: (r) => r.build?.seconds, max: 60, unit: 's' },
  {
    id: 'publish-to-live',
    text: 'publish-to-live at 1,000 organisations ≤ 60 s',
    size: 1000,
    value: (r) => r.publishToLive?.medianSeconds,
    max: 60,
    unit: 's',
  },
  // Issue 18: incremental content sync and incremental builds.
  {
    id: 'publish-to-live-18-1000',
    text: 'publish-to-live for a one-organisation change ≤ 5 s at 1,000 organisations',
    size: 1000,
    value: (r) => r.publishToLive?.medianSeconds,
    max: 5,
    unit: 's',
  },
  {
    id: 'publish-to-live-18-5000',
    text: 'publish-to-live for a one-organisation change ≤ 10 s at 5,000 organisations',
    size: 5000,
    value: (r) => r.publishToLive?.medianSeconds,
    max: 10,
    unit: 's',
  },
  { id: 'no-change-rebuild', text: 'a no-change rebuild ≤ 3 s at 1,000 organisations', size: 1000, value: (r) => r.noChange?.seconds, max: 3, unit: 's' },
  {
    id: 'full-build-vs-plain-1000',
    text: 'full build ≤ 4× plain Astro + Pagefind on the same pages (1,000)',
    size: 1000,
    value: (r) => (r.build && r.plainAstro ? r.build.seconds / r.plainAstro.totalSeconds : undefined),
    max: 4,
    unit: '×',
  },
  {
    id: 'full-build-vs-plain-5000',
    text: 'full build ≤ 4× plain Astro + Pagefind on the same pages (5,000)',
    size: 5000,
    value: (r) => (r.build && r.plainAstro ? r.build.seconds / r.plainAstro.totalSeconds : undefined),
    max: 4,
    unit: '×',
  },
  {
    id: 'peak-memory-5000',
    text: 'peak memory of a full build ≤ 2 GB at 5,000',
    size: 5000,
    value: (r) => r.build?.peakRssBytes,
    max: 2 * 1024 ** 3,
    unit: 'MB',
  },
  { id: 'output-5000', text: 'output ≤ 300 MB at 5,000', size: 5000, value: (r) => r.output?.bytes, max: 300 * 1024 ** 2, unit: 'MB' },
];

const log = (line) => console.log(`[bench] ${line}`);

async function createDatabase(kind, workDir, size) {
  if (kind === 'sqlite') {
    const file = join(workDir, 'cms.db');
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, drop: async () => {} };
  }
  const database = await createPostgresDatabase({ server: process.env.BENCH_DATABASE_URL, prefix: `mzo_bench_${size}` });
  return { env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url }, drop: database.drop };
}

/** Loads the generated data set with the bulk loader in its own process (Strapi loaded, no HTTP). */
function load(size, dbEnv) {
  const started = performance.now();
  const output = execFileSync(
    process.execPath,
    ['scripts/seed.mjs', '--organisations', String(size), '--loader', 'bulk', '--no-admin', '--reference-date', values['reference-date']],
    { cwd: ROOT, env: { ...process.env, ...ephemeralCmsEnv(), ...dbEnv }, encoding: 'utf8', maxBuffer: 64 * MB },
  );
  return {
    seconds: (performance.now() - started) / 1000,
    output: output
      .split('\n')
      .filter((l) => /seeded|Seeded|loaded|Loaded/i.test(l))
      .join('\n'),
  };
}

/** One page of each template, taken from the build. */
function templatePages(snapshot, dir) {
  const nl = (type) => (snapshot.collections[type] ?? []).filter((e) => (e.locale ?? 'nl') === 'nl');
  const organisation = nl('organisation')
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .find((o) => o.address?.latitude);
  const wijk = nl('wijk').find((w) => w.slug === 'overvecht') ?? nl('wijk')[0];
  const theme = nl('theme').find((t) => !t.sensitive);
  const pages = {
    home: '/',
    organisation: `/organisaties/${organisation.slug}/`,
    'organisations-a-z': '/organisaties/',
    wijk: `/wijken/${wijk.slug}/`,
    'wijk-print': `/wijken/${wijk.slug}/overzicht/`,
    theme: `/themas/${theme.slug}/`,
    agenda: '/agenda/',
    rooms: '/ruimtes/',
    support: '/ondersteuning/',
    consult: '/raadplegen/',
    'open-data': '/open-data/',
    // What a resident sees searching without JavaScript, and offline on a page never opened.
    'search-help': '/zoeken/',
    offline: '/offline/',
  };
  for (const [name, path] of Object.entries(pages)) {
    try {
      statSync(join(dir, path, 'index.html'));
    } catch {
      delete pages[name];
    }
  }
  return pages;
}

async function benchOne(size, database) {
  const label = `${size} organisations, ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`;
  log(`=== ${label}`);
  const result = { size, database };
  const workDir = mkdtempSync(join(os.tmpdir(), `mzo-bench-${size}-`));
  const db = await createDatabase(database, workDir, size);
  const link = join(workDir, 'site');
  let cms;
  let rebuildServer;
  let rebuilder;
  let tiles;
  /** What the last build did (full or incremental, pages rendered and reused, the content sync). */
  let lastBuild;
  const servers = [];
  try {
    result.load = load(size, db.env);
    log(`loaded in ${result.load.seconds.toFixed(1)} s`);

    tiles = await serveTiles();
    let cmsUrl;
    const buildEnv = () => ({
      ...process.env,
      CMS_URL: cmsUrl,
      CMS_SNAPSHOT: '',
      PUBLIC_TILE_URL: `${tiles.url}/{z}/{x}/{y}.png`,
      BUILD_NOW: '',
      ...(values.locales ? { SITE_LOCALES: values.locales } : {}),
    });
    rebuilder = createRebuilder({
      build: async () => (lastBuild = await buildSite({ env: buildEnv(), link, quiet: true, log })),
      log: { error: console.error },
    });
    rebuildServer = await startRebuildServer({ rebuilder, secret: 'bench' });
    cms = await startCms({
      port: await freePort(),
      log: 'pipe',
      env: {
        ...process.env,
        ...ephemeralCmsEnv(),
        ...db.env,
        NODE_ENV: 'production',
        REBUILD_WEBHOOK_URL: `${rebuildServer.url}/rebuild`,
        REBUILD_WEBHOOK_SECRET: 'bench',
      },
    });
    cmsUrl = cms.url;

    // 1. Fetching all published content, as the build's loader does.
    let started = performance.now();
    const snapshot = await fetchSnapshot({ baseUrl: cms.url });
    result.fetch = {
      seconds: (performance.now() - started) / 1000,
      entries: Object.fromEntries(Object.entries(snapshot.collections).map(([k, v]) => [k, v.length])),
      jsonBytes: Buffer.byteLength(JSON.stringify(snapshot)),
    };
    log(`fetched all published content in ${result.fetch.seconds.toFixed(1)} s (${(result.fetch.jsonBytes / MB).toFixed(1)} MB JSON)`);

    // 2. A full build (fetch + render + Pagefind), with the peak memory of the build's processes.
    const sampler = samplePeakRss(process.pid, { excludePids: [cms.child.pid] });
    const build = await rebuilder.rebuildNow('bench');
    const peak = sampler.stop();
    if (!build.ok) throw new Error(`the build failed: ${build.error}`);
    const outDir = realpathSync(link);
    result.build = { seconds: build.seconds, peakRssBytes: peak, rendered: lastBuild?.rendered, reused: lastBuild?.reused, sync: lastBuild?.sync };
    result.output = measureOutput(outDir);
    log(
      `built ${result.output.htmlPages} pages in ${build.seconds.toFixed(1)} s, peak ${(peak / MB).toFixed(0)} MB; ${result.output.files} files, ${(result.output.bytes / MB).toFixed(1)} MB`,
    );

    // 3. Publish-to-live for a one-organisation change.
    const site = await serveSite({ dir: link, port: await freePort() });
    servers.push(site.server);
    const token = await adminToken(cms.url);
    result.publishToLive = await measurePublishToLive({ cmsUrl: cms.url, siteUrl: site.url, rebuilder, token, runs: Number(values.runs), log });
    result.publishToLive.build = { ...lastBuild, renderedFiles: undefined };
    log(`publish-to-live ${result.publishToLive.medianSeconds.toFixed(1)} s (${describeBuild(lastBuild)})`);

    // 3b. A rebuild with nothing changed (issue 18: ≤ 3 s at 1,000).
    const noChange = await rebuilder.rebuildNow('bench: no change');
    if (!noChange.ok) throw new Error(`the no-change rebuild failed: ${noChange.error}`);
    result.noChange = { seconds: noChange.seconds, build: { ...lastBuild, renderedFiles: undefined } };
    log(`no-change rebuild ${noChange.seconds.toFixed(1)} s (${describeBuild(lastBuild)})`);

    // 4. Page weight and search in Chromium, on the build served like a CDN would (gzip).
    if (withBrowser) {
      const { serveBuiltSite } = await import('./lib/static-server.mjs');
      const { launchBrowser, measureOrganisationMapLazy, measurePageWeights, measureSearch } = await import('./lib/browser.mjs');
      const { measureNaiveSearch } = await import('./lib/naive-search.mjs');
      const served = await serveBuiltSite(realpathSync(link), { port: await freePort() });
      const browser = await launchBrowser();
      try {
        const pages = templatePages(snapshot, realpathSync(link));
        const weigh = async (viewport) =>
          Object.fromEntries(
            Object.entries((await measurePageWeights({ siteUrl: served.url, pages, viewport, browser })).pages).map(([t, p]) => [
              t,
              p.error
                ? { path: p.path, error: p.error }
                : { path: p.path, budgetBytes: p.total.transferred, rawBytes: p.total.raw, requests: p.total.requests, byType: p.byType, excluded: p.excluded },
            ]),
          );
        result.pages = await weigh(undefined);
        result.pagesMobile = await weigh({ width: 390, height: 844 });
        const lazy = await measureOrganisationMapLazy({ siteUrl: served.url, path: pages.organisation, browser });
        result.organisationMap = {
          lazy: lazy.lazy,
          beforeScrollBytes: lazy.beforeScroll.total.transferred,
          afterScrollBytes: lazy.afterScroll.total.transferred,
        };
        const search = await measureSearch({ siteUrl: served.url, ...searchCase(), browser });
        result.search = {
          query: search.query,
          filter: search.filter,
          beforeSearch: search.median.beforeSearch,
          first: search.median.firstSearch,
          followUp: search.median.followUp,
        };
        result.naiveSearchBrowser = (await measureNaiveSearch({ snapshot, locale: 'nl', ...searchCase(), browser })).median;
        log(
          `home ${kb(result.pages.home?.budgetBytes)}, organisation ${kb(result.pages.organisation?.budgetBytes)}; search ${kb(result.search.first.transferred)} / ${result.search.first.ms.toFixed(0)} ms, follow-up ${kb(result.search.followUp?.transferred)} / ${result.search.followUp?.ms.toFixed(0)} ms`,
        );
      } finally {
        await browser.close();
        await served.close();
      }
    }

    // 5. Side by side: the naive search payload, and plain Astro building as many pages from JSON.
    result.naiveSearch = naiveSearchPayload(snapshot, 'nl');
    const plain = await buildPlainAstro({ snapshot, pages: result.output.htmlPages, outDir: join(workDir, 'plain'), withPagefind: true });
    plain.totalSeconds = plain.seconds + (plain.pagefind?.seconds ?? 0);
    result.plainAstro = plain;
    log(
      `plain Astro: ${plain.pages} pages in ${plain.seconds.toFixed(1)} s + Pagefind ${(plain.pagefind?.seconds ?? 0).toFixed(1)} s (ours ${build.seconds.toFixed(1)} s in all)`,
    );

    // 6. Importing organisations from a spreadsheet: the dry-run preview, then the drafts written.
    const importRows = Number(values['import-rows']);
    if (importRows > 0) result.import = await measureImport({ cmsUrl: cms.url, token, rows: importRows, log });
  } finally {
    for (const server of servers) server.close();
    await cms?.stop();
    rebuilder?.close();
    await rebuildServer?.close();
    tiles?.server.close();
    await db.drop();
    if (!values.keep) rmSync(workDir, { recursive: true, force: true });
    else log(`kept ${workDir}`);
  }
  return result;
}

/** A query that finds many organisations, and a wijk to narrow it down with. */
function searchCase() {
  return { query: 'vrouwen', filter: { facet: 'wijk', value: 'Overvecht' } };
}

/** A build in a few words: full or incremental, pages rendered and copied, what the content sync did. */
const describeBuild = (b) =>
  b
    ? `${b.full ? `full${b.reason ? ` (${b.reason})` : ''}` : 'incremental'}: ${b.rendered ?? '?'} files rendered, ${b.reused ?? '?'} copied; sync ${b.sync ?? '–'}`
    : '–';

const kb = (bytes) => (bytes === undefined || bytes === null ? '–' : `${(bytes / KB).toFixed(1)} KB`);
const s = (seconds) => (seconds === undefined ? '–' : `${seconds.toFixed(1)} s`);

function machine() {
  const cpus = os.cpus();
  let strapi = '?';
  try {
    strapi = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/@strapi/strapi/package.json'), 'utf8')).version;
  } catch {
    // not installed: reported as '?'
  }
  let astro = '?';
  try {
    astro = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
  } catch {
    // not installed: reported as '?'
  }
  return {
    cpus: `${cpus.length} × ${cpus[0]?.model ?? '?'}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    strapi,
    astro,
    loadAverageAtStart: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
}

function checkBudgets(results) {
  const checks = [];
  for (const budget of BUDGETS) {
    for (const r of results) {
      if (r.database !== 'sqlite' && budget.size === null) continue;
      if (budget.size !== null && r.size !== budget.size) continue;
      const value = budget.value(r);
      if (value === undefined || value === null) continue;
      checks.push({ id: budget.id, text: budget.text, size: r.size, database: r.database, value, max: budget.max, unit: budget.unit, ok: value <= budget.max });
    }
  }
  // Growth from 1,000 to 5,000 organisations: no faster than linear (with 10 % allowance for noise).
  const at = (n) => results.find((r) => r.size === n && r.database === 'sqlite');
  const [a, b] = [at(1000), at(5000)];
  if (a?.build && b?.build) {
    const expected = b.size / a.size;
    for (const [id, text, get] of [
      ['linear-build-time', 'build time grows no faster than linearly (1,000 → 5,000)', (r) => r.build.seconds],
      ['linear-output-size', 'output size grows no faster than linearly (1,000 → 5,000)', (r) => r.output.bytes],
    ]) {
      const ratio = get(b) / get(a);
      checks.push({ id, text, size: 5000, database: 'sqlite', value: ratio, max: expected * 1.1, unit: '×', ok: ratio <= expected * 1.1 });
    }
  }
  return checks;
}

const fmt = (value, unit) =>
  unit === 'bool'
    ? value
      ? 'no'
      : 'yes'
    : unit === 'KB'
      ? `${(value / KB).toFixed(1)} KB`
      : unit === 'ms'
        ? `${value.toFixed(0)} ms`
        : unit === 's'
          ? `${value.toFixed(1)} s`
          : unit === 'MB'
            ? `${(value / MB).toFixed(0)} MB`
            : `${value.toFixed(2)}${unit}`;

function markdown(report) {
  const rows = report.results;
  const head = (cols) => `| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`;
  const name = (r) => `${r.size.toLocaleString('en')} ${r.database === 'sqlite' ? '' : '(PostgreSQL)'}`.trim();
  const lines = [];
  lines.push(
    head([
      'organisations',
      'load',
      'fetch all',
      'full build',
      'peak memory',
      'publish-to-live',
      'no-change rebuild',
      'pages',
      'files',
      'output',
      'plain Astro + Pagefind (same pages)',
      'ours ÷ plain',
      'import: preview + drafts',
    ]),
  );
  for (const r of rows) {
    lines.push(
      `| ${name(r)} | ${s(r.load?.seconds)} | ${s(r.fetch?.seconds)} | ${s(r.build?.seconds)} | ${r.build ? `${(r.build.peakRssBytes / MB).toFixed(0)} MB` : '–'} | ${s(r.publishToLive?.medianSeconds)} | ${s(r.noChange?.seconds)} | ${r.output?.htmlPages ?? '–'} | ${r.output?.files ?? '–'} | ${r.output ? `${(r.output.bytes / MB).toFixed(1)} MB` : '–'} | ${r.plainAstro ? `${r.plainAstro.seconds.toFixed(1)} + ${(r.plainAstro.pagefind?.seconds ?? 0).toFixed(1)} s` : '–'} | ${r.plainAstro && r.build ? `${(r.build.seconds / r.plainAstro.totalSeconds).toFixed(1)}×` : '–'} | ${r.import ? `${r.import.rows.toLocaleString('en')} rows: ${s(r.import.previewSeconds)} + ${s(r.import.importSeconds)}` : '–'} |`,
    );
  }
  lines.push('');
  const templates = [...new Set(rows.flatMap((r) => Object.keys(r.pages ?? {})))];
  if (templates.length) {
    lines.push('Page weight before any interaction, desktop 1280×900 (gzip transferred; images and map tiles aside), requests in brackets:', '');
    lines.push(head(['template', ...rows.filter((r) => r.pages).map(name)]));
    for (const t of templates) {
      lines.push(
        `| ${t} | ${rows
          .filter((r) => r.pages)
          .map((r) => (r.pages[t] ? `${kb(r.pages[t].budgetBytes)} (${r.pages[t].requests})` : '–'))
          .join(' | ')} |`,
      );
    }
    lines.push('', 'The same on a phone-sized screen (390×844), where maps below the fold load only when scrolled to:', '');
    lines.push(head(['template', ...rows.filter((r) => r.pagesMobile).map(name)]));
    for (const t of templates) {
      lines.push(
        `| ${t} | ${rows
          .filter((r) => r.pagesMobile)
          .map((r) => (r.pagesMobile[t] ? `${kb(r.pagesMobile[t].budgetBytes)} (${r.pagesMobile[t].requests})` : '–'))
          .join(' | ')} |`,
      );
    }
    lines.push('');
    lines.push(head(['search', ...rows.filter((r) => r.search).map(name)]));
    const cell = (r, k) =>
      r.search[k] ? `${kb(r.search[k].transferred)} (${r.search[k].requests}), ${r.search[k].ms.toFixed(0)} ms, ${r.search[k].results} results` : '–';
    lines.push(
      `| before the first search (home) | ${rows
        .filter((r) => r.search)
        .map((r) => kb(r.search.beforeSearch?.transferred))
        .join(' | ')} |`,
    );
    lines.push(
      `| first search | ${rows
        .filter((r) => r.search)
        .map((r) => cell(r, 'first'))
        .join(' | ')} |`,
    );
    lines.push(
      `| follow-up (filtered) | ${rows
        .filter((r) => r.search)
        .map((r) => cell(r, 'followUp'))
        .join(' | ')} |`,
    );
    lines.push(
      `| naive: all organisations as one JSON (gzip) | ${rows
        .filter((r) => r.search)
        .map((r) => `${kb(r.naiveSearch?.gzipBytes)}${r.naiveSearchBrowser ? `, ${r.naiveSearchBrowser.totalMs.toFixed(0)} ms` : ''}`)
        .join(' | ')} |`,
    );
    lines.push('');
  }
  lines.push(head(['budget', 'size', 'measured', 'limit', '']));
  for (const c of report.budgets)
    lines.push(`| ${c.text} | ${name(c)} | ${fmt(c.value, c.unit)} | ${c.unit === 'bool' ? 'yes' : fmt(c.max, c.unit)} | ${c.ok ? 'holds' : '**over**'} |`);
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------------
if (cmsNeedsBuild()) {
  log('building the CMS first (strapi build)');
  await buildCms({ quiet: true });
}
const report = { startedAt: new Date().toISOString(), command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(), machine: machine(), results: [] };
const plan = [...sizes.map((n) => [n, 'sqlite']), ...postgresSizes.map((n) => [n, 'postgres'])];
for (const [size, database] of plan) {
  try {
    report.results.push(await benchOne(size, database));
  } catch (error) {
    console.error(`[bench] ${size} on ${database} failed: ${error.stack ?? error}`);
    report.results.push({ size, database, error: String(error.message ?? error) });
    process.exitCode = 1;
  }
}
report.finishedAt = new Date().toISOString();
report.budgets = checkBudgets(report.results.filter((r) => !r.error));
const md = markdown({ ...report, results: report.results.filter((r) => !r.error) });
const outFile = resolve(ROOT, values.out ?? join('bench-results', `bench-${report.startedAt.replace(/[:.]/g, '-')}.json`));
mkdirSync(resolve(outFile, '..'), { recursive: true });
writeFileSync(outFile, JSON.stringify(report, null, 2));
writeFileSync(outFile.replace(/\.json$/, '.md'), `${md}\n`);
console.log(`\n${md}\n`);
console.log(`Results: ${outFile} (+ .md). ${report.budgets.filter((c) => !c.ok).length} of ${report.budgets.length} budget checks over.`);
