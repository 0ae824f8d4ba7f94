/**
 * The e-mails a volunteer gets when the redactie published what they keep, or sent it back with a reason
 * (./editors.ts sends them). Plain Dutch, or English for an admin user who chose English. They carry only
 * what the volunteer's own start page shows: a kind of entry, its title, the organisation's name, the
 * public page, the reason the Redacteur wrote for them. Never an officials-only or hidden field, an editor's
 * note, or the name of a contact person who is not on the website.
 */

/** One published (or sent back) entry as the mail names it. */
export interface MailItem {
  kind: 'organisation' | 'activity' | 'room' | 'contact';
  /** Its title or name; null when it may not be named in a mail (a contact person who is not public). */
  title: string | null;
  /** The organisation it belongs to. */
  organisation: string;
  /** The organisation's page on the website, when it is published. */
  publicUrl?: string;
}

export interface Recipient {
  email: string;
  firstname?: string | null;
  preferedLanguage?: string | null;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const english = (recipient: Recipient) => Boolean(recipient.preferedLanguage?.startsWith('en'));

/** "2 december" (Europe/Amsterdam). */
export function dayInWords(at: string, locale: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(at));
}

/** "Activiteit ‘Taalcafé’ (Stichting Samen)", or "Een contactpersoon van Stichting Samen" for one that may not be named. */
export function itemInWords(item: MailItem, locale: 'nl' | 'en'): string {
  if (locale === 'en') {
    if (item.kind === 'organisation') return `The profile of ‘${item.title ?? item.organisation}’`;
    if (item.title === null) return `A contact person of ${item.organisation} who is not on the website`;
    const kind = { activity: 'Activity', room: 'Room', contact: 'Contact person' }[item.kind];
    return `${kind} ‘${item.title}’ (${item.organisation})`;
  }
  if (item.kind === 'organisation') return `Het profiel van ‘${item.title ?? item.organisation}’`;
  if (item.title === null) return `Een contactpersoon van ${item.organisation} die niet op de website staat`;
  const kind = { activity: 'Activiteit', room: 'Ruimte', contact: 'Contactpersoon' }[item.kind];
  return `${kind} ‘${item.title}’ (${item.organisation})`;
}

const greeting = (recipient: Recipient) =>
  english(recipient) ? (recipient.firstname ? `Dear ${recipient.firstname},` : 'Hello,') : recipient.firstname ? `Beste ${recipient.firstname},` : 'Hallo,';

const whoInWords = (by: string | null | undefined, locale: 'nl' | 'en') =>
  locale === 'en' ? (by ? `The editors (${by})` : 'The editors') : by ? `De redactie (${by})` : 'De redactie';

/**
 * One e-mail for everything one publish action (a single publish or a bulk publish) put on the website of
 * this volunteer's organisations.
 */
export function publishedMail(recipient: Recipient, items: MailItem[], by: string | null | undefined, at: string, adminUrl: string): Mail {
  const locale = english(recipient) ? 'en' : 'nl';
  const pages = [...new Set(items.map((item) => item.publicUrl).filter(Boolean))] as string[];
  const lines = items.map((item) => {
    // A contact person may be for the Gemeente only: "is on the website" is said of the others alone.
    if (locale === 'en') return `- ${itemInWords(item, 'en')}: ${item.kind === 'contact' ? 'is updated' : 'is now on the website'}.`;
    return `- ${itemInWords(item, 'nl')}: ${item.kind === 'contact' ? 'is bijgewerkt' : 'staat nu op de website'}.`;
  });
  if (locale === 'en')
    return {
      to: recipient.email,
      subject: 'MZO-gids Utrecht: the editors published your change',
      text: [
        greeting(recipient),
        '',
        `${whoInWords(by, 'en')} published this on ${dayInWords(at, 'en')}:`,
        '',
        ...lines,
        '',
        ...(pages.length ? ['See it on the website:', ...pages, ''] : []),
        `Your start page in the MZO-gids: ${adminUrl}`,
        '',
        'The MZO-gids editors',
      ].join('\n'),
    };
  return {
    to: recipient.email,
    subject: 'MZO-gids Utrecht: de redactie heeft je wijziging gepubliceerd',
    text: [
      greeting(recipient),
      '',
      `${whoInWords(by, 'nl')} heeft op ${dayInWords(at, 'nl')} gepubliceerd:`,
      '',
      ...lines,
      '',
      ...(pages.length ? ['Bekijk het op de website:', ...pages, ''] : []),
      `Je startpagina in de MZO-gids: ${adminUrl}`,
      '',
      'De redactie van de MZO-gids',
    ].join('\n'),
  };
}

/** The e-mail when the redactie did not publish a change but sent it back, with the Redacteur's reason. */
export function sentBackMail(recipient: Recipient, item: MailItem, reason: string, by: string | null | undefined, editUrl: string): Mail {
  if (english(recipient))
    return {
      to: recipient.email,
      subject: 'MZO-gids Utrecht: the editors sent your change back',
      text: [
        greeting(recipient),
        '',
        `${whoInWords(by, 'en')} did not publish your change yet, but sent it back:`,
        itemInWords(item, 'en'),
        '',
        'The reason:',
        reason,
        '',
        'Change it and click Save. The editors will then look at it again:',
        editUrl,
        '',
        'The MZO-gids editors',
      ].join('\n'),
    };
  return {
    to: recipient.email,
    subject: 'MZO-gids Utrecht: de redactie stuurt je wijziging terug',
    text: [
      greeting(recipient),
      '',
      `${whoInWords(by, 'nl')} heeft je wijziging nog niet gepubliceerd, maar teruggestuurd:`,
      itemInWords(item, 'nl'),
      '',
      'De reden:',
      reason,
      '',
      'Pas het aan en klik op Bewaar. Dan kijkt de redactie er opnieuw naar:',
      editUrl,
      '',
      'De redactie van de MZO-gids',
    ].join('\n'),
  };
}
