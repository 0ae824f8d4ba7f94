import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CMS_DIR = resolve(ROOT, 'cms');
export const CONTENT_TYPES_DIR = resolve(ROOT, 'content-types');
export const STRAPI_BIN = resolve(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
export const ASTRO_BIN = resolve(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
export const TSC_BIN = resolve(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
