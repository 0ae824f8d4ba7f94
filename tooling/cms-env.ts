import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CMS_DIR } from './paths.ts';

const secret = () => randomBytes(24).toString('base64');

/** Creates cms/.env (or CMS_ENV_FILE) with fresh secrets when it is absent; returns its values. */
export function ensureCmsEnv(file: string = process.env.CMS_ENV_FILE ? resolve(process.env.CMS_ENV_FILE) : resolve(CMS_DIR, '.env')) {
  if (!existsSync(file)) {
    const lines = [
      '# Made by `npm start` on first run. Local secrets: never commit this file.',
      `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
      `API_TOKEN_SALT=${secret()}`,
      `ADMIN_JWT_SECRET=${secret()}`,
      `TRANSFER_TOKEN_SALT=${secret()}`,
      `JWT_SECRET=${secret()}`,
      `ENCRYPTION_KEY=${secret()}`,
      '# The local admin account `npm start` creates (local use only).',
      'LOCAL_ADMIN_EMAIL=admin@example.org',
      `LOCAL_ADMIN_PASSWORD=Mzo-${randomBytes(9).toString('base64url')}1a`,
      '',
    ];
    writeFileSync(file, lines.join('\n'), { mode: 0o600 });
    console.log(`Created ${relative(process.cwd(), file)} with fresh secrets.`);
  }
  return parseEnv(readFileSync(file, 'utf8'));
}

/** Parses KEY=value lines (no quoting rules beyond what ensureCmsEnv writes). */
export function parseEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) values[match[1]] = match[2];
  }
  return values;
}

/** Fresh secrets for a throwaway CMS (tests, benchmarks), without touching cms/.env. */
export function ephemeralCmsEnv() {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}
