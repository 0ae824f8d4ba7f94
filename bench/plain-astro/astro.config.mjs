// @ts-check
// Benchmark baseline (issue 8): plain Astro, local JSON, no CMS, no integrations, no CSS, no client JS.
// Built by bench/lib/plain-astro.mjs, never by the site's build (its srcDir is ./site).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cacheDir = process.env.PLAIN_ASTRO_CACHE_DIR;

export default defineConfig({
  root: here('./'),
  srcDir: here('./src'),
  publicDir: here('./public'),
  outDir: process.env.PLAIN_ASTRO_OUT_DIR ?? here('./dist'),
  cacheDir: cacheDir ?? here('./node_modules/.astro'),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [],
  // Vite's dependency cache next to Astro's, per build, instead of bench/plain-astro/node_modules/.vite.
  vite: cacheDir ? { cacheDir: `${cacheDir}/vite` } : {},
  devToolbar: { enabled: false },
  telemetry: false,
});
