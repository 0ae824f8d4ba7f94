import type { AstroIntegration } from 'astro';
import { publicAddresses } from '@mzo/content-types/addresses';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers.ts';

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the build with the same security headers
 * `npm start` sends, for the tile and CMS origins this build was made for.
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'mzo-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        writeFileSync(
          file,
          headersFile({
            tileUrl: process.env.PUBLIC_TILE_URL || undefined,
            cmsUrl: publicAddresses(process.env).cmsUrl,
            pdokUrl: process.env.PUBLIC_PDOK_LOCATIESERVER_URL || undefined,
          }),
        );
      },
    },
  };
}
