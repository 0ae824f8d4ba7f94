import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildPlainAstro } from '../lib/plain-astro.mjs';
import { allFiles } from '../../tests/support/files.ts';

// The suite's snapshot; with MZO_SKIP_CMS=1 (no global setup), a snapshot file given as CMS_SNAPSHOT.
const snapshotFile = inject('snapshotFile') ?? process.env.CMS_SNAPSHOT;
const work = mkdtempSync(join(tmpdir(), 'mzo-plain-astro-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A tiny snapshot: the first `count` organisations (both locales) and every activity. */
function tinySnapshot(count: number) {
  if (!snapshotFile) throw new Error('No snapshot: run with the global setup, or MZO_SKIP_CMS=1 CMS_SNAPSHOT=<file>.');
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8'));
  const ids = [...new Set(snapshot.collections.organisation.map((o: any) => o.documentId))].slice(0, count);
  snapshot.collections.organisation = snapshot.collections.organisation.filter((o: any) => ids.includes(o.documentId));
  return snapshot;
}

const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

describe('the plain Astro benchmark baseline', () => {
  it('builds exactly the pages asked: every organisation in both locales, then listing pages; Pagefind indexes them', async () => {
    const snapshot = tinySnapshot(3);
    const outDir = join(work, 'eleven');
    const result = await buildPlainAstro({ snapshot, pages: 11, outDir, withPagefind: true });
    expect(result).toMatchObject({ pages: 11, requestedPages: 11, organisationPages: 6, listingPages: 5 });
    expect(allFiles(outDir).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))).toHaveLength(11);
    expect(result.seconds).toBeGreaterThan(0);
    expect(result.bytes).toBeGreaterThan(0);
    expect(result.files).toBeGreaterThanOrEqual(11);
    expect(result.pagefind).toMatchObject({ pages: 11 });
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);

    const organisation = snapshot.collections.organisation.find((o: any) => o.locale === 'nl');
    const page = readFileSync(join(outDir, 'organisaties', organisation.slug, 'index.html'), 'utf8');
    expect(page).toContain('<html lang="nl"');
    expect(page).toContain(`<h1>${html(organisation.name)}</h1>`);
    const activity = snapshot.collections.activity.find(
      (a: any) => a.locale === 'nl' && snapshot.collections.organisation.some((o: any) => o.locale === 'nl' && o.documentId === a.organisation?.documentId),
    );
    if (activity) {
      const owner = snapshot.collections.organisation.find((o: any) => o.locale === 'nl' && o.documentId === activity.organisation.documentId);
      expect(readFileSync(join(outDir, 'organisaties', owner.slug, 'index.html'), 'utf8')).toContain(html(activity.title));
    }
    expect(existsSync(join(outDir, 'en', 'organisaties', organisation.slug, 'index.html'))).toBe(true);
    // 5 listing pages: nl gets 3 (/, /pagina/2/, /pagina/3/), en 2 (/en/, /en/pagina/2/).
    for (const path of ['index.html', 'pagina/2/index.html', 'pagina/3/index.html', 'en/index.html', 'en/pagina/2/index.html']) {
      expect(existsSync(join(outDir, path)), path).toBe(true);
    }
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(html(organisation.name));
    // Plain: no client JS, no stylesheets.
    expect(allFiles(outDir).filter((f) => !f.includes('/pagefind/') && /\.(js|css)$/.test(f))).toEqual([]);
  }, 180_000);

  it('builds fewer organisation pages and no listing when fewer pages are asked than there are organisation pages', async () => {
    const result = await buildPlainAstro({ snapshot: tinySnapshot(3), pages: 4, outDir: join(work, 'four') });
    expect(result).toMatchObject({ pages: 4, organisationPages: 4, listingPages: 0 });
    expect(result.pagefind).toBeUndefined();
  }, 180_000);
});
