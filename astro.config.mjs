// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { publicAddresses } from '@mzo/content-types/addresses';
import { DEFAULT_LOCALE, LOCALES } from '@mzo/content-types/locales';
import { linkedRestores } from './site/integrations/build-files.ts';
import { pagefindIndex } from './site/integrations/pagefind.ts';
import { securityHeadersFile } from './site/integrations/security-headers.ts';

// Astro has no config option for telemetry; its environment variable is read when a command records an event.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The site is static; its content comes from the CMS (CMS_URL, CMS_TOKEN) or a snapshot (CMS_SNAPSHOT).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist/site',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  // SITE_URL, else localhost on SITE_PORT: every absolute link, feed and open-data URI comes from here.
  site: publicAddresses(process.env).siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The languages come from content-types/src/locales.ts: Dutch at the root, the others under /<code>/.
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    react(),
    // One rule with the pages' own <link rel="alternate">: hreflang is the language code the page's lang has, and
    // x-default is the Dutch page.
    sitemap({
      // The offline page is for the service worker, not for search engines.
      filter: (page) => !/\/offline\/$/.test(new URL(page).pathname),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((code) => [code, code])) },
      serialize(item) {
        const dutch = item.links?.find((link) => link.lang === DEFAULT_LOCALE);
        if (dutch) item.links = [...(item.links ?? []), { lang: 'x-default', url: dutch.url }];
        return item;
      },
    }),
    pagefindIndex(),
    securityHeadersFile(),
    linkedRestores(),
  ],
  // Never inline scripts, however small: the Content-Security-Policy allows scripts from the site's own files only.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Pages whose code and cacheKey (site/lib/page-keys.ts) did not change since the last build are taken from the
  // build cache instead of rendered again, as hard links (linkedRestores; tooling/site-build.ts keeps the cache).
  experimental: { incrementalBuild: true },
});
