import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describeSync, writeSnapshot } from '@mzo/content-types/rest';
import { contentSourceFromEnv, readSyncState, syncContent } from '../site/loaders/content-source.ts';
import { buildDay, codeFingerprint, contentDigest, environmentFingerprint, readRecord, snapshotFileDigest, whatChanged, writeRecord } from './build-record.ts';
import { ASTRO_BIN, ROOT } from './paths.ts';
import { run } from './run.ts';

const SEARCH_INDEX_SCRIPT = join(ROOT, 'tooling', 'search-index.ts');

/**
 * The JavaScript heap Astro's process may use, in MB: SITE_BUILD_HEAP_MB, else half of the memory this machine (or
 * its container) has, never less than Node's own limit. Node stops at about 4 GB of heap whatever the machine has,
 * and a larger directory may need more. (The out-of-memory of 5,000 organisations on 4 December 2026 was a leak, fixed in
 * site/lib/agenda.ts buildNow; since then that build finishes within 4 GB: docs/performance.md.)
 */
export function astroHeapMb(env: NodeJS.ProcessEnv = process.env, memoryBytes = machineMemory()): number {
  const asked = env.SITE_BUILD_HEAP_MB?.trim();
  if (asked) {
    if (!/^[1-9][0-9]*$/.test(asked)) {
      throw new Error(
        `SITE_BUILD_HEAP_MB is "${env.SITE_BUILD_HEAP_MB}": give the heap for the site build in MB, a whole number such as 8192, or leave it out.`,
      );
    }
    return Number(asked);
  }
  return Math.max(4096, Math.floor(memoryBytes / 2 / 1024 / 1024));
}

/** The memory this machine has, or less when its container (cgroup) is given less. */
function machineMemory(): number {
  const constrained = process.constrainedMemory();
  return constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
}

/**
 * The heap flag for Astro's process: none when NODE_OPTIONS already sets one (a flag on the command line would
 * overrule it, and whoever set NODE_OPTIONS meant it), else astroHeapMb.
 */
export function astroHeapArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (/--max-old-space-size[=\s]/.test(env.NODE_OPTIONS ?? '')) return [];
  return [`--max-old-space-size=${astroHeapMb(env)}`];
}

/** Where `npm start` serves the site from: a symlink to the newest good build. */
export const SITE_LINK = resolve(ROOT, 'dist', 'site');
const BUILDS = resolve(ROOT, 'dist', 'builds');

/** What one build did: where it went, how long it took, how many pages it rendered and how many it reused. */
export interface SiteBuild {
  outDir: string;
  seconds: number;
  /** Whether every page was rendered (no usable cache, SITE_FULL_BUILD, or `full`). */
  full: boolean;
  /** Why the build was a full one, when it was. */
  reason?: string;
  /** Pages and files rendered this build, and those copied from the previous one (Astro's "(cached)"/"(restored)"). */
  rendered?: number;
  reused?: number;
  /** The output files rendered this build (only when `quiet`, from Astro's log). */
  renderedFiles?: string[];
  /** What the content sync did (site/loaders/content-source.ts): "full …" or "incremental …". */
  sync?: string;
  /** Whether Pagefind indexed the pages, or kept the previous build's index because no page changed. */
  search?: 'indexed' | 'kept';
  /**
   * True when nothing changed since the served build (content, code, environment, day: tooling/build-record.ts), so
   * Astro did not run and the served build stays as it is (`outDir` is that build).
   */
  unchanged?: boolean;
}

/** The log line of a rebuild that found nothing to do. */
export const UNCHANGED_MESSAGE = 'Nothing changed since the last build (content, code, settings, day): the site stays as it is.';

/** The files of the build cache that must be readable JSON when present: Astro's and the content sync's. */
const CACHE_FILES = ['incremental-build.json', 'data-store.json', 'mzo-content.json'];

