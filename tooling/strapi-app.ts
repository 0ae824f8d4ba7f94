import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseEnv } from './cms-env.ts';
import { CMS_DIR } from './paths.ts';
import type { Core } from '@strapi/strapi';

/**
 * Loads the CMS in this process (no HTTP server), runs `fn(strapi)` and shuts it down. Used for
 * seeding and admin set-up; the CMS must have been built (`strapi build`) so cms/dist exists.
 * Values already in process.env win over cms/.env.
 */
export async function withStrapi<T>(fn: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  const envFile = resolve(CMS_DIR, '.env');
  if (existsSync(envFile)) {
    for (const [key, value] of Object.entries(parseEnv(readFileSync(envFile, 'utf8')))) process.env[key] ??= String(value);
  }
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const cwd = process.cwd();
  process.chdir(CMS_DIR);
  // Strapi's ESM build does not load under Node's own ESM resolver; its CommonJS build does.
  const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as { createStrapi: (options: { appDir: string; distDir: string }) => Core.Strapi };
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: resolve(CMS_DIR, 'dist') });
  try {
    await strapi.load();
    return await fn(strapi);
  } finally {
    await strapi.destroy();
    process.chdir(cwd);
  }
}

/** Creates the local super admin when no admin user exists yet; returns whether it did. */
export async function ensureLocalAdmin(strapi: Core.Strapi, { email, password }: { email: string; password: string }): Promise<boolean> {
  if (await strapi.service('admin::user').exists()) return false;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email,
    firstname: 'Lokale',
    lastname: 'Beheerder',
    password,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  return true;
}
