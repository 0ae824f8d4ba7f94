import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { localeOfPath } from '@mzo/content-types/locales';
import { organisationPath } from '../scripts/organisation-path.ts';
import { linkTree, listFiles, sameBytes } from './build-files.ts';

interface Fragment {
  url: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/**
 * Writes `pagefind/points-<lang>.json`: for every indexed page with a location, `[resultId, lat, lng,
 * title]`, plus the page's path only when it is not the one the map derives from the title
 * (`organisationPath`). The map can then show exactly the current search results from their ids alone,
 * without loading one fragment per result. Coordinates are rounded to 5 decimals (about a metre).
 * The home page loads this file when its map is in view: with 5,000 organisations the paths made up
 * two fifths of it.
 * Beside it `pagefind/map-wijken-<lang>.json`, the summary the home map shows above MAP_SUMMARY_ABOVE
 * organisations instead of every point (site/lib/map-config.ts): `[wijk, lat, lng, count]` per wijk, the count
 * being what the wijk filter finds (located there or active there) and the place the middle of the points located
 * there.
 */
export function writeMapPoints(pagefindDir: string): Record<string, number> {
  const points: Record<string, (string | number)[][]> = {};
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const wijken: Record<string, Map<string, { count: number; lat: number; lng: number; located: number }>> = {};
  const add = (id: string, fragment: Fragment) => {
    const summary = (wijken[localeOfPath(fragment.url)] ??= new Map());
    const wijk = (name: string) => summary.get(name) ?? summary.set(name, { count: 0, lat: 0, lng: 0, located: 0 }).get(name)!;
    for (const name of fragment.filters?.wijk ?? []) wijk(name).count++;
    const lat = Number(fragment.meta?.lat);
    const lng = Number(fragment.meta?.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || !fragment.meta?.lat) return;
    const lang = localeOfPath(fragment.url);
    if (fragment.meta.wijk) {
      const located = wijk(fragment.meta.wijk);
      located.lat += lat;
      located.lng += lng;
      located.located++;
    }
    const title = fragment.meta.title ?? '';
    const point: (string | number)[] = [id, round(lat), round(lng), title];
    if (fragment.url !== organisationPath(lang, title)) point.push(fragment.url);
    (points[lang] ??= []).push(point);
  };
  const dir = join(pagefindDir, 'fragment');
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    // Fragments are gzip'd JSON after a "pagefind_dcd" signature; a group file maps hashes to fragments.
    const text = gunzipSync(readFileSync(join(dir, file)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const parsed = JSON.parse(text) as Fragment | Record<string, Fragment>;
    if (typeof (parsed as Fragment).url === 'string') add(file.replace(/\.pf_fragment$/, ''), parsed as Fragment);
    else for (const [hash, fragment] of Object.entries(parsed as Record<string, Fragment>)) add(hash, fragment);
  }
  const counts: Record<string, number> = {};
  for (const [lang, list] of Object.entries(points)) {
    list.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    writeFileSync(join(pagefindDir, `points-${lang}.json`), JSON.stringify(list));
    counts[lang] = list.length;
  }
  for (const [lang, summary] of Object.entries(wijken)) {
    const list = [...summary]
      .filter(([, w]) => w.located > 0)
      .map(([name, w]) => [name, round(w.lat / w.located), round(w.lng / w.located), w.count])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    writeFileSync(join(pagefindDir, `map-wijken-${lang}.json`), JSON.stringify(list));
  }
  return counts;
}

/** The build cache's record of the last index written: what made it, and the digest of its entry file. */
const INDEX_RECORD = 'pagefind-index.json';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** What an index depends on besides the pages: Pagefind's version and this integration's code. */
function indexerStamp(root: string): string | undefined {
  const pagefindPackage = join(root, 'node_modules', 'pagefind', 'package.json');
  const ownCode = fileURLToPath(import.meta.url);
  if (!existsSync(pagefindPackage) || !existsSync(ownCode)) return undefined;
  return sha256(readFileSync(pagefindPackage, 'utf8') + readFileSync(ownCode, 'utf8'));
}

const isPage = (file: string) => file.endsWith('.html') && !file.startsWith('pagefind/');

/**
 * When the pages of `outDir` are those of `previous` with the same bytes, and `previous` holds the index this code
 * wrote last (`record`), links that index into `outDir` and returns the number of pages; else returns 0. Pagefind
 * reads the HTML files only, so the same pages give the same index.
 */
function keepPreviousIndex(outDir: string, previous: string, record: string, stamp: string): number {
  const entry = join(previous, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(record) || !existsSync(entry)) return 0;
  let recorded: { stamp?: string; entry?: string };
  try {
    recorded = JSON.parse(readFileSync(record, 'utf8'));
  } catch {
    return 0;
  }
  if (recorded.stamp !== stamp || recorded.entry !== sha256(readFileSync(entry))) return 0;
  const pages = listFiles(outDir, isPage);
  const before = listFiles(previous, isPage);
  if (pages.length !== before.length || pages.some((file, i) => file !== before[i])) return 0;
  // The pages this build rendered first: a page restored from the build cache is a hard link to the cache's copy
  // (linkedRestores), one rendered is a file of its own. When one of them changed (a content change), that is found
  // at once instead of after reading every page before it.
  const restored = new Set(pages.filter((file) => statSync(join(outDir, file)).nlink > 1));
  const order = [...pages.filter((file) => !restored.has(file)), ...restored];
  if (!order.every((file) => sameBytes(join(outDir, file), join(previous, file)))) return 0;
  linkTree(join(previous, 'pagefind'), join(outDir, 'pagefind'));
  return pages.length;
}

/**
 * Indexes the built site in `outDir` with Pagefind's Node API; any error it reports throws. Pagefind makes one index
 * per `<html lang>`. Returns the line to log ("Pagefind indexed …" or "Pagefind kept …", tooling/site-build.ts reads it).
 *
 * An incremental rebuild (`previous`: the build it follows, SITE_PREVIOUS_BUILD) in which no page changed keeps the
 * previous build's index instead: the same pages give the same index, and indexing every page again is most of a
 * no-change rebuild. The build cache (`cacheDir`) records which index this code wrote last, so an index written by
 * another Pagefind version or other code here is never kept.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSearch({
  outDir,
  root,
  cacheDir,
  previous,
}: {
  outDir: string;
  root: string;
  cacheDir?: string;
  previous?: string;
}): Promise<string> {
  const record = cacheDir ? join(cacheDir, INDEX_RECORD) : undefined;
  const stamp = indexerStamp(root);
  const kept = previous && record && stamp ? keepPreviousIndex(outDir, previous, record, stamp) : 0;
  if (kept) return `Pagefind kept the index of the previous build: none of its ${kept} pages changed.`;
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let message: string;
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const points = writeMapPoints(`${outDir}/pagefind`);
    message = `Pagefind indexed ${added.page_count} pages; map points: ${JSON.stringify(points)}.`;
  } finally {
    await pagefind.close();
  }
  if (record && stamp) {
    const entry = sha256(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json')));
    mkdirSync(cacheDir!, { recursive: true });
    writeFileSync(record, JSON.stringify({ stamp, entry }));
  }
  return message;
}

/**
 * The search index of every build (`indexSearch`), made when Astro is done. With SITE_SEARCH_INDEX=after the build
 * leaves it to whoever started it: tooling/site-build.ts indexes in a process of its own once Astro has exited, so
 * Pagefind's memory does not come on top of everything Astro still holds at the end of a build.
 */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  let cacheDir: string | undefined;
  return {
    name: 'mzo:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SITE_SEARCH_INDEX === 'after') return;
        logger.info(await indexSearch({ outDir: fileURLToPath(dir), root, cacheDir, previous: process.env.SITE_PREVIOUS_BUILD }));
      },
    },
  };
}
