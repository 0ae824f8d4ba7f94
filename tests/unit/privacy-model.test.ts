import { describe, expect, it } from 'vitest';
import {
  narrowsVisibility,
  COMPONENTS,
  CONTACT_FIELDS,
  EDITOR_ONLY_FIELDS,
  TYPES,
  activityThemeIdsOf,
  confirmedRelations,
  contactVisibilitiesFor,
  contactVisibleTo,
  defineType,
  editorOnlyFields,
  mayBeNamedIn,
  publicFields,
  publicThemeIdsOf,
} from '@mzo/content-types';
import { text } from '../../content-types/src/fields.ts';
import { EDITOR_ONLY_FIELDS as CMS_EDITOR_ONLY, EDITOR_ONLY_KEYS } from '../../cms/src/security/access.ts';

describe('privacy rules of the model (content-types/src/privacy.ts)', () => {
  it('says which contact visibilities each audience sees', () => {
    expect(contactVisibilitiesFor('public')).toEqual(['public']);
    expect(contactVisibilitiesFor('officials')).toEqual(['public', 'officials']);
    expect(contactVisibilitiesFor('editors')).toEqual(['public', 'officials', 'hidden']);
    expect(contactVisibleTo('hidden', 'officials')).toBe(false);
    expect(contactVisibleTo('officials', 'public')).toBe(false);
    expect(contactVisibleTo('public', 'public')).toBe(true);
    expect(contactVisibleTo(undefined, 'editors')).toBe(false);
    expect(contactVisibleTo('whatever', 'editors')).toBe(false);
  });

  it('says which visibility changes show a contact to fewer people (those apply at once, without review)', () => {
    expect(narrowsVisibility('public', 'officials')).toBe(true);
    expect(narrowsVisibility('public', 'hidden')).toBe(true);
    expect(narrowsVisibility('officials', 'hidden')).toBe(true);
    for (const [from, to] of [
      ['hidden', 'officials'],
      ['officials', 'public'],
      ['hidden', 'public'],
      ['public', 'public'],
      ['public', 'nobody'],
      [undefined, 'hidden'],
    ])
      expect(narrowsVisibility(from, to), `${from} → ${to}`).toBe(false);
  });

  it('gives the public fields of a type: none marked private', () => {
    const contact = publicFields('contact-person');
    expect(contact).not.toContain('consentNote');
    expect(contact).not.toContain('consentDate');
    for (const field of CONTACT_FIELDS) expect(contact).toContain(field);
    const organisation = publicFields('organisation');
    for (const field of ['editorNotes', 'editors', 'hiddenThemes', 'contacts']) expect(organisation).not.toContain(field);
    expect(organisation).toContain('name');
    expect(() => publicFields('nope')).toThrow();
  });

  it('says of every private field, in every type and component, who reads it in the CMS', () => {
    const owners = [...TYPES.map((t) => [t.name, t.attributes] as const), ...COMPONENTS.map((c) => [c.key, c.attributes] as const)];
    const unclassified: string[] = [];
    let privateCount = 0;
    for (const [owner, attributes] of owners) {
      for (const [name, field] of Object.entries(attributes as Record<string, { private?: boolean; cmsReaders?: string }>)) {
        if (!field.private) continue;
        privateCount++;
        if (field.cmsReaders !== 'editors' && field.cmsReaders !== 'roles') unclassified.push(`${owner}.${name}`);
      }
    }
    expect(unclassified).toEqual([]);
    expect(privateCount).toBeGreaterThanOrEqual(11);
    // A new private field without the choice is refused where the model is defined.
    const attributes = { secret: text({ private: true }) };
    expect(() => defineType({ name: 'x', pluralName: 'xs', displayName: 'X', description: '', draftAndPublish: false, localized: false, attributes })).toThrow(
      /cmsReaders/,
    );
  });

  it('takes the editor-only fields from the model, and the CMS from there', () => {
    expect(editorOnlyFields('organisation')).toEqual(['editors', 'editorNotes']);
    expect(EDITOR_ONLY_FIELDS).toEqual({ organisation: ['editors', 'editorNotes'] });
    for (const type of TYPES) {
      const editorsOnly = Object.entries(type.attributes as Record<string, { cmsReaders?: string }>)
        .filter(([, f]) => f.cmsReaders === 'editors')
        .map(([n]) => n);
      expect(EDITOR_ONLY_FIELDS[type.name] ?? [], type.name).toEqual(editorsOnly);
      for (const name of editorsOnly) expect(EDITOR_ONLY_KEYS.has(name), `${type.name}.${name} is scrubbed by the route guard`).toBe(true);
    }
    expect(CMS_EDITOR_ONLY).toBe(EDITOR_ONLY_FIELDS);
  });

  it('makes a membership public only when the organisation named confirms it, a partnership only when both name each other', () => {
    const ref = (...ids: string[]) => ids.map((documentId) => ({ documentId }));
    const confirmed = confirmedRelations([
      { documentId: 'a', memberOf: ref('koepel', 'other'), partners: ref('b', 'c') },
      { documentId: 'b', partners: ref('a') },
      { documentId: 'c', partners: null },
      { documentId: 'koepel', confirmedMembers: ref('a', 'never-claimed') },
      { documentId: 'other', confirmedMembers: [] },
    ]);
    expect([...confirmed.memberOf]).toEqual(['a>koepel']);
    expect([...confirmed.partners].sort()).toEqual(['a>b', 'b>a']);
  });

  it('shows a sensitive theme only where an organisation shows it, and an activity no more than its organiser', () => {
    const themes = [{ documentId: 'open' }, { documentId: 'gevoelig', sensitive: true }, { documentId: 'niemand', sensitive: true }];
    const ids = publicThemeIdsOf([{ themes: [{ documentId: 'gevoelig' }] }, { themes: null }], themes);
    expect([...ids].sort()).toEqual(['gevoelig', 'open']);
    const sensitive = new Set(['gevoelig', 'niemand']);
    const activity = [{ documentId: 'open' }, { documentId: 'gevoelig' }, { documentId: 'niemand' }];
    expect(activityThemeIdsOf(activity, [], ids, sensitive)).toEqual(['open']);
    expect(activityThemeIdsOf(activity, [{ documentId: 'gevoelig' }], ids, sensitive)).toEqual(['open', 'gevoelig']);
  });

  it('names an organisation on a consultation only when it agreed, and on a sensitive theme only when it shows that theme', () => {
    const sensitive = new Set(['gevoelig']);
    const ordinary = { themes: [{ documentId: 'open' }] };
    const onSensitive = { themes: [{ documentId: 'open' }, { documentId: 'gevoelig' }] };
    expect(mayBeNamedIn(ordinary, { namedInConsultations: true }, sensitive)).toBe(true);
    expect(mayBeNamedIn(ordinary, { namedInConsultations: false }, sensitive)).toBe(false);
    // Empty (an organisation from before the field) counts as no.
    expect(mayBeNamedIn(ordinary, { namedInConsultations: null }, sensitive)).toBe(false);
    expect(mayBeNamedIn(ordinary, {}, sensitive)).toBe(false);
    expect(mayBeNamedIn(onSensitive, { namedInConsultations: true, themes: [{ documentId: 'open' }] }, sensitive)).toBe(false);
    expect(mayBeNamedIn(onSensitive, { namedInConsultations: true, themes: [{ documentId: 'gevoelig' }] }, sensitive)).toBe(true);
  });
});
