import type { Core } from '@strapi/strapi';

/**
 * Safe values for fields added to a model that already has data, set at every start (idempotent). Strapi adds
 * the column empty; an empty consent must read as "no" everywhere, also in the admin's filters, so it is
 * written as `false`: an organisation that existed before `namedInConsultations` is not named until it agrees.
 * @returns how many rows were set, per field
 */
export async function fillSafeDefaults(strapi: Core.Strapi): Promise<Record<string, number>> {
  const { count } = await strapi.db
    .query('api::organisation.organisation')
    .updateMany({ where: { namedInConsultations: { $null: true } }, data: { namedInConsultations: false } });
  if (count) strapi.log.info(`namedInConsultations: ${count} organisation rows without a choice set to "not named"`);
  return { namedInConsultations: count };
}
