/**
 * Incremental builds (issue 18): the build cache is kept between builds and a page is rendered again only when its
 * cacheKey (site/lib/page-keys.ts) changed. A wrong key ships a stale page, so this changes each kind of content in
 * turn in a copy of the suite's snapshot and rebuilds with the real build (tooling/site-build.ts), checking that the
 * pages that show the change changed, that every other file kept its bytes, that pages not showing it were not
 * rendered again, and that a value taken from the public is gone from every file (Pagefind's files unpacked).
 * Two languages (SITE_LOCALES=nl,en) keep the builds short; the keys are the same for every language.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Snapshot } from '@mzo/content-types/rest';
import { ROOT } from '../../tooling/paths.ts';
import { buildSite, UNCHANGED_MESSAGE, type SiteBuild } from '../../tooling/site-build.ts';

type Entry = Record<string, unknown> & { documentId: string; locale?: string };

const original: Snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));
let workDir: string;
let link: string;
let snapshotFile: string;
let snapshot: Snapshot;
let files: Map<string, string>;

const env = () => ({
  ...process.env,
  CMS_SNAPSHOT: snapshotFile,
  CMS_URL: '',
  BUILD_NOW: '2026-11-30T09:00:00+01:00',
  SITE_LOCALES: 'nl,en',
  PUBLIC_TILE_URL: inject('tileUrl'),
  SITE_FULL_BUILD: '',
  // Astro's log in colour, as in CI (FORCE_COLOR): the counts below are read from it and must not depend on it.
  FORCE_COLOR: '1',
});

/** Every file of a build by path, with its sha256; Pagefind's gzip'd files unpacked (for the text search below). */
function readBuild(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else result.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

/** The text of a built file, Pagefind's files gunzipped. */
function text(dir: string, file: string): string {
  const bytes = readFileSync(join(dir, file));
  if (file.startsWith('pagefind/') && bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/** The files in which two builds differ: missing from one, or with other bytes. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/** A build of the snapshot as it is now from nothing (its own link and cache), to compare an incremental one with. */
async function fullBuild(extraEnv: Record<string, string> = {}): Promise<Map<string, string>> {
  const fresh = join(workDir, 'fresh');
  const build = await buildSite({ env: { ...env(), ...extraEnv }, link: fresh, quiet: true, full: true, log: () => {} });
  expect(build.full).toBe(true);
  expect(build.search).toBe('indexed');
  return readBuild(realpathSync(fresh));
}

/**
 * Rebuilds incrementally after a change of the snapshot, and checks the result byte for byte against a full build of
 * the same content: every page, feed and open-data file, the search index included.
 */
async function rebuild(extraEnv: Record<string, string> = {}): Promise<SiteBuild & { changed: string[]; added: string[]; gone: string[] }> {
  writeFileSync(snapshotFile, JSON.stringify(snapshot));
  const served = realpathSync(link);
  const build = await buildSite({ env: { ...env(), ...extraEnv }, link, quiet: true, log: () => {} });
  // The build that was served keeps every byte: pages restored as links to the cache are never written in place.
  expect(differences(readBuild(served), files)).toEqual([]);
  const next = readBuild(realpathSync(link));
  expect(differences(next, await fullBuild(extraEnv))).toEqual([]);
  const changed = [...next].filter(([file, sum]) => files.has(file) && files.get(file) !== sum).map(([file]) => file);
  const added = [...next.keys()].filter((file) => !files.has(file));
  const gone = [...files.keys()].filter((file) => !next.has(file));
  files = next;
  return { ...build, changed, added, gone };
}

const nl = (type: string) => (snapshot.collections[type] as Entry[]).filter((e) => (e.locale ?? 'nl') === 'nl');
const all = (type: string) => snapshot.collections[type] as Entry[];
const orgPage = (slug: string) => `organisaties/${slug}/index.html`;
/** Files that change with any content change whatever they show: the search index and the data package's date. */
const ALWAYS = (file: string) => file.startsWith('pagefind/') || file.endsWith('datapackage.json');

/** Organisations that nothing in the snapshot relates to `ids`, and that relate to none of them. */
function unrelatedOrganisation(ids: string[]): Entry {
  const refs = (value: unknown): string[] =>
    Array.isArray(value) ? value.flatMap(refs) : value && typeof value === 'object' && 'documentId' in value ? [String(value.documentId)] : [];
  const touching = new Set(ids);
  for (const o of nl('organisation')) {
    const mine = [...refs(o.memberOf), ...refs(o.partners)];
    if (mine.some((id) => touching.has(id))) touching.add(o.documentId);
    if (touching.has(o.documentId)) for (const id of mine) touching.add(id);
  }
  for (const c of nl('consultation')) {
    const participants = refs(c.participants);
    if (participants.some((id) => touching.has(id))) for (const id of participants) touching.add(id);
  }
  const candidate = nl('organisation').find((o) => !touching.has(o.documentId));
  if (!candidate) throw new Error('the snapshot has no organisation unrelated to the ones changed');
  return candidate;
}

const refs = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(refs) : value && typeof value === 'object' && 'documentId' in value ? [String(value.documentId)] : [];

/**
 * A wijk (or theme) whose pages show nothing of organisation `o`: no organisation, activity, room or consultation in
 * it is `o` or names `o` (as organiser, provider, participant, koepel or partner).
 */
function placeNotShowing(o: Entry, type: 'wijk' | 'theme'): Entry {
  const places = (e: Entry) =>
    type === 'wijk'
      ? refs([e.locatedIn, e.serves, e.wijk, e.wijken])
      : refs([e.themes, all('organisation').find((x) => x.documentId === refs(e.organisation)[0])?.themes]);
  const touched = new Set<string>();
  for (const kind of ['organisation', 'activity', 'room', 'consultation']) {
    for (const e of nl(kind)) if (e.documentId === o.documentId || JSON.stringify(e).includes(o.documentId)) for (const id of places(e)) touched.add(id);
  }
  const place = nl(type).find((p) => !touched.has(p.documentId) && !p.sensitive && nl('organisation').some((x) => places(x).includes(p.documentId)));
  if (!place) throw new Error(`the snapshot has no ${type} that shows nothing of ${o.documentId}`);
  return place;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-incremental-'));
  link = join(workDir, 'site');
  snapshotFile = join(workDir, 'snapshot.json');
  snapshot = structuredClone(original);
  writeFileSync(snapshotFile, JSON.stringify(snapshot));
  const first = await buildSite({ env: env(), link, quiet: true, log: () => {} });
  expect(first.full).toBe(true);
  files = readBuild(realpathSync(link));
}, 600_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('incremental builds', { timeout: 300_000 }, () => {
  it('a rebuild with nothing changed does not start Astro: the served build stays, every byte, and the log says so', async () => {
    const served = realpathSync(link);
    // Astro rewrites its incremental-build manifest on every build it runs with this cache.
    const manifest = join(workDir, 'builds', 'site.cache', 'incremental-build.json');
    const manifestBefore = statSync(manifest).mtimeMs;
    const page = orgPage(String(nl('organisation')[0].slug));
    const pageBefore = statSync(join(served, page));
    const lines: string[] = [];
    writeFileSync(snapshotFile, JSON.stringify(snapshot));
    const build = await buildSite({ env: env(), link, quiet: true, log: (line) => lines.push(line) });
    expect(build.unchanged).toBe(true);
    expect(build.full).toBe(false);
    expect(lines).toContain(UNCHANGED_MESSAGE);
    // The same folder is served, and nothing in it was written: no new build, no page rendered or restored.
    expect(build.outDir).toBe(served);
    expect(realpathSync(link)).toBe(served);
    expect(readdirSync(join(workDir, 'builds')).filter((entry) => /^site-\d+$/.test(entry))).toEqual([basename(served)]);
    expect(statSync(manifest).mtimeMs).toBe(manifestBefore);
    const pageAfter = statSync(join(served, page));
    expect([pageAfter.ino, pageAfter.mtimeMs]).toEqual([pageBefore.ino, pageBefore.mtimeMs]);
    expect(differences(readBuild(served), files)).toEqual([]);
    // And what stays is what a full build of the same content makes now.
    expect(differences(readBuild(served), await fullBuild())).toEqual([]);
  });

  it('a rebuild that only the environment started renders nothing: every page a link to the cache, the search index kept', async () => {
    // A variable no page reads: Astro runs (the environment is part of what a skip compares), and finds every key unchanged.
    const unchanged = await rebuild({ MZO_TEST_UNRELATED: String(Date.now()) });
    expect(unchanged.unchanged).toBeUndefined();
    expect(unchanged.full).toBe(false);
    // Only the routes without getStaticPaths (404, robots.txt, the service worker) are always rendered, to the same bytes.
    expect(unchanged.renderedFiles!.filter((f) => !/^\/?(404\.html|robots\.txt|sw\.js)$/.test(f))).toEqual([]);
    expect(unchanged.reused).toBeGreaterThan(100);
    expect(unchanged.changed.filter((f) => !ALWAYS(f))).toEqual([]);
    expect([...unchanged.added, ...unchanged.gone]).toEqual([]);
    // Restored as hard links to the build cache's copies, not copied.
    const dir = realpathSync(link);
    const page = orgPage(String(nl('organisation')[0].slug));
    expect(statSync(join(dir, page)).ino).toBe(statSync(join(workDir, 'builds', 'site.cache', 'dist', page)).ino);
    // The search index kept as links: the previous build's index files themselves, not copies.
    expect(unchanged.search).toBe('kept');
    expect(unchanged.changed.filter((f) => f.startsWith('pagefind/'))).toEqual([]);
    expect(statSync(join(dir, 'pagefind', 'pagefind-entry.json')).nlink).toBeGreaterThan(1);
  });

  it('after a rebuild that changed nothing, a content change builds and shows, and the index is made again', async () => {
    // The environment is back to what it was: that builds (nothing rendered), and then nothing has changed.
    expect((await rebuild()).unchanged).toBeUndefined();
    const skipped = await rebuild();
    expect(skipped.unchanged).toBe(true);
    const target = nl('organisation').findLast((o) => o.summary)!;
    const marker = `Zoekwoord${Date.now()}`;
    for (const o of all('organisation')) if (o.documentId === target.documentId && (o.locale ?? 'nl') === 'nl') o.summary = marker;
    const changed = await rebuild();
    expect(changed.unchanged).toBeUndefined();
    expect(changed.changed).toContain(orgPage(String(target.slug)));
    expect(text(realpathSync(link), orgPage(String(target.slug)))).toContain(marker);
    expect(changed.search).toBe('indexed');
    // The new word is in the index (rebuild() proved the whole index equal to a fresh one).
    const found = [...files.keys()].filter((file) => file.startsWith('pagefind/') && text(realpathSync(link), file).includes(marker));
    expect(found.length).toBeGreaterThan(0);
  });

  it("an organisation's summary: its pages change, pages that do not show it keep their bytes and are not rendered again", async () => {
    const target = nl('organisation').find((o) => o.summary)!;
    const other = unrelatedOrganisation([target.documentId]);
    // The page is in the served build as a link to the cache's copy, which this build renders again (rebuild()
    // checks that the served build keeps its bytes).
    expect(statSync(join(realpathSync(link), orgPage(String(target.slug)))).nlink).toBeGreaterThan(1);
    const marker = `Nieuwe samenvatting ${Date.now()}`;
    for (const o of all('organisation')) if (o.documentId === target.documentId && (o.locale ?? 'nl') === 'nl') o.summary = marker;
    const build = await rebuild();
    expect(build.full).toBe(false);
    expect(build.changed).toContain(orgPage(String(target.slug)));
    expect(text(realpathSync(link), orgPage(String(target.slug)))).toContain(marker);
    const dir = realpathSync(link);
    for (const file of build.changed) if (!ALWAYS(file)) expect(text(dir, file), file).toContain(marker);
    expect(build.renderedFiles).not.toContain(`/organisaties/${other.slug}/index.html`);
    expect(build.renderedFiles).not.toContain(`/en/organisaties/${other.slug}/index.html`);
    // A wijk's and a theme's pages that show nothing of it are not rendered again either.
    const wijk = placeNotShowing(target, 'wijk');
    for (const page of ['', 'overzicht/', 'netwerk/']) expect(build.renderedFiles).not.toContain(`/wijken/${wijk.slug}/${page}index.html`);
    expect(build.renderedFiles).not.toContain(`/themas/${placeNotShowing(target, 'theme').slug}/index.html`);
    // The pages that did not change far outnumber those that did.
    expect(build.reused!).toBeGreaterThan(build.rendered! * 2);
  });

  it("an organisation without activities: the agenda's pages and the wijk and theme feeds are not rendered again", async () => {
    // Keyed by what they list (page-keys.ts): before, every agenda page and every wijk and theme feed was keyed by all
    // the content of its language and rendered again with any change.
    const owners = new Set(nl('activity').flatMap((a) => refs(a.organisation)));
    const target = nl('organisation').find((o) => !owners.has(o.documentId) && o.summary)!;
    for (const o of all('organisation')) if (o.documentId === target.documentId && (o.locale ?? 'nl') === 'nl') o.summary = `Zonder activiteiten ${Date.now()}`;
    const build = await rebuild();
    expect(build.changed).toContain(orgPage(String(target.slug)));
    const rendered = build.renderedFiles!;
    expect(rendered.filter((f) => /\/agenda\/(week\/[^/]+\/)?index\.html$/.test(f))).toEqual([]);
    expect(rendered.filter((f) => /\/open-data\/ical\/(wijk|thema)\//.test(f))).toEqual([]);
    // Its own calendar feed lists none of its activities, but is keyed by the organisation: it is rendered, same bytes.
    expect(rendered).toContain(`/open-data/ical/organisatie/${target.slug}.ics`);
  });

  it("an organisation named as partner: the naming wijk's network page is rendered again, its page and overview are not", async () => {
    // Keyed apart (wijkNetworkKey): before, a wijk's page and overview carried the network page's key and were rendered
    // again with any change of an organisation its organisations name as koepel or partner.
    const inWijk = (o: Entry, w: string) => refs([o.locatedIn, o.serves]).includes(w);
    const pair = nl('wijk')
      .flatMap((w) =>
        nl('organisation')
          .filter((o) => inWijk(o, w.documentId))
          .flatMap((o) => refs([o.memberOf, o.partners]).map((id) => ({ w, id }))),
      )
      .find(({ w, id }) => {
        const named = nl('organisation').find((o) => o.documentId === id);
        // Named, but not itself shown on the wijk's page: not in the wijk, no activity, room or consultation there.
        if (!named) return false;
        const showing = ['organisation', 'activity', 'room', 'consultation'].flatMap((kind) =>
          nl(kind)
            .filter((e) => (kind === 'organisation' ? e.documentId === id : JSON.stringify(e).includes(id)))
            .flatMap((e) => refs([e.locatedIn, e.serves, e.wijk, e.wijken])),
        );
        return !showing.includes(w.documentId);
      });
    expect(pair, 'the snapshot has a wijk whose organisations name one shown nowhere on its page').toBeDefined();
    const { w, id } = pair!;
    for (const o of all('organisation')) if (o.documentId === id && (o.locale ?? 'nl') === 'nl') o.summary = `Partner ${Date.now()}`;
    const build = await rebuild();
    expect(build.renderedFiles).toContain(`/wijken/${w.slug}/netwerk/index.html`);
    expect(build.renderedFiles).not.toContain(`/wijken/${w.slug}/index.html`);
    expect(build.renderedFiles).not.toContain(`/wijken/${w.slug}/overzicht/index.html`);
  });

  it("a theme's name in English only: the English files that show it change, with the English name", async () => {
    // The keys are per language: an English label is in the English content (sharedKey), not the Dutch.
    const activity = nl('activity').find((a) => a.organisation && refs(a.themes).length)!;
    const themeId = refs(activity.themes)[0];
    const english = all('theme').find((t) => t.documentId === themeId && t.locale === 'en');
    expect(english, 'the snapshot has an English theme name').toBeDefined();
    const theme = nl('theme').find((t) => t.documentId === themeId)!;
    const marker = `Englishthemename${Date.now()}`;
    english!.name = marker;
    const build = await rebuild();
    expect(build.changed).toContain(`en/open-data/ical/thema/${theme.slug}.ics`);
    expect(text(realpathSync(link), `en/open-data/ical/thema/${theme.slug}.ics`)).toContain(marker);
    expect(build.changed.filter((f) => !ALWAYS(f) && !f.startsWith('en/'))).toEqual([]);
  });

  it("an activity's time: its organisation's page, the agenda and its calendar files change", async () => {
    const activity = nl('activity').find((a) => a.organisation && !a.recurrence && a.startsAt)!;
    const owner = nl('organisation').find((o) => o.documentId === (activity.organisation as Entry).documentId)!;
    const other = unrelatedOrganisation([owner.documentId]);
    const start = new Date(String(activity.startsAt));
    start.setUTCMinutes(start.getUTCMinutes() + 17);
    for (const a of all('activity')) if (a.documentId === activity.documentId) a.startsAt = start.toISOString();
    const build = await rebuild();
    expect(build.changed).toContain(orgPage(String(owner.slug)));
    expect(build.changed.some((f) => f.includes(`agenda/activiteit/${activity.documentId}`))).toBe(true);
    expect(build.renderedFiles).not.toContain(`/organisaties/${other.slug}/index.html`);
  });

  it("a theme's name: exactly the files that show the theme change", async () => {
    const used = new Set(nl('organisation').flatMap((o) => ((o.themes as Entry[] | undefined) ?? []).map((t) => t.documentId)));
    const theme = nl('theme').find((t) => !t.sensitive && used.has(t.documentId))!;
    const marker = `Themanaam${Date.now()}`;
    for (const t of all('theme')) if (t.documentId === theme.documentId && (t.locale ?? 'nl') === 'nl') t.name = marker;
    const build = await rebuild();
    const dir = realpathSync(link);
    const owner = nl('organisation').find((o) => ((o.themes as Entry[] | undefined) ?? []).some((t) => t.documentId === theme.documentId))!;
    expect(build.changed).toContain(orgPage(String(owner.slug)));
    for (const file of build.changed) if (!ALWAYS(file)) expect(text(dir, file), file).toContain(marker);
    for (const file of build.added) expect(text(dir, file).length).toBeGreaterThan(0);
  });

  it('a contact moved from public to officials only: gone from every file, Pagefind included', async () => {
    const contact = (snapshot.collections['contact-person'] as Entry[]).find((c) => c.email && c.organisation)!;
    const owner = nl('organisation').find((o) => o.documentId === (contact.organisation as Entry).documentId)!;
    const before = text(realpathSync(link), orgPage(String(owner.slug)));
    expect(before).toContain(String(contact.email));
    // The CMS's public API no longer gives the contact (cms/src/api/contact-person): the snapshot loses it.
    snapshot.collections['contact-person'] = (snapshot.collections['contact-person'] as Entry[]).filter((c) => c.documentId !== contact.documentId);
    const build = await rebuild();
    expect(build.changed).toContain(orgPage(String(owner.slug)));
    const dir = realpathSync(link);
    const leaks = [...files.keys()].filter((file) => text(dir, file).includes(String(contact.email)));
    expect(leaks).toEqual([]);
  });

  it('an unpublished organisation: its pages are gone and its name is on no page any more', async () => {
    const target = unrelatedOrganisation([]);
    const name = String(target.name);
    for (const type of Object.keys(snapshot.collections)) {
      snapshot.collections[type] = (snapshot.collections[type] as Entry[]).filter((e) => e.documentId !== target.documentId);
    }
    // As the CMS answers: relations to an unpublished entry are not given.
    for (const type of ['activity', 'room', 'contact-person']) {
      snapshot.collections[type] = (snapshot.collections[type] as Entry[]).filter(
        (e) =>
          (e.organisation as Entry | undefined)?.documentId !== target.documentId &&
          (e.providerOrganisation as Entry | undefined)?.documentId !== target.documentId,
      );
    }
    const build = await rebuild();
    expect(build.gone).toContain(orgPage(String(target.slug)));
    const dir = realpathSync(link);
    const mentions = [...files.keys()].filter((file) => !file.startsWith('pagefind/') && text(dir, file).includes(`>${name}<`));
    expect(mentions).toEqual([]);
  });

  it('a new organisation: its page appears, unrelated pages are not rendered again', async () => {
    const source = unrelatedOrganisation([]);
    const copy = (e: Entry) => ({
      ...structuredClone(e),
      documentId: 'nieuweorganisatie0000001',
      slug: 'nieuwe-organisatie-test',
      name: 'Nieuwe Organisatie Test',
      memberOf: [],
      partners: [],
    });
    const copies = all('organisation')
      .filter((o) => o.documentId === source.documentId)
      .map(copy);
    snapshot.collections.organisation = [...all('organisation'), ...copies];
    const other = unrelatedOrganisation([source.documentId]);
    const build = await rebuild();
    expect(build.added).toContain(orgPage('nieuwe-organisatie-test'));
    expect(build.renderedFiles).not.toContain(`/organisaties/${other.slug}/index.html`);
  });

  // Near the end: the build after this one finds the component changed back and renders its pages again.
  it('a changed component builds, with nothing else changed', async () => {
    const component = join(ROOT, 'site', 'components', 'SupportOfferCard.astro');
    const source = readFileSync(component, 'utf8');
    expect(source.startsWith('---\n')).toBe(true);
    try {
      // A comment in the component's script: its code changed, the pages it renders are the same bytes.
      writeFileSync(component, source.replace(/^---\n/, `---\n// ${Date.now()}: changed by tests/site/incremental-build.test.ts\n`));
      const build = await rebuild();
      expect(build.unchanged).toBeUndefined();
      expect(build.full).toBe(false);
      expect(build.renderedFiles!.length).toBeGreaterThan(0);
    } finally {
      writeFileSync(component, source);
    }
  });

  it('a record of the last build that cannot be read builds, and so does a full build asked for, with nothing changed', async () => {
    writeFileSync(snapshotFile, JSON.stringify(snapshot));
    const record = join(workDir, 'builds', 'site.cache', 'mzo-last-build.json');
    expect(existsSync(record)).toBe(true);
    writeFileSync(record, '{ "version": 1, "outDir": ');
    const lines: string[] = [];
    const served = realpathSync(link);
    const afterCorrupt = await buildSite({ env: env(), link, quiet: true, log: (line) => lines.push(line) });
    expect(afterCorrupt.unchanged).toBeUndefined();
    expect(afterCorrupt.outDir).not.toBe(served);
    expect(lines.join('\n')).toMatch(/Building: the record of the last build \(mzo-last-build\.json\) could not be read/);
    expect(differences(readBuild(realpathSync(link)), files)).toEqual([]);
    // The build wrote a good record again: the next rebuild with nothing changed keeps the site.
    const skipped = await buildSite({ env: env(), link, quiet: true, log: () => {} });
    expect(skipped.unchanged).toBe(true);
    expect(skipped.outDir).toBe(afterCorrupt.outDir);
    const forced = await buildSite({ env: { ...env(), SITE_FULL_BUILD: '1' }, link, quiet: true, log: () => {} });
    expect(forced.unchanged).toBeUndefined();
    expect(forced.full).toBe(true);
    expect(forced.outDir).not.toBe(afterCorrupt.outDir);
    expect(differences(readBuild(realpathSync(link)), files)).toEqual([]);
  });

  it('a build cache that cannot be read: a full build that says so, and the site is whole', async () => {
    const cache = join(workDir, 'builds', 'site.cache', 'incremental-build.json');
    writeFileSync(cache, '{ this is not json');
    const lines: string[] = [];
    const build = await buildSite({ env: env(), link, quiet: true, log: (line) => lines.push(line) });
    expect(build.full).toBe(true);
    expect(build.reason).toMatch(/incremental-build\.json/);
    expect(lines.join('\n')).toMatch(/Full build: incremental-build\.json in the build cache could not be read/);
    expect(readBuild(realpathSync(link)).size).toBe(files.size);
  });
});
