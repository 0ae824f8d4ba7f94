import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS, activityThemeIdsOf, contactVisibilitiesFor, contactVisibleTo, mayBeNamedIn, publicFields, publicThemeIdsOf } from '@mzo/content-types';

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
