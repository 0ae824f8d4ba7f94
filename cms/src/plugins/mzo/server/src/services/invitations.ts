/**
 * "Nodig een vrijwilliger uit" on an organisation's page: a Redacteur types an e-mail address and a first
 * name; the person gets an admin account with the role MZO-vrijwilliger (not active until they choose a
 * password), is made an editor of the organisation, and gets the invitation by e-mail when SMTP is
 * configured. The answer carries the registration token, so the Redacteur can pass the link on themselves.
 * Someone who already has a volunteer's account is only made an editor. The route's policies (../routes)
 * have checked that the caller is a Redacteur who may update organisations.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import { ORGANISATION_UID } from '../../../../../editing/ownership';
import { sendInvitation } from '../../../../../invitations/send';
import { isVolunteerOnly, ROLE_CODES } from '../../../../../roles';

export interface InviteInput {
  email?: unknown;
  firstname?: unknown;
}

export interface InviteResult {
  email: string;
  firstname: string;
  /** A new account ('invited'), or an existing volunteer's account made an editor of this organisation too ('linked'). */
  outcome: 'invited' | 'linked';
  /** Set while the account has no password yet: the link's token. */
  registrationToken: string | null;
  emailed: boolean;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

/** The e-mail address and first name, checked; messages name the field and the reason, in Dutch. */
export function invitee(input: InviteInput): { email: string; firstname: string } {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  const firstname = typeof input.firstname === 'string' ? input.firstname.trim() : '';
  if (!email) throw new errors.ValidationError('E-mailadres: vul het e-mailadres in van de vrijwilliger.');
  if (email.length > 254 || !EMAIL.test(email))
    throw new errors.ValidationError('E-mailadres: dit is geen geldig e-mailadres (bijvoorbeeld naam@example.org).');
  if (!firstname) throw new errors.ValidationError('Voornaam: vul de voornaam in van de vrijwilliger.');
  if (firstname.length > 100) throw new errors.ValidationError('Voornaam: gebruik hoogstens 100 tekens.');
  return { email, firstname };
}

type UserRow = { id: number; email: string; firstname?: string | null; isActive: boolean; registrationToken?: string | null; roles?: { code: string }[] };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Invites `input` as a volunteer of the organisation `documentId`; null when there is no such organisation. */
  async inviteVolunteer(documentId: string, input: InviteInput): Promise<InviteResult | null> {
    const { email, firstname } = invitee(input);
    const rows = (await strapi.db
      .query(ORGANISATION_UID)
      .findMany({ where: { documentId }, select: ['id', 'name', 'locale', 'publishedAt', 'updatedAt'] })) as OrganisationRow[];
    if (!rows.length) return null;
    const name = (rows.find((row) => row.locale === DEFAULT_LOCALE && !row.publishedAt) ?? rows[0]).name;

    const existing = (await strapi.db
      .query('admin::user')
      .findOne({ where: { email: { $eqi: email } }, populate: { roles: { select: ['code'] } } })) as UserRow | null;
    let user: UserRow;
    if (existing) {
      // Only a volunteer's account becomes an editor by e-mail: an editor or official needs no such link,
      // and this form must not touch their account.
      if (!isVolunteerOnly(existing))
        throw new errors.ApplicationError('E-mailadres: dit adres hoort bij een account van de redactie of de gemeente, niet van een vrijwilliger.');
      user = existing;
    } else {
      const role = await strapi.db.query('admin::role').findOne({ where: { code: ROLE_CODES.volunteer }, select: ['id'] });
      if (!role) throw new errors.ApplicationError('De rol MZO-vrijwilliger ontbreekt; start het CMS opnieuw.');
      user = (await strapi.service('admin::user').create({ email, firstname, roles: [role.id], preferedLanguage: 'nl' })) as UserRow;
    }
    await connectEditor(strapi, rows, user.id);

    const registrationToken = user.isActive ? null : (user.registrationToken ?? null);
    const emailed = registrationToken ? await sendInvitation(strapi, registrationToken, { email, firstname, organisationName: name }) : false;
    return { email, firstname: user.firstname || firstname, outcome: existing ? 'linked' : 'invited', registrationToken, emailed };
  },
});

type OrganisationRow = { id: number; name: string; locale: string; publishedAt: string | null; updatedAt: string };

/**
 * Makes the user an editor on every stored version of the organisation (each language, draft and
 * published), as "Klopt nog" writes lastConfirmed: who edits it is no content, needs no review, and must
 * not publish whatever else waits in the draft. Each version keeps its updatedAt, so the draft's
 * "modified" state (what waits for the redactie) stays as it was.
 */
async function connectEditor(strapi: Core.Strapi, rows: OrganisationRow[], userId: number) {
  const query = strapi.db.query(ORGANISATION_UID);
  for (const row of rows) {
    await query.update({ where: { id: row.id }, data: { editors: { connect: [{ id: userId }] } } });
    // updateMany with an object leaves updatedAt alone (Strapi's timestamps only touch update and lists).
    await query.updateMany({ where: { id: row.id }, data: { updatedAt: row.updatedAt } });
  }
}
