/**
 * Invitations to the CMS: the link an invited person opens to choose a password, and the e-mail that
 * carries it when SMTP is configured. Used by the organisation's "Nodig een vrijwilliger uit" (plugin mzo)
 * and by Settings → Users (./settings-users.ts).
 */
import { cmsPublicAddresses } from '../public-addresses';

/** The admin panel's public address, e.g. https://cms.example.org/admin (no trailing slash). */
export function adminAddress(env: NodeJS.ProcessEnv = process.env): string {
  return `${cmsPublicAddresses(env).cmsUrl}/admin`;
}

/** The page where the invited person chooses a password (Strapi's own registration page). */
export function registrationLink(adminUrl: string, registrationToken: string): string {
  return `${adminUrl}/auth/register?registrationToken=${encodeURIComponent(registrationToken)}`;
}

export interface Invitation {
  email: string;
  firstname?: string | null;
  /** The role's name as the role list shows it (Gemeente, MZO-vrijwilliger, Redacteur). */
  roleName?: string | null;
  /** The organisation the person is invited to keep up to date, for a volunteer. */
  organisationName?: string | null;
  link: string;
  english?: boolean;
}

export interface InvitationMail {
  to: string;
  subject: string;
  text: string;
}

/** The invitation e-mail, in plain Dutch (or English): what it is for, the whole link, what to do if it fails. */
export function invitationMessage(invitation: Invitation): InvitationMail {
  const { email, firstname, roleName, organisationName, link, english } = invitation;
  if (english) {
    const what = organisationName
      ? `to keep the profile of ${organisationName} up to date in the MZO-gids Utrecht`
      : `to the MZO-gids Utrecht${roleName ? ` (role: ${roleName})` : ''}`;
    return {
      to: email,
      subject: 'Invitation to the MZO-gids Utrecht',
      text: [
        firstname ? `Dear ${firstname},` : 'Hello,',
        '',
        `You are invited ${what}.`,
        'Open this link and choose a password. You will use it to sign in from then on:',
        '',
        link,
        '',
        'The link works once. Does it not work? Ask the editors for a new invitation by replying to this e-mail.',
        '',
        'The MZO-gids editors',
      ].join('\n'),
    };
  }
  const what = organisationName
    ? `om het profiel van ${organisationName} in de MZO-gids Utrecht bij te houden`
    : `voor de MZO-gids Utrecht${roleName ? ` (rol: ${roleName})` : ''}`;
  return {
    to: email,
    subject: 'Uitnodiging voor de MZO-gids Utrecht',
    text: [
      firstname ? `Beste ${firstname},` : 'Hallo,',
      '',
      `Je bent uitgenodigd ${what}.`,
      'Open deze link en kies een wachtwoord. Daarmee log je voortaan in:',
      '',
      link,
      '',
      'De link werkt één keer. Werkt hij niet? Vraag de redactie dan om een nieuwe uitnodiging: beantwoord deze e-mail.',
      '',
      'De redactie van de MZO-gids',
    ].join('\n'),
  };
}
