/**
 * Strapi's English on a Dutch screen. The admin panel shows a message in English when Strapi's Dutch has
 * none for it (or Strapi's "Dutch" is the English text, as "Content Manager"), unless our own translations
 * (cms/src/admin/translations.ts) give it. This reads the messages of the admin and of the plugins a
 * volunteer meets from the installed Strapi itself, so a Strapi update that adds English text is found too.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../../cms/package.json', import.meta.url));
const SOURCES = [
  ['@strapi/admin', 'dist/admin/admin/src/translations'],
  ['@strapi/content-manager', 'dist/admin/translations'],
  ['@strapi/i18n', 'dist/admin/translations'],
  ['@strapi/upload', 'dist/admin/translations'],
  ['@strapi/review-workflows', 'dist/admin/translations'],
  ['@strapi/content-releases', 'dist/admin/translations'],
];

/** Words that are English and Dutch alike ("Status", "Filters"): a screen may show them. */
const DUTCH_TOO = new Set([
  'Audio',
  'Code',
  'Details',
  'Editor',
  'Filter',
  'Filters',
  'Home',
  'ID',
  'Label',
  'Link',
  'Links',
  'Logo',
  'Plugins',
  'Provider',
  'Start',
  'Status',
  'Token',
  'Type',
  'URL',
  'Video',
]);

/** English words inside Strapi's Dutch ("2 entries gevonden"). */
const IN_DUTCH = /\b(entry|entries)\b/i;

/** Text the design system and the admin write in English with no message of their own to translate. */
const BUILT_IN = [
  'Loading content',
  'Choose date',
  'Choose time',
  'No results found',
  'Read blog post',
  'Introducing',
  'Guided tour',
  'Add Widget',
  'Drag to move',
];

/** Strapi's Dutch in its developers' words (cms/src/admin/translations.ts gives each a plain one). Any case: menus are upper case. */
const DUTCH_JARGON = ['Collectie Types', 'Enkele Types', 'Een item aanmaken', 'Een relatie toevoegen', 'Nieuwe invoer'];

interface English {
  /** Messages of two words or more (their fixed parts, where a message has placeholders). */
  phrases: string[];
  /** One-word messages: English when a line of the screen is that word alone ("Save", "Delete"). */
  words: Set<string>;
}

let cached: Promise<English> | undefined;

/** Strapi's messages of one package (`@strapi/admin`, `@strapi/content-manager`, …) in one language. */
export async function messages(pkg: string, dir: string | undefined, language: string): Promise<Record<string, string>> {
  dir ??= SOURCES.find(([name]) => name === pkg)![1];
  const root = dirname(require.resolve(`${pkg}/package.json`));
  try {
    return (await import(pathToFileURL(join(root, dir, `${language}.json.mjs`)).href)).default;
  } catch {
    return {};
  }
}

/** The messages Strapi shows in English in a Dutch admin panel (no Dutch, or Dutch that is the English). */
export function strapiEnglish(): Promise<English> {
  cached ??= (async () => {
    const phrases = new Set<string>(BUILT_IN);
    const words = new Set<string>();
    for (const [pkg, dir] of SOURCES) {
      const en = await messages(pkg, dir, 'en');
      const nl = await messages(pkg, dir, 'nl');
      for (const [key, text] of Object.entries(en)) {
        if (nl[key] && nl[key] !== text) continue;
        for (const part of String(text)
          .split(/\{[^}]*\}/)
          .map((p) => p.trim())) {
          if (/^[A-Z][a-z]+$/.test(part)) {
            if (!DUTCH_TOO.has(part)) words.add(part);
          } else if (/^[A-Za-z'’-]+(\s+[A-Za-z'’.,-]+)+$/.test(part) && part.length >= 8) phrases.add(part);
        }
      }
    }
    return { phrases: [...phrases], words };
  })();
  return cached;
}

/** The English Strapi strings, and Strapi's Dutch jargon, in a screen's rendered text (document.body.innerText). */
export async function englishIn(text: string): Promise<string[]> {
  const { phrases, words } = await strapiEnglish();
  const lines = text.split('\n').map((line) => line.trim());
  const lower = text.toLowerCase();
  return [
    ...phrases.filter((phrase) => text.includes(phrase)),
    ...lines.filter((line) => words.has(line) || IN_DUTCH.test(line)),
    ...DUTCH_JARGON.filter((phrase) => lower.includes(phrase.toLowerCase())),
  ];
}
