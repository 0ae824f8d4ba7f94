// What the served build was made from, so that a rebuild with nothing changed can leave it in place (issue 18).
//
// After a build has been swapped in, buildSite() writes a record beside the build cache: the digest of the content it
// was built from, of the code and configuration that build the site, of the build's environment, and the day it was
// built for. A later rebuild compares the same four with what it has now; only when all four are equal, and the
// record names the build that is still served, does it skip Astro and keep the site as it is. Every doubt builds: no
// record, a record that cannot be read or is of another version, another served folder, a forced full build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Snapshot } from '@mzo/content-types/rest';
import { ROOT } from './paths.ts';

/** Bumped when what a record holds, or how it is compared, changes: an older record then makes a build. */
const RECORD_VERSION = 1;

export interface BuildRecord {
  version: number;
  /** The build folder the record describes (the one the site link pointed at once it was swapped in). */
  outDir: string;
  content: string;
  code: string;
  env: string;
  day: string;
}

const sha256 = () => createHash('sha256');

/**
 * The folders and files whose bytes decide what a build makes: the site's sources (pages, components, loaders,
 * integrations, public files), the content model the site and loaders are made from, the build tooling, Astro's
 * config, the TypeScript config, the package manifests and lockfiles (npm's own record of node_modules included), and
 * the Node.js that runs the build.
 */
const CODE_DIRS = ['site', 'content-types/src', 'tooling'];
const CODE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'content-types/package.json', 'node_modules/.package-lock.json'];

/** One digest of every file of the code that builds the site (paths and bytes), and of the Node.js version. */
export function codeFingerprint(root: string = ROOT): string {
  const hash = sha256().update(`node ${process.version}\n`);
  const add = (file: string) => {
    const path = join(root, file);
    if (!existsSync(path)) {
      hash.update(`${file} -\n`);
      return;
    }
    const bytes = readFileSync(path);
    hash.update(`${file} ${bytes.length}\n`).update(bytes);
  };
  for (const dir of CODE_DIRS) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    const files = readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .sort();
    for (const file of files) add(file);
  }
  for (const file of CODE_FILES) add(file);
  return hash.digest('hex');
}

/**
 * One digest of the build's environment: every variable, since any may reach the build (addresses, PUBLIC_ settings,
 * BUILD_NOW, the languages, the time zone). Only the digest is kept, never a value.
 */
export function environmentFingerprint(env: NodeJS.ProcessEnv): string {
  const hash = sha256();
  for (const name of Object.keys(env).sort()) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The day a build is for, as the pages see it: with BUILD_NOW that moment (in the environment's digest too), else the
 * date in UTC (the pages' keys, "niet recent bevestigd") and in Europe/Amsterdam (the agenda's "today"). A rebuild on
 * another day builds, so the nightly build still moves the agenda on.
 */
export function buildDay(env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  if (env.BUILD_NOW) return `fixed ${env.BUILD_NOW}`;
  return `${now.toISOString().slice(0, 10)} ${amsterdamDay.format(now)}`;
}

/** The digest of the content a build is made from: the source and every entry, not when it was fetched. */
export function contentDigest(snapshot: Pick<Snapshot, 'source' | 'collections'>): string {
  return sha256()
    .update(JSON.stringify([snapshot.source, snapshot.collections]))
    .digest('hex');
}

/** The digest of a snapshot file's bytes (CMS_SNAPSHOT): the loaders read it whole. */
export function snapshotFileDigest(file: string): string {
  return sha256().update(`snapshot ${file}\n`).update(readFileSync(file)).digest('hex');
}

export const RECORD_FILE = 'mzo-last-build.json';

/** The record in the cache folder, or why there is none to go by. */
export function readRecord(cacheDir: string): { record?: BuildRecord; problem?: string } {
  const file = join(cacheDir, RECORD_FILE);
  if (!existsSync(file)) return { problem: 'no record of the last build' };
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
    const fields = ['outDir', 'content', 'code', 'env', 'day'] as const;
    if (record?.version !== RECORD_VERSION || fields.some((field) => typeof record[field] !== 'string' || !record[field])) {
      return { problem: `the record of the last build (${RECORD_FILE}) is of another version or incomplete` };
    }
    return { record };
  } catch (error) {
    return { problem: `the record of the last build (${RECORD_FILE}) could not be read (${(error as Error).message.slice(0, 120)})` };
  }
}

/** Writes the record atomically (a half-written record is never read). */
export function writeRecord(cacheDir: string, record: Omit<BuildRecord, 'version'>) {
  const file = join(cacheDir, RECORD_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: RECORD_VERSION, ...record }, null, 1));
  renameSync(temporary, file);
}

/** What differs between the record and now, or undefined when nothing does. */
export function whatChanged(record: BuildRecord, now: Omit<BuildRecord, 'version'>): string | undefined {
  if (record.outDir !== now.outDir) return 'another build is served than the one recorded';
  if (record.content !== now.content) return 'the content changed';
  if (record.code !== now.code) return 'the code or configuration changed';
  if (record.env !== now.env) return 'the environment changed';
  if (record.day !== now.day) return 'it is another day';
  return undefined;
}
