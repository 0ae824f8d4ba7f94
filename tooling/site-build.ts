import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ASTRO_BIN, ROOT } from './paths.ts';
import { run } from './run.ts';

/** Where `npm start` serves the site from: a symlink to the newest good build. */
export const SITE_LINK = resolve(ROOT, 'dist', 'site');
const BUILDS = resolve(ROOT, 'dist', 'builds');

/**
 * Builds the site into a fresh folder and, only when the build succeeded, points `link` at it
 * atomically (rename of a symlink). A failed build leaves the served site as it was and throws.
 * `env` chooses the content source (CMS_URL/CMS_TOKEN or CMS_SNAPSHOT).
 */
export async function buildSite({ env = process.env, link = SITE_LINK, quiet = false }: { env?: NodeJS.ProcessEnv; link?: string; quiet?: boolean } = {}) {
  const builds = join(dirname(link), 'builds');
  mkdirSync(builds, { recursive: true });
  const outDir = join(builds, `${basename(link)}-${Date.now()}`);
  const started = performance.now();
  const work = join(ROOT, 'node_modules', '.mzo-builds', basename(outDir) + `-${process.pid}`);
  try {
    // Astro keeps its intermediate server output in <cwd>/.astro/.prerender when the output folder lies
    // outside the working directory, so concurrent builds from one cwd collide. Each build gets its own
    // working directory inside the project (so the prerender chunks still resolve node_modules).
    mkdirSync(work, { recursive: true });
    await run(process.execPath, [ASTRO_BIN, 'build', '--root', ROOT], {
      cwd: work,
      env: {
        ...env,
        ...(env.CMS_SNAPSHOT ? { CMS_SNAPSHOT: resolve(ROOT, env.CMS_SNAPSHOT) } : {}),
        SITE_OUT_DIR: outDir,
        SITE_CACHE_DIR: `${outDir}.cache`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      quiet,
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(`${outDir}.cache`, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
  const previous = existsSync(link) && lstatSync(link).isSymbolicLink() ? resolve(dirname(link), readlinkSync(link)) : undefined;
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) rmSync(link, { recursive: true, force: true });
  const temporaryLink = `${link}.${process.pid}.link`;
  rmSync(temporaryLink, { force: true });
  symlinkSync(outDir, temporaryLink);
  renameSync(temporaryLink, link);
  // Keep the build just replaced (a request may still be reading it); remove older ones.
  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    if (name.startsWith(`${basename(link)}-`) && path !== outDir && path !== previous) rmSync(path, { recursive: true, force: true });
  }
  return { outDir, seconds: (performance.now() - started) / 1000 };
}

export { BUILDS };
