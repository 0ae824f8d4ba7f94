/** The plugin's permission actions as the admin panel checks them (server: server/src/permissions.ts). */
export const CONSULTATION_LIST_PERMISSION = { action: 'plugin::mzo.consultation-list.read', subject: null };
/** Keeping an organisation current: volunteers (their own) and the redactie. */
export const ORGANISATION_EDIT = { action: 'plugin::content-manager.explorer.update', subject: 'api::organisation.organisation' };
/** Only the redactie (and the Gemeente, which reads) sees consultations; a volunteer does not. */
export const EDITORS_ONLY = { action: 'plugin::content-manager.explorer.read', subject: 'api::consultation.consultation' };

type Permission = { action: string; subject?: string | null };
const has = (permissions: Permission[], wanted: Permission) =>
  permissions.some((p) => p.action === wanted.action && (!wanted.subject || p.subject === wanted.subject));

/** A volunteer: keeps organisations current and is not of the redactie or the Gemeente (src/bootstrap/roles). */
export const isVolunteer = (permissions: Permission[]) => has(permissions, ORGANISATION_EDIT) && !has(permissions, EDITORS_ONLY);
