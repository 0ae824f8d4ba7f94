import type { Core } from '@strapi/strapi';

export const ORGANISATION_UID = 'api::organisation.organisation';

/** For each type a volunteer may edit through their organisation: the relation that points to it. */
export const OWNER_RELATION: Record<string, string> = {
  'api::activity.activity': 'organisation',
  'api::room.room': 'providerOrganisation',
  'api::contact-person.contact-person': 'organisation',
};

/** documentIds of the organisations an admin user is an editor of (organisation.editors). */
export async function editedOrganisationIds(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows = await strapi.db.query(ORGANISATION_UID).findMany({ where: { editors: { id: userId } }, select: ['documentId'] });
  return [...new Set(rows.map((row: { documentId: string }) => row.documentId))];
}

/** documentIds of the entries of `uid` (activity, room, contact) linked to one of those organisations. */
export async function ownedDocumentIds(strapi: Core.Strapi, uid: string, userId: number): Promise<string[]> {
  const relation = OWNER_RELATION[uid];
  const rows = await strapi.db.query(uid).findMany({ where: { [relation]: { editors: { id: userId } } }, select: ['documentId'] });
  return [...new Set(rows.map((row: { documentId: string }) => row.documentId))];
}
