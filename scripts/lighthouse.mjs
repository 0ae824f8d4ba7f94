// `npm run lighthouse`: Lighthouse (mobile, its default simulated throttling) on the home page and the
// largest organisation page of a fresh build, with map tiles from a local stand-in and every other
// host unreachable. Needs CMS_SNAPSHOT (or CMS_URL) like `npm run build`; Chromium is the one
// tooling/chromium.ts finds (CHROME_PATH, Debian's, or the one from npm). Writes dist/lighthouse/<page>.report.{json,html} and prints the scores.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from '../tooling/chromium.ts';
import { ROOT } from '../tooling/paths.ts';
import { run } from '../tooling/run.ts';
import { serveSite } from '../tooling/serve-site.ts';
import { buildSite } from '../tooling/site-build.ts';
import { serveTiles } from '../tooling/tile-stand-in.ts';

const OUT = resolve(ROOT, 'dist', 'lighthouse');
const LIGHTHOUSE = resolve(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!process.env.CMS_SNAPSHOT && !process.env.CMS_URL) {
  console.error('Set CMS_SNAPSHOT=<snapshot.json> (see `npm run snapshot`) or CMS_URL to build the site to measure.');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const tiles = await serveTiles();
const { outDir } = await buildSite({
  env: { ...process.env, BUILD_NOW: process.env.BUILD_NOW ?? '2026-11-30T09:00:00+01:00', PUBLIC_TILE_URL: `${tiles.url}/{z}/{x}/{y}.png` },
  link: join(OUT, 'site'),
  quiet: true,
});
const site = await serveSite({ dir: join(OUT, 'site'), port: Number(process.env.PORT ?? 4330) });

// The organisation page with the most content is the heaviest one.
const organisations = join(outDir, 'organisaties');
const largest = readdirSync(organisations)
  .map((slug) => ({ slug, size: statSync(join(organisations, slug, 'index.html')).size }))
  .sort((a, b) => b.size - a.size)[0].slug;
const pages = { home: '/', organisation: `/organisaties/${largest}/` };

const browser = await findChromium();
const results = [];
try {
  for (const [name, path] of Object.entries(pages)) {
    const base = join(OUT, name);
    await run(
      process.execPath,
      [
        LIGHTHOUSE,
        `${site.url}${path}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        // Only the site and the tile stand-in resolve; any other host fails as if offline.
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"`,
        '--output=json',
        '--output=html',
        `--output-path=${base}`,
        '--quiet',
      ],
      { env: { ...process.env, ...browser.env, CHROME_PATH: browser.path } },
    );
    const report = JSON.parse(readFileSync(`${base}.report.json`, 'utf8'));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)]));
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
        id,
        report.audits[id].displayValue,
      ]),
    );
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    results.push({ page: name, path, lighthouse: report.lighthouseVersion, formFactor: report.configSettings.formFactor, ...scores, metrics, failing });
  }
} finally {
  site.server.close();
  tiles.server.close();
}

console.log('| page | path | performance | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.page} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} |`);
for (const r of results) {
  console.log(
    `\n${r.page} (Lighthouse ${r.lighthouse}, ${r.formFactor}): ${Object.entries(r.metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  if (r.failing.length) console.log(`  below 90: ${r.failing.join(', ')}`);
}
console.log(`\nReports: ${OUT}/{${Object.keys(pages).join(',')}}.report.html`);
