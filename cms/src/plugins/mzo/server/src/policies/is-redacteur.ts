/**
 * Admin routes for the editorial team only: a Redacteur (or a super admin). Others get 403 before the
 * handler runs. Used as `plugin::mzo.is-redacteur` after `admin::isAuthenticatedAdmin` (the import's routes).
 */
import { ROLE_CODES } from '../../../../../roles';

const ALLOWED = new Set<string>([ROLE_CODES.editor, ROLE_CODES.superAdmin]);

export default (policyContext: { state?: { user?: { roles?: { code: string }[] } } }) =>
  (policyContext.state?.user?.roles ?? []).some((role) => ALLOWED.has(role.code));
