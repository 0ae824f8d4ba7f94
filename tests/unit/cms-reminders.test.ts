import { describe, expect, it } from 'vitest';
import { monthsBefore, todayInUtrecht } from '@mzo/content-types/dates';
import { reminderMessages } from '../../cms/src/freshness/reminders.ts';

describe('freshness', () => {
  it('counts "12 months ago" from today in Utrecht', () => {
    expect(todayInUtrecht(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(monthsBefore('2026-11-30', 12)).toBe('2025-11-30');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-03-01');
  });

  it('writes each volunteer one reminder with a link to every profile they keep, in their language', () => {
    const amina = { email: 'amina@example.org', firstname: 'Amina', preferedLanguage: null };
    const john = { email: 'john@example.org', firstname: 'John', preferedLanguage: 'en' };
    const messages = reminderMessages(
      [
        { documentId: 'a1', name: 'Stichting Een', lastConfirmed: '2024-01-01', editors: [amina, john] },
        { documentId: 'b2', name: 'Vereniging Twee', lastConfirmed: null, editors: [amina] },
      ],
      'https://cms.example.org/admin',
    );
    expect(messages.map((m) => m.to)).toEqual(['amina@example.org', 'john@example.org']);
    expect(messages[0].subject).toBe('MZO-gids Utrecht: klopt je profiel nog?');
    expect(messages[0].text).toContain('Beste Amina,');
    expect(messages[0].text).toContain('- Stichting Een: https://cms.example.org/admin/content-manager/collection-types/api::organisation.organisation/a1');
    expect(messages[0].text).toContain('- Vereniging Twee: ');
    expect(messages[1].subject).toBe('MZO-gids Utrecht: is your profile still correct?');
    expect(messages[1].text).not.toContain('Vereniging Twee');
  });
});
