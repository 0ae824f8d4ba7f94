import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseEnv } from './cms-env.ts';
import { buildCms, cmsNeedsBuild } from './cms-process.ts';
import { CMS_DIR, STRAPI_BIN } from './paths.ts';
import { run } from './run.ts';

/** The CMS's environment: cms/.env (when present) overridden by the process environment. */
function cmsEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const file = resolve(CMS_DIR, '.env');
  return { ...(existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {}), ...env, STRAPI_TELEMETRY_DISABLED: 'true' };
}

/** The encryption key from BACKUP_KEY; refuses a missing or short one rather than writing plain data. */
export function backupKey(env = process.env) {
  const key = env.BACKUP_KEY ?? '';
  if (key.length < 16)
    throw new Error(
      'Set BACKUP_KEY to a secret of at least 16 characters (e.g. `openssl rand -base64 32`); backups hold personal data and are always encrypted.',
    );
  return key;
}

/**
 * Exports the CMS (content incl. drafts and private fields, relations, uploads, roles and settings;
 * not admin users and API tokens, which Strapi never exports) to `<file>.tar.gz.enc`, encrypted
 * with BACKUP_KEY. Returns the path written.
 */
export async function backup({ file, env = process.env, quiet = false }: { file: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<string> {
  const key = backupKey(env);
  if (cmsNeedsBuild()) await buildCms({ env, quiet: true });
  const base = resolve(file).replace(/\.tar\.gz\.enc$/, '');
  mkdirSync(dirname(base), { recursive: true });
  await run(process.execPath, [STRAPI_BIN, 'export', '--file', base, '--key', key], { cwd: CMS_DIR, env: cmsEnv(env), quiet });
  return `${base}.tar.gz.enc`;
}

/**
 * Replaces everything in the CMS database at DATABASE_* with the backup (strapi import --force).
 * Admin users are kept as they are in the target database; create them again on a fresh one.
 */
export async function restore({ file, env = process.env, quiet = false }: { file: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<void> {
  const key = backupKey(env);
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  if (cmsNeedsBuild()) await buildCms({ env, quiet: true });
  await run(process.execPath, [STRAPI_BIN, 'import', '--file', resolve(file), '--key', key, '--force'], { cwd: CMS_DIR, env: cmsEnv(env), quiet });
}
