/**
 * Who may read what, answered from the user's own Strapi permissions (the roles and conditions of
 * cms/src/bootstrap/admin-roles.ts and conditions.ts), so a route guard, a response filter and the
 * content manager itself agree on one rule.
 */
import type { Core } from '@strapi/strapi';
import { EDITOR_ONLY_FIELDS } from '@mzo/content-types';
import { ROLE_CODES, type AdminUserLike } from '../roles';

export const READ_ACTION = 'plugin::content-manager.explorer.read';

/**
 * Fields only the Redacteur (and the super admin) may read, per content type name: from the model
 * (`cmsReaders: 'editors'`, content-types/src/privacy.ts), e.g. who may edit an organisation and the editors' own notes.
 */
export { EDITOR_ONLY_FIELDS };
/** The same, as attribute names to remove from any response to someone else. */
export const EDITOR_ONLY_KEYS = new Set(Object.values(EDITOR_ONLY_FIELDS).flat());

/** What a language version (`localizations[]`) may say about itself in a response: which one it is, never its content. */
export const LOCALIZATION_KEYS = ['id', 'documentId', 'locale', 'publishedAt', 'createdAt', 'updatedAt', 'status'];

/** A Redacteur or the super admin: the people who may read every field of every entry. */
export function readsEverything(user: AdminUserLike | undefined): boolean {
  const codes = new Set((user?.roles ?? []).map((role) => role.code));
  return codes.has(ROLE_CODES.editor) || codes.has(ROLE_CODES.superAdmin);
}

interface Ability {
  can: (action: string, subject: string) => boolean;
}

/**
 * The documentIds among `ids` of type `uid` the user may read through the content manager: the role's
 * read permission with its conditions, as a database query (the same query the content manager's list
 * view runs). None when the role cannot read the type.
 */
export async function readableDocumentIds(strapi: Core.Strapi, ability: Ability | undefined, uid: string, ids: string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id) => typeof id === 'string'))];
  if (!ability || !wanted.length || !strapi.contentTypes[uid as never] || !ability.can(READ_ACTION, uid)) return new Set();
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability, model: uid });
  const condition = manager.getQuery(READ_ACTION);
  const where = condition ? { $and: [{ documentId: { $in: wanted } }, condition] } : { documentId: { $in: wanted } };
  const rows = (await strapi.db.query(uid as never).findMany({ where, select: ['documentId'] })) as { documentId: string }[];
  return new Set(rows.map((row) => row.documentId));
}
