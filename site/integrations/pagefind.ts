import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { localeOfPath } from '@mzo/content-types/locales';
import { organisationPath } from '../scripts/organisation-path.ts';

interface Fragment {
  url: string;
  meta?: Record<string, string>;
}

/**
 * Writes `pagefind/points-<lang>.json`: for every indexed page with a location, `[resultId, lat, lng,
 * title]`, plus the page's path only when it is not the one the map derives from the title
 * (`organisationPath`). The map can then show exactly the current search results from their ids alone,
 * without loading one fragment per result. Coordinates are rounded to 5 decimals (about a metre).
 * The home page loads this file when its map is in view: with 5,000 organisations the paths made up
 * two fifths of it.
 */
export function writeMapPoints(pagefindDir: string): Record<string, number> {
  const points: Record<string, (string | number)[][]> = {};
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const add = (id: string, fragment: Fragment) => {
    const lat = Number(fragment.meta?.lat);
    const lng = Number(fragment.meta?.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || !fragment.meta?.lat) return;
    const lang = localeOfPath(fragment.url);
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
  return counts;
}

/**
 * Indexes the built site with Pagefind's Node API after every build. Pagefind makes one index per
 * `<html lang>`; any error it reports fails the build.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mzo:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const points = writeMapPoints(`${outDir}/pagefind`);
          logger.info(`Pagefind indexed ${added.page_count} pages; map points: ${JSON.stringify(points)}.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
