import type { Core } from '@strapi/strapi';
import { contactVisibilitiesFor } from '@mzo/content-types';
import type { AdminUserLike } from '../roles';
import { editedOrganisationIds, ownedDocumentIds } from '../editing/ownership';

/**
 * Custom RBAC conditions. Each resolves, per request, to the documentIds the user may act on, so the
 * same condition filters the list view (as a database query) and checks a single entry (no relation
 * needs to be populated for that). Registered in `register`, before the admin loads role permissions.
 * @see https://docs.strapi.io/cms/configurations/guides/rbac
 */
export const CONDITIONS = {
  editsOrganisation: 'api::edits-organisation',
  activityOfEditedOrganisation: 'api::activity-of-edited-organisation',
  roomOfEditedOrganisation: 'api::room-of-edited-organisation',
  contactOfEditedOrganisation: 'api::contact-of-edited-organisation',
  contactVisibleToOfficials: 'api::contact-visible-to-officials',
} as const;

export async function registerConditions(strapi: Core.Strapi) {
  const inIds = (ids: string[]) => ({ documentId: { $in: ids } });
  await strapi.admin.services.permission.conditionProvider.registerMany([
    {
      name: 'edits-organisation',
      displayName: 'Is beheerder van de organisatie',
      handler: async (user: AdminUserLike) => inIds(await editedOrganisationIds(strapi, user.id)),
    },
    {
      name: 'activity-of-edited-organisation',
      displayName: 'Activiteit van een organisatie die je beheert',
      handler: async (user: AdminUserLike) => inIds(await ownedDocumentIds(strapi, 'api::activity.activity', user.id)),
    },
    {
      name: 'room-of-edited-organisation',
      displayName: 'Ruimte van een organisatie die je beheert',
      handler: async (user: AdminUserLike) => inIds(await ownedDocumentIds(strapi, 'api::room.room', user.id)),
    },
    {
      name: 'contact-of-edited-organisation',
      displayName: 'Contactpersoon van een organisatie die je beheert',
      handler: async (user: AdminUserLike) => inIds(await ownedDocumentIds(strapi, 'api::contact-person.contact-person', user.id)),
    },
    {
      name: 'contact-visible-to-officials',
      displayName: 'Contactpersoon die zichtbaar is voor de gemeente',
      handler: () => ({ visibility: { $in: contactVisibilitiesFor('officials') } }),
    },
  ]);
}
