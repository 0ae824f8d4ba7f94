import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API after every build. Pagefind makes one index per
 * `<html lang>`; any error it reports fails the build.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mzo:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
