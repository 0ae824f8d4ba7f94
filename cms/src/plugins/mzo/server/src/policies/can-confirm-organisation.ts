/**
 * Route policy of "Klopt nog" (POST /mzo/organisations/:documentId/confirm): the user may update
 * organisations, and this one (its draft; a volunteer only their own). An unknown documentId passes,
 * so the controller answers 404 for it.
 */
import type { Core } from '@strapi/strapi';
import { ORGANISATION_UID } from '../../../../../editing/ownership';
import { permissionChecker } from './permission-checker';

interface PolicyContext {
  state: { userAbility?: unknown };
  params: Record<string, string>;
}

export default async (policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const userAbility = policyContext.state.userAbility;
  if (!userAbility) return false;
  const checker = permissionChecker(strapi, userAbility, ORGANISATION_UID);
  if (checker.cannot.update()) return false;
  const rows = await strapi.db
    .query(ORGANISATION_UID)
    .findMany({ where: { documentId: policyContext.params.documentId }, select: ['id', 'documentId', 'locale', 'publishedAt'] });
  if (!rows.length) return true;
  const drafts = rows.filter((row: { publishedAt: string | null }) => !row.publishedAt);
  return drafts.some((draft: unknown) => !checker.cannot.update(draft));
};
