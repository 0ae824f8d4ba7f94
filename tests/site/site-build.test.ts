import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../tooling/site-build.ts';
import { demo, privateContactValues } from '../support/demo.ts';
import { allFiles } from '../support/files.ts';
import { TEST_BUILD_NOW } from '../support/suite.ts';

let outDir: string;

beforeAll(async () => {
  // No CMS_URL: the build must come from the snapshot alone.
  const env = { ...process.env, CMS_SNAPSHOT: inject('snapshotFile'), CMS_URL: 'http://127.0.0.1:9', BUILD_NOW: TEST_BUILD_NOW };
  // Its own link: `site` is the suite's shared build that tests/support/suite.ts serves to the browser tests.
  const result = await buildSite({ env, link: join(inject('workDir'), 'snapshot-site'), quiet: true });
  outDir = realpathSync(result.outDir);
}, 300_000);

const published = demo.organisations.filter((o: any) => o.published);

describe('a site build from a content snapshot', () => {
  it('gives agenda events a schema.org startDate in Amsterdam local time with its offset, the time the page shows', () => {
    const html = readFileSync(join(outDir, 'agenda', 'index.html'), 'utf8');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    const events = jsonLd['@graph'];
    expect(events.length).toBeGreaterThan(5);
    for (const event of events) {
      expect(event.startDate, event.name).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
      if (event.endDate) expect(event.endDate, event.name).toMatch(/\+0[12]:00$/);
      const shown = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(event.startDate));
      expect(event.startDate.slice(11, 16), event.name).toBe(shown);
    }
  });

  it('has a page for every published organisation in Dutch and in English', () => {
    for (const o of published) {
      const nl = join(outDir, 'organisaties', o.slug, 'index.html');
      const en = join(outDir, 'en', 'organisaties', o.slug, 'index.html');
      expect(existsSync(nl), nl).toBe(true);
      expect(existsSync(en), en).toBe(true);
      expect(readFileSync(nl, 'utf8')).toContain('<html lang="nl"');
      expect(readFileSync(en, 'utf8')).toContain('<html lang="en"');
      expect(readFileSync(en, 'utf8')).toContain(o.summary.en.replaceAll('&', '&amp;').slice(0, 40));
    }
    // Every organisation page, plus the A–Z list at /organisaties/ itself.
    const pages = allFiles(join(outDir, 'organisaties')).filter((f) => f.endsWith('index.html'));
    expect(pages).toHaveLength(published.length + 1);
    const list = readFileSync(join(outDir, 'organisaties', 'index.html'), 'utf8');
    for (const o of published) expect(list, o.slug).toContain(`href="/organisaties/${o.slug}/"`);
  });

  it('has no page for a draft organisation', () => {
    for (const o of demo.organisations.filter((x: any) => !x.published)) {
      expect(existsSync(join(outDir, 'organisaties', o.slug))).toBe(false);
    }
  });

  it('lists every published organisation on the home page with a link to its page', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const o of published) expect(home).toContain(`href="/organisaties/${o.slug}/"`);
  });

  it('contains no private contact value in any file, Pagefind index included', () => {
    const files = allFiles(outDir);
    expect(files.some((f) => f.includes(`${join('pagefind', 'fragment')}`))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      // Pagefind fragments and indexes are gzip-compressed.
      const text =
        file.endsWith('.pf_fragment') || file.endsWith('.pf_index') || file.endsWith('.pf_meta') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      for (const value of privateContactValues) expect(text, `${file} leaks ${value}`).not.toContain(value);
    }
  });
});
