// Plain words on every page a resident reads (issue 16): the Dutch pages say "je", never "u" or "uw", and no page in
// any language shows a code or technical word (.ics, CBS codes, service names). The open-data page is for re-users and
// may name its formats.
import { readFileSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { LOCALES } from '@mzo/content-types';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { allFiles } from '../support/files.ts';
import { FORMAL_DUTCH, JARGON, occurrences, visibleText } from '../support/plain-words.ts';

let pages: { path: string; locale: string; text: string }[];

beforeAll(() => {
  const dir = realpathSync(inject('siteDir'));
  pages = allFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const path = relative(dir, file).split(sep).join('/');
      const first = path.split('/')[0];
      return { path, locale: (LOCALES as readonly string[]).includes(first) ? first : 'nl', text: visibleText(readFileSync(file, 'utf8')) };
    })
    .filter((p) => !/(^|\/)open-data\//.test(p.path));
});

describe('plain words on the pages residents read', () => {
  it('address the reader as "je" on every Dutch page, never "u" or "uw"', () => {
    const dutch = pages.filter((p) => p.locale === 'nl');
    expect(dutch.length).toBeGreaterThan(50);
    // The templates that carried "u" before: the tip form, the officials' list, the outcomes, the accessibility text.
    for (const path of ['tip/index.html', 'raadplegen/index.html', 'inbreng/index.html', 'over/index.html', 'bedankt/index.html'])
      expect(dutch.map((p) => p.path)).toContain(path);
    const formal = dutch.flatMap((p) => occurrences(p.text, FORMAL_DUTCH).map((where) => `${p.path}: ${where}`));
    expect(formal).toEqual([]);
  });

  it('show no codes or technical words in any language', () => {
    expect(new Set(pages.map((p) => p.locale)).size).toBe(LOCALES.length);
    const found = pages.flatMap((p) => JARGON.flatMap(({ word, why }) => occurrences(p.text, word).map((where) => `${p.path}: ${where} (${why})`)));
    expect(found.slice(0, 30), `${found.length} in all`).toEqual([]);
  });

  it('still name the wijk and offer the agenda on a wijk page, in words', () => {
    const wijk = pages.find((p) => p.path === 'wijken/overvecht/index.html')!;
    expect(wijk.text).toContain('Overvecht');
    const organisation = pages.find((p) => /^organisaties\/[^/]+\/index\.html$/.test(p.path) && p.text.includes('Volg deze activiteiten in je agenda: '));
    expect(organisation, 'an organisation page with its activities to follow in your own agenda').toBeDefined();
  });
});
