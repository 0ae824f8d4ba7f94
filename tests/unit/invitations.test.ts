import { describe, expect, it } from 'vitest';
import { adminAddress, invitationMessage, registrationLink } from '../../cms/src/invitations/message.ts';
import { invitee } from '../../cms/src/plugins/mzo/server/src/services/invitations.ts';

describe('invitations', () => {
  it('links to the registration page at the public address of the admin panel', () => {
    expect(adminAddress({ PUBLIC_CMS_URL: 'https://cms.example.org/' })).toBe('https://cms.example.org/admin');
    expect(adminAddress({ PORT: '1400' })).toBe('http://localhost:1400/admin');
    expect(registrationLink('https://cms.example.org/admin', 'ab12')).toBe('https://cms.example.org/admin/auth/register?registrationToken=ab12');
  });

  it('writes the invitation in plain Dutch with the organisation and the whole link on a line of its own, or in English', () => {
    const link = `https://cms.example.org/admin/auth/register?registrationToken=${'f'.repeat(40)}`;
    const nl = invitationMessage({ email: 'amina@example.org', firstname: 'Amina', organisationName: 'Stichting Een', link });
    expect(nl).toMatchObject({ to: 'amina@example.org', subject: 'Uitnodiging voor de MZO-gids Utrecht' });
    expect(nl.text).toContain('Beste Amina,');
    expect(nl.text).toContain('het profiel van Stichting Een');
    expect(nl.text.split('\n')).toContain(link);
    const official = invitationMessage({ email: 'gijs@example.org', roleName: 'Gemeente', link, english: true });
    expect(official.text).toContain('Hello,');
    expect(official.text).toContain('(role: Gemeente)');
    expect(official.text.split('\n')).toContain(link);
  });

  it('checks the address and the first name, naming the field', () => {
    expect(invitee({ email: ' Amina@Example.ORG ', firstname: ' Amina ' })).toEqual({ email: 'amina@example.org', firstname: 'Amina' });
    expect(() => invitee({ email: '', firstname: 'A' })).toThrow(/^E-mailadres: vul/);
    expect(() => invitee({ email: 'amina@example', firstname: 'A' })).toThrow(/^E-mailadres: dit is geen geldig/);
    expect(() => invitee({ email: 'a b@example.org', firstname: 'A' })).toThrow(/^E-mailadres/);
    expect(() => invitee({ email: 'a@example.org', firstname: 3 })).toThrow(/^Voornaam: vul/);
    expect(() => invitee({ email: 'a@example.org', firstname: 'x'.repeat(101) })).toThrow(/^Voornaam: gebruik/);
  });
});
