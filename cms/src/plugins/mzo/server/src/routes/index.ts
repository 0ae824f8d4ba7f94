/**
 * The plugin's admin routes, mounted by Strapi under /mzo (the plugin's name). All need the admin panel's
 * own login (`admin::isAuthenticatedAdmin`); what a user may do is decided by the policies after it, from
 * their content-manager permissions, so a route shows or changes no more than the edit view would.
 */
import { CONSULTATION_LIST_ACTION } from '../permissions';

const ADMIN = 'admin::isAuthenticatedAdmin';
const ORG = 'api::organisation.organisation';
const CONTACT = 'api::contact-person.contact-person';
const CONSULTATION = 'api::consultation.consultation';
const REDACTEUR = 'plugin::mzo.is-redacteur';

/** The user may do `action` on every one of `models` (Strapi's content-manager permissions). */
const may = (action: 'read' | 'update' | 'publish', ...models: string[]) => ({ name: 'plugin::mzo.has-permission', config: { action, models } });

export default {
  // The public content API (under /api/mzo): what the build asks before syncing. `find`, so the public role (as code,
  // cms/src/bootstrap/public-permissions.ts) and read-only API tokens may call it like the rest of the public API.
  'content-api': {
    type: 'content-api',
    routes: [{ method: 'GET', path: '/content-digest', handler: 'content-digest.find', config: { policies: [] } }],
  },
  admin: {
    type: 'admin',
    routes: [
      // "Klopt nog": lastConfirmed = today on the draft and the published version.
      {
        method: 'POST',
        path: '/organisations/:documentId/confirm',
        handler: 'freshness.confirm',
        config: { policies: [ADMIN, 'plugin::mzo.can-confirm-organisation'] },
      },
      // Profiles not confirmed for 12 months (the ones the user may read).
      { method: 'GET', path: '/organisations/stale', handler: 'freshness.stale', config: { policies: [ADMIN, may('read', ORG)] } },
      // Drafts waiting to be published, of the types the user may publish.
      { method: 'GET', path: '/review', handler: 'review.list', config: { policies: [ADMIN] } },
      // One draft against its published version, field by field; sending it back with a reason (who may publish it).
      { method: 'GET', path: '/review/:uid/:documentId/changes', handler: 'review.changes', config: { policies: [ADMIN] } },
      { method: 'POST', path: '/review/:uid/:documentId/send-back', handler: 'review.sendBack', config: { policies: [ADMIN] } },
      // The public site's last build, from the rebuild server.
      { method: 'GET', path: '/site-status', handler: 'site-status.show', config: { policies: [ADMIN] } },
      // "Mijn organisatie": the organisations the user is an editor of, with their activities, rooms and contacts.
      { method: 'GET', path: '/my-organisations', handler: 'my-organisations.list', config: { policies: [ADMIN] } },
      // Closing a "published by the redactie" notice on one's own start page (it only changes the caller's own notices).
      { method: 'POST', path: '/my-organisations/notices/dismiss', handler: 'my-organisations.dismiss', config: { policies: [ADMIN] } },
      // Opted-in organisations with their public and officials-only contacts (JSON or CSV): for the roles
      // given the plugin's own action (Gemeente, Redacteur), then through their content-manager permissions.
      {
        method: 'GET',
        path: '/consultation-list',
        handler: 'consultation-list.list',
        config: { policies: [ADMIN, { name: 'admin::hasPermissions', config: { actions: [CONSULTATION_LIST_ACTION] } }, may('read', ORG, CONTACT)] },
      },
      // Consultations whose outcome is overdue, for the start page (whoever may read consultations).
      { method: 'GET', path: '/consultations/overdue', handler: 'outcomes.overdue', config: { policies: [ADMIN, may('read', CONSULTATION)] } },
      // "Nodig een vrijwilliger uit" on an organisation's page: account with the role, made an editor, the link (Redacteur only).
      {
        method: 'POST',
        path: '/organisations/:documentId/invite',
        handler: 'invitations.invite',
        config: { policies: [ADMIN, REDACTEUR, may('update', ORG)] },
      },
      // Importing organisations from a spreadsheet or HSDS: dry run, confirm as drafts, progress, cancel (Redacteur only).
      { method: 'POST', path: '/import/preview', handler: 'import.preview', config: { policies: [ADMIN, REDACTEUR] } },
      { method: 'GET', path: '/import/:id', handler: 'import.show', config: { policies: [ADMIN, REDACTEUR] } },
      { method: 'POST', path: '/import/:id/confirm', handler: 'import.confirm', config: { policies: [ADMIN, REDACTEUR] } },
      { method: 'POST', path: '/import/:id/cancel', handler: 'import.cancel', config: { policies: [ADMIN, REDACTEUR] } },
    ],
  },
};