/** Why the cache in `dir` cannot be used, or undefined when it can (or there is none). */
function unusableCache(dir: string): string | undefined {
  for (const file of CACHE_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    try {
      JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      return `${file} in the build cache could not be read (${(error as Error).message.slice(0, 120)})`;
    }
  }
  return undefined;
}

/** Takes the cache's lock (one build per cache at a time); false when a living process holds it. */
function lock(file: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch {
      const holder = Number(readFileSync(file, 'utf8').trim());
      let alive: boolean;
      try {
        process.kill(holder, 0);
        alive = true;
      } catch {
        alive = false;
      }
      if (alive) return false;
      rmSync(file, { force: true });
    }
  }
  return false;
}

// The content errors of the loaders (content-types/src/rest): a full build would fail the same way.
const CONTENT_ERROR = /The CMS (answered|could not be reached)|Invalid data from|Invalid entry in|content snapshot/;

/**
 * Builds the site and, only when the build succeeded, points `link` at it atomically (rename of a symlink).
 * A failed build leaves the served site as it was and throws. `env` chooses the content source
 * (CMS_URL/CMS_TOKEN or CMS_SNAPSHOT).
 *
 * Builds are incremental: the build cache beside the builds (`builds/<link>.cache`: Astro's incremental-build
 * manifest and page copies, its content store, and the content sync's state) is kept between builds, so a
 * rebuild fetches only what changed in the CMS and renders only the pages whose key changed (site/lib/page-keys.ts).
 * Each build still writes a complete new folder, which replaces the served one only when it is whole. A cache that
 * cannot be read, or a build that fails with it for another reason than the content, falls back to a full build
 * from an empty cache, and the log says so. `full` (or SITE_FULL_BUILD=1) builds everything from nothing.
 *
 * A rebuild syncs the content before starting Astro. When the content, the code and configuration that build the site,
 * the environment and the day are all what the served build was made from (its record, tooling/build-record.ts),
 * Astro does not run at all: the served site stays as it is, the log says so (UNCHANGED_MESSAGE) and the result has
 * `unchanged: true`. Anything else, a missing or unreadable record included, builds.
 */
