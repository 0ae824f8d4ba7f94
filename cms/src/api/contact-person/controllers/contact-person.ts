import { factories } from '@strapi/strapi';
import { CONTACT_FIELDS, contactVisibilitiesFor } from '@mzo/content-types';

/**
 * The only way contact people leave the CMS through the content API, with any token or none:
 * the published (reviewed) version of public ones, with their public fields, of published organisations. The caller's filters, fields and
 * populate are replaced, not merged, so no query can reach officials-only or hidden people.
 */
export default factories.createCoreController('api::contact-person.contact-person', () => ({
  async find(ctx) {
    const { pagination, page, pageSize, start, limit } = ctx.query as Record<string, unknown>;
    ctx.query = {
      ...(pagination !== undefined ? { pagination } : {}),
      ...(page !== undefined ? { page } : {}),
      ...(pageSize !== undefined ? { pageSize } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(limit !== undefined ? { limit } : {}),
      // Who sees which contact, and which of their fields, is the model's rule (content-types/src/privacy.ts).
      // A volunteer's new or changed contact is a draft until a Redacteur publishes it.
      status: 'published',
      filters: { visibility: { $in: contactVisibilitiesFor('public') } },
      // publishedAt: when the reviewed version went live (the site's loader expects it of a type with drafts).
      fields: [...CONTACT_FIELDS, 'publishedAt'],
      populate: { organisation: { fields: ['slug'] }, languages: { fields: ['slug'] } },
      sort: ['id:asc'],
    };
    const result = await super.find(ctx);
    // A contact of an organisation that is not published stays in the CMS.
    result.data = result.data.filter((contact) => contact.organisation);
    return result;
  },
}));
