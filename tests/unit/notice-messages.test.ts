import { describe, expect, it } from 'vitest';
import { dayInWords, publishedMail, sentBackMail, type MailItem } from '../../cms/src/notifications/messages.ts';

const vera = { email: 'vera@example.org', firstname: 'Vera', preferedLanguage: 'nl' };
const wim = { email: 'wim@example.org', firstname: 'Wim', preferedLanguage: 'en' };
const page = 'https://mzo.example.org/organisaties/stichting-samen/';
const items: MailItem[] = [
  { kind: 'activity', title: 'Taalcafé', organisation: 'Stichting Samen', publicUrl: page },
  { kind: 'room', title: 'Zaal', organisation: 'Stichting Samen', publicUrl: page },
  { kind: 'contact', title: null, organisation: 'Stichting Samen', publicUrl: page },
];

describe('the e-mails to a volunteer about the redactie’s work', () => {
  it('lists everything one publish action put on the website in one mail, the public page once, in plain Dutch', () => {
    const mail = publishedMail(vera, items, 'Roos', '2026-12-02T10:00:00Z', 'https://cms.example.org/admin');
    expect(mail.to).toBe('vera@example.org');
    expect(mail.text).toContain('Beste Vera,');
    expect(mail.text).toContain('De redactie (Roos) heeft op 2 december gepubliceerd:');
    expect(mail.text).toContain('- Activiteit ‘Taalcafé’ (Stichting Samen): staat nu op de website.');
    expect(mail.text).toContain('- Ruimte ‘Zaal’ (Stichting Samen): staat nu op de website.');
    // A contact person who is not public is not named, and not said to be on the website.
    expect(mail.text).toContain('- Een contactpersoon van Stichting Samen die niet op de website staat: is bijgewerkt.');
    expect(mail.text.split(page)).toHaveLength(2);
    expect(mail.text).toContain('https://cms.example.org/admin');
  });

  it('writes English for an editor who chose English, and does without a first name', () => {
    const mail = publishedMail(wim, items.slice(0, 1), null, '2026-12-02T10:00:00Z', 'https://cms.example.org/admin');
    expect(mail.text).toContain('Dear Wim,');
    expect(mail.text).toContain('The editors published this on 2 December:');
    expect(mail.text).toContain('- Activity ‘Taalcafé’ (Stichting Samen): is now on the website.');
    expect(publishedMail({ email: 'x@example.org' }, items, null, '2026-12-02T10:00:00Z', '').text).toMatch(/^Hallo,\n\nDe redactie heeft op/);
  });

  it('gives the reason and the link to change it when a change is sent back', () => {
    const mail = sentBackMail(vera, items[1], 'Schrijf erbij hoeveel mensen er passen.', 'Roos', 'https://cms.example.org/admin/x');
    expect(mail.text).toContain('De redactie (Roos) heeft je wijziging nog niet gepubliceerd, maar teruggestuurd:\nRuimte ‘Zaal’ (Stichting Samen)');
    expect(mail.text).toContain('De reden:\nSchrijf erbij hoeveel mensen er passen.');
    expect(mail.text).toContain('Pas het aan en klik op Bewaar.');
    expect(mail.text).toContain('https://cms.example.org/admin/x');
  });

  it('names the day in Utrecht', () => {
    expect(dayInWords('2026-12-01T23:30:00Z', 'nl')).toBe('2 december');
  });
});
