import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CMS_DIR, CONTENT_TYPES_DIR, ROOT, STRAPI_BIN, TSC_BIN } from './paths.ts';
import { run, waitForHttp } from './run.ts';

const BUILD_STAMP = resolve(CMS_DIR, 'dist', '.mzo-build-stamp');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/**
 * What `strapi build` compiles: the CMS's own sources and the content model. The running CMS reads the
 * model's TypeScript source itself, but its compile type-checks against the model's declarations.
 */
export const CMS_BUILD_INPUTS = [
  ...['src', 'config', 'package.json', 'tsconfig.json'].map((p) => resolve(CMS_DIR, p)),
  ...['src', 'package.json', 'tsconfig.json'].map((p) => resolve(CONTENT_TYPES_DIR, p)),
];

/** The CMS needs (re)building when it was never built or its sources or the content model changed since. */
export function cmsNeedsBuild() {
  if (!existsSync(resolve(CMS_DIR, 'dist', 'build', 'index.html')) || !existsSync(BUILD_STAMP)) return true;
  const built = Number(readFileSync(BUILD_STAMP, 'utf8'));
  return Math.max(...CMS_BUILD_INPUTS.filter(existsSync).map(newestMtime)) > built;
}

/** Writes the content model's declarations (content-types/dist), which the CMS's CommonJS compile reads. */
export async function buildModelDeclarations({ quiet = false } = {}): Promise<void> {
  await run(process.execPath, [TSC_BIN, '-p', resolve(CONTENT_TYPES_DIR, 'tsconfig.json')], { cwd: ROOT, quiet });
}

/** Builds the admin panel and compiles the CMS's TypeScript (`strapi build`) against the current model. */
export async function buildCms({ env = process.env, quiet = false }: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): Promise<void> {
  const started = Date.now();
  await buildModelDeclarations({ quiet });
  await run(process.execPath, [STRAPI_BIN, 'build'], { cwd: CMS_DIR, env: { ...env, STRAPI_TELEMETRY_DISABLED: 'true' }, quiet });
  writeFileSync(BUILD_STAMP, String(started));
}

export interface StartCmsOptions {
  env?: NodeJS.ProcessEnv;
  port?: number;
  host?: string;
  /** 'inherit' streams Strapi's output; 'pipe' keeps its last 20 kB for `output()`. */
  log?: 'inherit' | 'pipe';
}

export interface RunningCms {
  child: ChildProcess;
  url: string;
  stop: () => Promise<void>;
  output: () => string;
}

/**
 * Starts `strapi start` and resolves once it answers /_health. Returns the child process and a
 * `stop()` that ends it cleanly.
 */
export async function startCms({ env = process.env, port = 1337, host = '127.0.0.1', log = 'inherit' }: StartCmsOptions = {}): Promise<RunningCms> {
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    env: { ...env, PORT: String(port), HOST: host, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: env.NODE_ENV ?? 'production' },
    stdio: log === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  if (log !== 'inherit') {
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (d) => (output = (output + d).slice(-20000)));
    child.stderr?.on('data', (d) => (output = (output + d).slice(-20000)));
  }
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://${host}:${port}`;
  try {
    await waitForHttp(`${url}/_health`, { isAlive: () => !exited });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output.slice(-4000)}`, { cause: error });
  }
  const stop = () =>
    new Promise<void>((r) => {
      if (exited) return r();
      child.once('exit', () => r());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return { child, url, stop, output: () => output };
}
