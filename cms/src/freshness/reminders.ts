/**
 * Reminder e-mails to the volunteers of organisations whose profile was not confirmed for 12 months.
 * Off unless REMINDER_EMAILS=true (config/server.ts schedules it, config/plugins.ts configures SMTP).
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import { monthsBefore, todayInUtrecht } from '@mzo/content-types/dates';
import { ORGANISATION_UID } from '../editing/ownership';
import { STALE_AFTER_MONTHS } from './rule';

export interface StaleOrganisation {
  documentId: string;
  name: string;
  lastConfirmed: string | null;
  editors: { email: string; firstname?: string | null; preferedLanguage?: string | null }[];
}

export interface Reminder {
  to: string;
  subject: string;
  text: string;
}

/** One e-mail per volunteer, listing each of their organisations that needs a check, with a link to it. */
export function reminderMessages(organisations: StaleOrganisation[], adminUrl: string): Reminder[] {
  const byEditor = new Map<string, { editor: StaleOrganisation['editors'][number]; organisations: StaleOrganisation[] }>();
  for (const organisation of organisations) {
    for (const editor of organisation.editors) {
      const entry = byEditor.get(editor.email) ?? { editor, organisations: [] };
      entry.organisations.push(organisation);
      byEditor.set(editor.email, entry);
    }
  }
  return [...byEditor.values()].map(({ editor, organisations: own }) => {
    const english = editor.preferedLanguage?.startsWith('en');
    const lines = own.map((o) => `- ${o.name}: ${adminUrl}/content-manager/collection-types/${ORGANISATION_UID}/${o.documentId}`);
    const greeting = editor.firstname ? (english ? `Dear ${editor.firstname},` : `Beste ${editor.firstname},`) : english ? 'Hello,' : 'Hallo,';
    return english
      ? {
          to: editor.email,
          subject: 'MZO-gids Utrecht: is your profile still correct?',
          text: [
            greeting,
            '',
            'Please check this profile in the MZO-gids. Is everything still correct? Then press "Still correct".',
            '',
            ...lines,
            '',
            'Thank you!',
            'The MZO-gids editors',
          ].join('\n'),
        }
      : {
          to: editor.email,
          subject: 'MZO-gids Utrecht: klopt je profiel nog?',
          text: [
            greeting,
            '',
            'Wil je dit profiel in de MZO-gids nakijken? Klopt alles nog? Klik dan op “Klopt nog”.',
            '',
            ...lines,
            '',
            'Dank je wel!',
            'De redactie van de MZO-gids',
          ].join('\n'),
        };
  });
}

export async function sendStaleReminders(strapi: Core.Strapi) {
  const cutoff = monthsBefore(todayInUtrecht(), STALE_AFTER_MONTHS);
  // The database query, not the document service: an admin user's e-mail is not a content field.
  const organisations = (await strapi.db.query(ORGANISATION_UID).findMany({
    where: { locale: DEFAULT_LOCALE, publishedAt: null, $or: [{ lastConfirmed: null }, { lastConfirmed: { $lt: cutoff } }] },
    select: ['documentId', 'name', 'lastConfirmed'],
    populate: { editors: { select: ['email', 'firstname', 'preferedLanguage'] } },
  })) as StaleOrganisation[];
  const adminUrl = `${strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port')}`}/admin`;
  const messages = reminderMessages(organisations, adminUrl);
  for (const mail of messages) {
    try {
      await strapi.plugin('email').service('email').send(mail);
    } catch (error) {
      strapi.log.warn(`Reminder to ${mail.to} not sent: ${(error as Error).message}`);
    }
  }
  strapi.log.info(`Reminders: ${messages.length} e-mail(s) about ${organisations.length} profile(s) not confirmed since ${cutoff}.`);
}
