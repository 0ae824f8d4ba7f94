import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/build/',
    '**/.astro/',
    'cms/.strapi/',
    'cms/public/',
    'cms/types/generated/',
    'tests/fixtures/',
    'bench-results/',
    'test-results/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Unused arguments before a used one are part of a signature (callbacks, test tables).
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', ignoreRestSiblings: true, caughtErrors: 'none' }],
    },
  },
  {
    // Code that runs in the browser: the site's client scripts and the CMS admin panel.
    files: ['site/scripts/**', 'cms/src/admin/**', 'cms/src/plugins/*/admin/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The service worker.
    files: ['site/offline/**'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    // Node code whose functions also run in the page (page.evaluate).
    files: ['bench/lib/browser.mjs', 'scripts/screenshots-languages.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The demo data the tests compare with comes from untyped JavaScript (scripts/seed/demo-data.mjs).
    files: ['tests/**', 'bench/tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The consultation list reads entries with a sanitized query spread in, which loses the populated relations' types.
    files: ['cms/src/plugins/mzo/server/src/services/consultation-list.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
