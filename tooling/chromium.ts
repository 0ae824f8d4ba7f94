// The one place that decides which Chromium the tests, screenshots, the benchmark and Lighthouse drive.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './paths.ts';

/** Debian's Chromium (`apt-get install chromium`), used when the machine has it. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** What headless Chromium needs on these machines, and no calls home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Chromium to run and the environment it needs:
 * 1. `CHROME_PATH` when set (any Chromium or Chrome);
 * 2. Debian's `/usr/bin/chromium` when it is there and executable;
 * 3. otherwise the headless Chromium inside the npm package `@sparticuz/chromium` (a devDependency, so
 *    `npm install` brings it like any other package), unpacked once into node_modules/.cache.
 * (The parameters are for tests.)
 */
export async function findChromium({ chromePath = process.env.CHROME_PATH, debian = DEBIAN_CHROMIUM }: { chromePath?: string; debian?: string } = {}): Promise<{
  path: string;
  source: 'CHROME_PATH' | 'debian' | 'npm';
  env: NodeJS.ProcessEnv;
}> {
  if (chromePath) return { path: chromePath, source: 'CHROME_PATH', env: {} };
  if (executable(debian)) return { path: debian, source: 'debian', env: {} };
  return { ...(await unpackedNpmChromium()), source: 'npm' };
}

let unpacked: Promise<{ path: string; env: NodeJS.ProcessEnv }> | undefined;
/** Unpacks @sparticuz/chromium's compressed browser, fonts and libraries (once per version; ~5 s). */
function unpackedNpmChromium() {
  unpacked ??= unpack();
  return unpacked;
}

async function unpack(): Promise<{ path: string; env: NodeJS.ProcessEnv }> {
  const pkg = join(createRequire(import.meta.url).resolve('@sparticuz/chromium'), '..', '..');
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const dir = join(ROOT, 'node_modules', '.cache', 'mzo-chromium', version);
  if (!existsSync(join(dir, 'chromium'))) {
    // Into a folder of this process's own, moved into place whole: test workers may unpack at the same time.
    mkdirSync(join(dir, '..'), { recursive: true });
    const scratch = mkdtempSync(`${dir}.unpacking-`);
    const { default: Chromium, inflate } = await import('@sparticuz/chromium');
    // The package unpacks into os.tmpdir(), which it reads synchronously when each unpacking starts.
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    let unpacking;
    try {
      const bin = join(pkg, 'bin');
      unpacking = Promise.all([Chromium.executablePath(bin), inflate(join(bin, 'al2023.tar.br'))]);
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
    await unpacking;
    writeFileSync(
      join(scratch, 'fonts.conf'),
      // The machine's own fonts where it has any, and the package's Open Sans in any case.
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(dir, 'fonts')}</dir>\n` +
        `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(scratch, dir);
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true });
      if (!existsSync(join(dir, 'chromium'))) throw error;
    }
  }
  const path = join(dir, 'chromium');
  const env: Record<string, string> = { FONTCONFIG_FILE: join(dir, 'fonts.conf') };
  // The browser links NSS and expat; a machine without them gets the copies the package carries.
  if (/not found/.test(linkedLibraries(path))) env.LD_LIBRARY_PATH = join(dir, 'al2023', 'lib');
  return { path, env };
}

function linkedLibraries(path: string): string {
  try {
    return execFileSync('ldd', [path], { encoding: 'utf8' });
  } catch {
    return 'not found';
  }
}

/** Launches headless Chromium for tests, screenshots and the benchmark; `args` are added to the usual ones. */
export async function launchChromium({ args = [], ...which }: { args?: string[]; chromePath?: string; debian?: string } = {}): Promise<Browser> {
  const { path, env } = await findChromium(which);
  return chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS, ...args], env: { ...process.env, ...env } });
}