export async function buildSite({
  env = process.env,
  link = SITE_LINK,
  quiet = false,
  full = false,
  log = (line: string) => console.log(line),
}: { env?: NodeJS.ProcessEnv; link?: string; quiet?: boolean; full?: boolean; log?: (line: string) => void } = {}): Promise<SiteBuild> {
  // A heap asked for wrongly stops the build before it starts, naming the variable.
  const heapArgs = astroHeapArgs(env);
  const builds = join(dirname(link), 'builds');
  mkdirSync(builds, { recursive: true });
  const name = basename(link);
  const started = performance.now();
  // Astro clears its content store when its config changes, and the output folder is part of it: every build
  // writes into the same folder name, renamed to its own once it succeeded.
  let cacheDir = join(builds, `${name}.cache`);
  let nextDir = join(builds, `${name}.next`);
  const lockFile = `${cacheDir}.lock`;
  const locked = lock(lockFile);
  let reason: string | undefined = full || env.SITE_FULL_BUILD === '1' ? 'a full build was asked for' : undefined;
  if (!locked) {
    // Another build of the same site is running: this one builds on its own, from nothing.
    cacheDir = join(builds, `${name}.cache-${process.pid}-${Date.now()}`);
    nextDir = join(builds, `${name}.next-${process.pid}-${Date.now()}`);
    reason = 'another build of this site was using the build cache';
  }
  const outDir = join(builds, `${name}-${Date.now()}`);
  const served = existsSync(link) && lstatSync(link).isSymbolicLink() ? resolve(dirname(link), readlinkSync(link)) : undefined;
  const work = join(ROOT, 'node_modules', '.mzo-builds', `${name}-${process.pid}-${Date.now()}`);
  const astroBuild = async (useSynced = false): Promise<string> => {
    rmSync(nextDir, { recursive: true, force: true });
    // Astro keeps its intermediate server output in <cwd>/.astro/.prerender when the output folder lies
    // outside the working directory, so concurrent builds from one cwd collide. Each build gets its own
    // working directory inside the project (so the prerender chunks still resolve node_modules).
    mkdirSync(work, { recursive: true });
    // The build this one follows, for what an incremental build may keep of it (the search index).
    const previousBuild = !reason && served && existsSync(served) ? served : '';
    try {
      const astro = await run(process.execPath, [...heapArgs, ASTRO_BIN, 'build', '--root', ROOT], {
        cwd: work,
        env: {
          ...env,
          ...(env.CMS_SNAPSHOT ? { CMS_SNAPSHOT: resolve(ROOT, env.CMS_SNAPSHOT) } : {}),
          SITE_OUT_DIR: nextDir,
          SITE_CACHE_DIR: cacheDir,
          SITE_PREVIOUS_BUILD: previousBuild,
          // The content synced above (SITE_CONTENT_SYNCED: read it from the cache, site/loaders/content-source.ts).
          SITE_CONTENT_SYNCED: useSynced ? '1' : '',
          SITE_CONTENT_SYNC_REPORT: useSynced ? (syncReport ?? '') : '',
          // The search index is made below, once Astro has exited and freed what it held (site/integrations/pagefind.ts).
          SITE_SEARCH_INDEX: 'after',
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        quiet,
      });
      const search = await run(process.execPath, [SEARCH_INDEX_SCRIPT, nextDir, cacheDir, previousBuild], { cwd: work, env, quiet });
      return astro + search;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
  let output: string;
  let previous: string | undefined;
  // What this build is made from (tooling/build-record.ts), for the record written once it is served.
  const source = contentSourceFromEnv(env);
  const environment = environmentFingerprint(env);
  const day = buildDay(env);
  let code: string;
  let content: string | undefined;
  let syncReport: string | undefined;
  /** The content synced before the build (a rebuild from the CMS), until it is written as the sync's state. */
  let synced: { file: string; snapshot: Parameters<typeof writeSnapshot>[1]; full: boolean } | undefined;
  /** Whether the build reads the content synced before it (SITE_CONTENT_SYNCED). */
  let useSynced = false;
  try {
    code = codeFingerprint();
    if (!reason) reason = unusableCache(cacheDir);
    if (!reason && !existsSync(join(cacheDir, 'incremental-build.json'))) reason = 'there was no build cache yet';
    if (reason && locked) rmSync(cacheDir, { recursive: true, force: true });
    if (reason && reason !== 'there was no build cache yet') log(`Full build: ${reason}.`);
    if (source.kind === 'snapshot') content = snapshotFileDigest(resolve(ROOT, source.file));
    else if (!reason) {
      // A rebuild: sync the content here, before Astro, to see whether anything changed; the build then reads the
      // synced content from the cache instead of asking the CMS again. A CMS that cannot give good content fails
      // the build here, and the served site stays.
      const stateFile = join(cacheDir, 'mzo-content.json');
      const { snapshot, report } = await syncContent(readSyncState(stateFile, log), env);
      content = contentDigest(snapshot);
      syncReport = describeSync(report);
      log(`Content sync: ${syncReport}`);
      // Written as the sync's state below: what the build reads. With nothing changed and no build, only after a
      // full fetch (the state records when the last one was) or when the CMS's content digest changed (the state
      // keeps the new one, so the next rebuild asks once again instead of listing everything).
      synced = { file: stateFile, snapshot, full: report.mode === 'full' || report.digest === 'changed' || report.digest === 'new' };
    }
    if (!reason && content && served && existsSync(served)) {
      const { record, problem } = readRecord(cacheDir);
      const changed = record ? whatChanged(record, { outDir: served, content, code, env: environment, day }) : problem;
      if (!changed) {
        if (synced?.full) writeSnapshot(synced.file, synced.snapshot);
        log(UNCHANGED_MESSAGE);
        return {
          outDir: served,
          seconds: (performance.now() - started) / 1000,
          full: false,
          unchanged: true,
          ...(quiet ? { rendered: 0, reused: 0, renderedFiles: [] } : {}),
          ...(syncReport ? { sync: syncReport } : {}),
          search: 'kept',
        };
      }
      if (record === undefined && problem && !problem.startsWith('no record')) log(`Building: ${problem}.`);
    }
    if (synced) {
      writeSnapshot(synced.file, synced.snapshot);
      useSynced = true;
      synced = undefined;
    }
    try {
      output = await astroBuild(useSynced);
    } catch (error) {
      const message = String((error as Error).message ?? error);
      if (reason || CONTENT_ERROR.test(message)) throw error;
      // The content was fine, so the cache may not be: build once more from nothing.
      reason = `the build with the cache failed, so everything was built again (${
        message
          .split('\n')
          .find((line) => line.trim() && !line.includes(ASTRO_BIN))
          ?.slice(0, 200) ?? 'see the log'
      })`;
      log(`Full build: ${reason}.`);
      rmSync(cacheDir, { recursive: true, force: true });
      // From nothing: the content is fetched again in full, its digest read from the new cache below.
      content = source.kind === 'snapshot' ? content : undefined;
      output = await astroBuild();
    }
    renameSync(nextDir, outDir);
    if (locked && source.kind === 'cms' && !content) {
      // The build synced the content itself (a full build): its digest from the state it left in the cache.
      const state = readSyncState(join(cacheDir, 'mzo-content.json'), log);
      content = state ? contentDigest(state) : undefined;
    }
    previous = swapIn(link, outDir);
    // Only now that it is served, and while this build still holds the cache, the record of what it was made from.
    if (locked && content) {
      try {
        writeRecord(cacheDir, { outDir, content, code, env: environment, day: day === buildDay(env) ? day : 'the build ran past midnight' });
      } catch (error) {
        log(`The record of this build could not be written (${(error as Error).message.slice(0, 120)}); the next rebuild builds.`);
      }
    }
  } catch (error) {
    rmSync(nextDir, { recursive: true, force: true });
    throw error;
  } finally {
    if (locked) rmSync(lockFile, { force: true });
    else rmSync(cacheDir, { recursive: true, force: true });
  }
  // Keep the build just replaced (a request may still be reading it); remove older ones.
  for (const entry of readdirSync(builds)) {
    const path = join(builds, entry);
    if (entry.startsWith(`${name}-`) && path !== outDir && path !== previous) rmSync(path, { recursive: true, force: true });
  }
  // Astro colours its log when the environment asks for colour (FORCE_COLOR, as CI sets): read it without the codes.
  const plain = stripVTControlCharacters(output);
  const lines = [...plain.matchAll(/├─ (\S+)\s+\((cached|restored|\+[\d.]+m?s)\)/g)];
  const renderedFiles = lines.filter((m) => m[2].startsWith('+')).map((m) => m[1]);
  const sync = /Content sync: ([^\n]*)/.exec(plain)?.[1];
  const search = /Pagefind (indexed|kept)/.exec(plain)?.[1] as SiteBuild['search'];
  return {
    outDir,
    seconds: (performance.now() - started) / 1000,
    full: Boolean(reason),
    ...(reason ? { reason } : {}),
    ...(quiet ? { rendered: renderedFiles.length, reused: lines.length - renderedFiles.length, renderedFiles } : {}),
    ...(syncReport || sync ? { sync: syncReport ?? sync } : {}),
    ...(search ? { search } : {}),
  };
}

/** Points `link` at `outDir` atomically (rename of a symlink); returns the folder it pointed at before. */
function swapIn(link: string, outDir: string): string | undefined {
  const previous = existsSync(link) && lstatSync(link).isSymbolicLink() ? resolve(dirname(link), readlinkSync(link)) : undefined;
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) rmSync(link, { recursive: true, force: true });
  const temporaryLink = `${link}.${process.pid}.link`;
  rmSync(temporaryLink, { force: true });
  symlinkSync(outDir, temporaryLink);
  renameSync(temporaryLink, link);
  return previous;
}

export { BUILDS };
