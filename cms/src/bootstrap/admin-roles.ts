import type { Core } from '@strapi/strapi';
import { EDITOR_ONLY_FIELDS, TYPES } from '@mzo/content-types';
import { ROLE_CODES } from '../roles';
import { CONSULTATION_LIST_ACTION } from '../plugins/mzo/server/src/permissions';
import { CONDITIONS } from './conditions';

/**
 * The admin roles as code, created or corrected at every start (like the public role's permissions):
 * a permission ticked by hand in Settings → Roles is reset at the next start, so what a role may do is
 * always what this file says.
 *
 * - Redacteur: reviews and publishes everything, manages taxonomies, handles suggestions, invites
 *   officials and volunteers (Settings → Users, with the roles Gemeente and MZO-vrijwilliger only).
 * - MZO-vrijwilliger: reads and edits only the organisations they are an editor of, and those
 *   organisations' activities, rooms and contact people. Saves drafts; does not publish (a Redacteur
 *   reviews and publishes). "Still correct" (lastConfirmed) is confirmed directly, see plugins/mzo, services/freshness.
 * - Gemeente: reads everything except suggestions and editor-only fields, including contact people
 *   visible to officials; records, updates and publishes consultations (its own account of them);
 *   opens the officials' consultation list; changes nothing else.
 */

const CM = (action: 'create' | 'read' | 'update' | 'delete' | 'publish') => `plugin::content-manager.explorer.${action}`;
const uidOf = (name: string) => `api::${name}.${name}`;

const TAXONOMIES = ['theme', 'wijk', 'community', 'language', 'target-group'];
/** Relations a volunteer changes from the other side (an activity picks its organisation, not the reverse). */
const VOLUNTEER_READ_ONLY_FIELDS: Record<string, string[]> = {
  organisation: ['activities', 'rooms', 'contacts', 'members', 'lastConfirmed', 'hiddenThemes'],
  room: ['activities'],
};

interface PermissionSpec {
  action: string;
  subject?: string;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}

interface Context {
  strapi: Core.Strapi;
  locales: string[];
}

function fieldsOf(ctx: Context, name: string, without: string[] = []): string[] {
  const fields: string[] = ctx.strapi
    .service('admin::content-type')
    .getNestedFields(ctx.strapi.contentTypes[uidOf(name)], { components: ctx.strapi.components });
  return fields.filter((field) => !without.some((w) => field === w || field.startsWith(`${w}.`)));
}

function permission(ctx: Context, action: string, name: string, { without = [] as string[], conditions = [] as string[] } = {}): PermissionSpec {
  const type = TYPES.find((t) => t.name === name);
  const withFields = action !== CM('delete') && action !== CM('publish');
  return {
    action,
    subject: uidOf(name),
    properties: { ...(withFields ? { fields: fieldsOf(ctx, name, without) } : {}), ...(type?.localized ? { locales: ctx.locales } : {}) },
    conditions,
  };
}

