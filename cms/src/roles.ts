/** The admin roles of the MZO-gids, by their stable code (names may be edited, codes are not). */
export const ROLE_CODES = {
  superAdmin: 'strapi-super-admin',
  editor: 'redacteur',
  volunteer: 'mzo-vrijwilliger',
  municipality: 'gemeente',
} as const;

export interface AdminUserLike {
  id: number;
  preferedLanguage?: string | null;
  roles?: { code: string }[];
}

/** A volunteer and nothing more: their writes are limited to the organisations they edit. */
export function isVolunteerOnly(user: AdminUserLike | undefined): boolean {
  const codes = new Set((user?.roles ?? []).map((role) => role.code));
  return codes.has(ROLE_CODES.volunteer) && !codes.has(ROLE_CODES.editor) && !codes.has(ROLE_CODES.superAdmin);
}
