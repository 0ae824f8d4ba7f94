import type { Core } from '@strapi/strapi';
import { adminAddress, invitationMessage, registrationLink, type Invitation } from './message';

/**
 * E-mails the invitation when SMTP is configured (SMTP_HOST, cms/config/plugins.ts). Returns whether it was
 * sent: when not, the person who invited shows the link themselves, so a failure is logged, not thrown.
 */
export async function sendInvitation(strapi: Core.Strapi, registrationToken: string, invitation: Omit<Invitation, 'link'>): Promise<boolean> {
  if (!process.env.SMTP_HOST) return false;
  const mail = invitationMessage({ ...invitation, link: registrationLink(adminAddress(), registrationToken) });
  try {
    await strapi.plugin('email').service('email').send(mail);
    return true;
  } catch (error) {
    strapi.log.warn(`Invitation to ${mail.to} not sent: ${(error as Error).message}`);
    return false;
  }
}
