/**
 * Consultations whose outcome is overdue (its due date passed and none was shared): listed on the CMS start
 * page of whoever recorded them (and of everyone who may publish consultations), and e-mailed once to the
 * person who recorded it when SMTP is configured (cron task in config/server.ts).
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import { outcomeDueOn, outcomeOverdue } from '@mzo/content-types/consultations';
import { todayInUtrecht } from '@mzo/content-types/dates';

export const CONSULTATION_UID = 'api::consultation.consultation';

let running = false;

export interface OverdueConsultation {
  documentId: string;
  title: string;
  date: string;
  outcomeDue: string;
  organiser: string;
  createdBy: { id: number; email: string; firstname?: string | null; preferedLanguage?: string | null } | null;
}

export interface OutcomeReminder {
  to: string;
  subject: string;
  text: string;
}

/** The reminder e-mail about one consultation, in the recipient's interface language. */
export function outcomeReminderMessage(c: OverdueConsultation, adminUrl: string): OutcomeReminder | null {
  if (!c.createdBy?.email) return null;
  const link = `${adminUrl}/content-manager/collection-types/${CONSULTATION_UID}/${c.documentId}`;
  const english = c.createdBy.preferedLanguage?.startsWith('en');
  const name = c.createdBy.firstname;
  return english
    ? {
        to: c.createdBy.email,
        subject: `MZO-gids Utrecht: share the outcome of "${c.title}"`,
        text: [
          name ? `Dear ${name},` : 'Hello,',
          '',
          `The outcome of the consultation "${c.title}" (${c.date}) was due on ${c.outcomeDue}. The organisations that took part are waiting to hear what their input led to.`,
          'Please write the outcome and a link in the consultation, then publish it:',
          link,
          '',
          'The website says "Outcome not shared yet" until then.',
        ].join('\n'),
      }
    : {
        to: c.createdBy.email,
        subject: `MZO-gids Utrecht: deel de uitkomst van “${c.title}”`,
        text: [
          name ? `Beste ${name},` : 'Hallo,',
          '',
          `De uitkomst van de raadpleging “${c.title}” (${c.date}) zou op ${c.outcomeDue} gedeeld worden. De organisaties die meededen willen graag weten wat er met hun inbreng is gebeurd.`,
          'Schrijf de uitkomst en een link in de raadpleging en publiceer die:',
          link,
          '',
          'Tot dan staat op de website: “Uitkomst nog niet gedeeld”.',
        ].join('\n'),
      };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every consultation (its Dutch draft, which every document has) whose outcome is overdue today. */
  async overdue(today = todayInUtrecht()): Promise<OverdueConsultation[]> {
    const rows = (await strapi.db.query(CONSULTATION_UID).findMany({
      where: { locale: DEFAULT_LOCALE, publishedAt: null },
      select: ['documentId', 'title', 'date', 'organiser', 'outcomeSummary'],
      populate: { createdBy: { select: ['id', 'email', 'firstname', 'preferedLanguage'] } },
      orderBy: { date: 'asc' },
    })) as (Omit<OverdueConsultation, 'outcomeDue'> & { outcomeSummary: string | null })[];
    return rows
      .filter((c) => outcomeOverdue(c, today))
      .map((c) => ({
        documentId: c.documentId,
        title: c.title,
        date: c.date,
        outcomeDue: outcomeDueOn(c),
        organiser: c.organiser,
        createdBy: c.createdBy ?? null,
      }));
  },

  /** Overdue consultations for the start page of `userId`: the ones they recorded, or all for those who may publish them. */
  async overdueFor(userId: number, mayPublish: boolean) {
    const all = await this.overdue();
    return all.filter((c) => mayPublish || c.createdBy?.id === userId).map(({ createdBy, ...c }) => ({ ...c, mine: createdBy?.id === userId }));
  },

  /** E-mails each overdue consultation's recorder once (remembered in Strapi's store); only with SMTP configured. */
  async sendReminders() {
    if (!process.env.SMTP_HOST) return { sent: 0 };
    // One run at a time: a run that overlaps the previous one (slow SMTP) would send the same reminder twice.
    if (running) return { sent: 0 };
    running = true;
    try {
      return await this.sendRemindersNow();
    } finally {
      running = false;
    }
  },

  async sendRemindersNow() {
    const store = strapi.store({ type: 'plugin', name: 'mzo', key: 'outcome-reminders' });
    const sent = ((await store.get()) as Record<string, string> | null) ?? {};
    const adminUrl = `${strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port')}`}/admin`;
    let count = 0;
    for (const c of await this.overdue()) {
      if (sent[c.documentId]) continue;
      const mail = outcomeReminderMessage(c, adminUrl);
      if (!mail) continue;
      // Remembered before sending, so that no later run sends it again whatever happens meanwhile.
      sent[c.documentId] = new Date().toISOString();
      await store.set({ value: sent });
      try {
        await strapi.plugin('email').service('email').send(mail);
        count++;
      } catch (error) {
        delete sent[c.documentId];
        await store.set({ value: sent });
        strapi.log.warn(`Outcome reminder to ${mail.to} not sent: ${(error as Error).message}`);
      }
    }
    strapi.log.info(`Outcome reminders: ${count} e-mail(s) sent.`);
    return { sent: count };
  },
});
