import { organisation, PUBLIC_TYPES, LOCALES } from '@mzo/content-types';
import { slugify } from '@mzo/content-types/slug';
import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../site/i18n/index.ts';
import { FACETS, facetLabel } from '../../site/lib/facets.ts';
import { fieldColumns, fieldLabel, fieldText, siteFields } from '../../site/lib/model-fields.ts';
import { pagePath } from '../../site/lib/paths.ts';
import { organisationPath } from '../../site/scripts/organisation-path.ts';

const allSiteFields = PUBLIC_TYPES.flatMap((type) => siteFields(type));

describe('fields the model marks for the site', () => {
  it('have their text in every language of the site', () => {
    for (const field of allSiteFields) {
      for (const locale of LOCALES) {
        const key = `field.${field.type}.${field.name}`;
        expect(t(locale, key as MessageKey), `${key} in ${locale}`).not.toBe(key);
        expect(fieldLabel(field, locale)).toBe(t(locale, key as MessageKey));
      }
    }
  });

  it('give each filter and each open-data column one name', () => {
    const facets = allSiteFields.flatMap((f) => (f.use.facet ? [f.use.facet] : []));
    expect(new Set(FACETS).size).toBe(FACETS.length);
    for (const facet of facets) expect(FACETS).toContain(facet);
    const columns = allSiteFields.flatMap((f) => (f.use.column ? [`${f.type}.${f.use.column}`] : []));
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('label a field filter with the field’s text', () => {
    for (const field of siteFields(organisation).filter((f) => f.use.facet)) expect(facetLabel(field.use.facet!, 'nl')).toBe(fieldLabel(field, 'nl'));
    expect(facetLabel('wijk', 'en')).toBe(t('en', 'facet.wijk'));
  });

  it('say yes for a ticked box and nothing for an unticked or empty one', () => {
    expect(fieldText(true, 'nl')).toBe('Ja');
    expect(fieldText(true, 'en')).toBe('Yes');
    for (const value of [false, null, undefined, '']) expect(fieldText(value, 'nl')).toBeUndefined();
    expect(fieldText('tekst', 'nl')).toBe('tekst');
  });

  it('become open-data columns under their column name, false included', () => {
    const fields = [
      { type: 'organisation', name: 'a', kind: 'boolean', use: { column: 'col_a' } },
      { type: 'organisation', name: 'b', kind: 'string', use: { shown: true } },
    ];
    expect(fieldColumns(fields, { a: false, b: 'x' })).toEqual({ col_a: false });
  });
});

describe('page paths', () => {
  it('are the same in the browser’s map as on the site', () => {
    for (const locale of LOCALES) expect(organisationPath(locale, 'Stichting Één & Twee')).toBe(pagePath.organisation(locale, slugify('Stichting Één & Twee')));
  });
});