const UPLOADS = (conditions: string[] = []): PermissionSpec[] => [
  { action: 'plugin::upload.read', conditions },
  { action: 'plugin::upload.configure-view' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.update', conditions },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];

function editorPermissions(ctx: Context): PermissionSpec[] {
  const permissions: PermissionSpec[] = [];
  for (const type of TYPES) {
    for (const action of ['create', 'read', 'update', 'delete'] as const) permissions.push(permission(ctx, CM(action), type.name));
    if (type.draftAndPublish) permissions.push(permission(ctx, CM('publish'), type.name));
  }
  // To pick the volunteers of an organisation in its Beheerders field.
  permissions.push({ action: 'admin::users.read' });
  // To invite officials and volunteers in Settings → Users; only with those roles (src/invitations/settings-users.ts).
  permissions.push({ action: 'admin::users.create' }, { action: 'admin::roles.read' });
  permissions.push({ action: CONSULTATION_LIST_ACTION });
  return [...permissions, ...UPLOADS()];
}

function volunteerPermissions(ctx: Context): PermissionSpec[] {
  const own: Record<string, string> = {
    activity: CONDITIONS.activityOfEditedOrganisation,
    room: CONDITIONS.roomOfEditedOrganisation,
    'contact-person': CONDITIONS.contactOfEditedOrganisation,
  };
  const organisationWithout = [...(EDITOR_ONLY_FIELDS.organisation ?? [])];
  const permissions: PermissionSpec[] = [
    permission(ctx, CM('read'), 'organisation', { without: organisationWithout, conditions: [CONDITIONS.editsOrganisation] }),
    permission(ctx, CM('update'), 'organisation', {
      without: [...organisationWithout, ...VOLUNTEER_READ_ONLY_FIELDS.organisation],
      conditions: [CONDITIONS.editsOrganisation],
    }),
  ];
  for (const [name, condition] of Object.entries(own)) {
    const editorOnly = [...(EDITOR_ONLY_FIELDS[name] ?? [])];
    const readOnly = [...editorOnly, ...(VOLUNTEER_READ_ONLY_FIELDS[name] ?? [])];
    // Creating cannot be limited by a condition (there is no entry yet): the editing middleware
    // refuses a new activity, room or contact that is not linked to one of the volunteer's organisations.
    permissions.push(permission(ctx, CM('create'), name, { without: readOnly }));
    permissions.push(permission(ctx, CM('read'), name, { without: editorOnly, conditions: [condition] }));
    permissions.push(permission(ctx, CM('update'), name, { without: readOnly, conditions: [condition] }));
    permissions.push(permission(ctx, CM('delete'), name, { conditions: [condition] }));
  }
  // Taxonomies, wijken and rooms are chosen in relation fields, so their names must be readable.
  for (const name of TAXONOMIES) permissions.push(permission(ctx, CM('read'), name));
  return [...permissions, ...UPLOADS(['admin::is-creator'])];
}

function municipalityPermissions(ctx: Context): PermissionSpec[] {
  const permissions: PermissionSpec[] = [];
  for (const type of TYPES) {
    if (type.name === 'suggestion') continue;
    const conditions = type.name === 'contact-person' ? [CONDITIONS.contactVisibleToOfficials] : [];
    permissions.push(permission(ctx, CM('read'), type.name, { without: [...(EDITOR_ONLY_FIELDS[type.name] ?? [])], conditions }));
  }
  // Consultations are the municipality's own record: its staff create them, add who took part and the
  // outcome, and publish them (docs/cms.md). A Redacteur can correct or unpublish them.
  for (const action of ['create', 'update', 'publish'] as const) permissions.push(permission(ctx, CM(action), 'consultation'));
  permissions.push({ action: CONSULTATION_LIST_ACTION });
  return permissions;
}

const ROLES = [
  {
    code: ROLE_CODES.editor,
    name: 'Redacteur',
    description: 'Controleert en publiceert alles, beheert thema’s, wijken en andere lijsten, en behandelt suggesties.',
    permissions: editorPermissions,
  },
  {
    code: ROLE_CODES.volunteer,
    name: 'MZO-vrijwilliger',
    description: 'Werkt het profiel, de activiteiten, ruimtes en contactpersonen van de eigen organisatie bij. De redactie publiceert.',
    permissions: volunteerPermissions,
  },
  {
    code: ROLE_CODES.municipality,
    name: 'Gemeente',
    description: 'Kan alles lezen, ook contactpersonen die alleen voor de gemeente zijn. Legt raadplegingen en hun uitkomst vast en publiceert ze.',
    permissions: municipalityPermissions,
  },
];

/** Creates the three roles when missing and sets their permissions to exactly the ones above. */
export async function syncAdminRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const locales: string[] = (await strapi.plugin('i18n').service('locales').find()).map((l: { code: string }) => l.code);
  const ctx: Context = { strapi, locales };
  for (const spec of ROLES) {
    let role = await roles.findOne({ code: spec.code });
    if (!role) role = await roles.create({ name: spec.name, code: spec.code, description: spec.description });
    else if (role.name !== spec.name || role.description !== spec.description)
      role = await roles.update({ id: role.id }, { name: spec.name, description: spec.description });
    await roles.assignPermissions(role.id, spec.permissions(ctx));
  }
  await removeStockRoles(strapi);
}

/** Strapi's default roles, made on a first start beside the project's three; nobody should use them. */
export const STOCK_ROLE_CODES = ['strapi-editor', 'strapi-author'];

/**
 * Removes Strapi's Editor and Author roles at every start. A role still given to someone is emptied
 * instead (no permission at all, so the route guard's "unknown role" rules are all it meets) and named
 * in the log, so the super admin can give those people one of the three roles.
 */
async function removeStockRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  for (const code of STOCK_ROLE_CODES) {
    const role = await roles.findOne({ code });
    if (!role) continue;
    const users = await strapi.db.query('admin::user').count({ where: { roles: { id: role.id } } });
    if (users === 0) {
      await roles.deleteByIds([role.id]);
      strapi.log.info(`Removed Strapi's default role ${role.name}: the MZO-gids uses Redacteur, MZO-vrijwilliger and Gemeente.`);
    } else {
      await roles.assignPermissions(role.id, []);
      strapi.log.warn(
        `Strapi's default role ${role.name} is still given to ${users} user(s): it has no permissions now; give them Redacteur, MZO-vrijwilliger or Gemeente.`,
      );
    }
  }
}

export { ROLES };
