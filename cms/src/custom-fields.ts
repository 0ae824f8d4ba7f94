import type { Core } from '@strapi/strapi';

/**
 * The custom fields of the content model (content-types/src/model.ts says which field uses which),
 * registered on the server; their inputs are registered in the admin panel (src/admin/app.tsx).
 * Both store a built-in type, so the API, the site and the exports see the same values as before.
 * - `global::moment`: a date and a time, typed the way people type them (10:00, 10.00, 9:30).
 * - `global::recurrence`: an activity's RRULE, chosen with a picker (once, weekly on …, every two weeks,
 *   the nth weekday of the month; until a date or n times) instead of typed.
 * - `global::year`: a year as four digits (2013), where Strapi's number box would show "2.013".
 * @see https://docs.strapi.io/cms/features/custom-fields
 */
export function registerCustomFields(strapi: Core.Strapi) {
  strapi.customFields.register([
    { name: 'moment', type: 'datetime' },
    { name: 'recurrence', type: 'string' },
    { name: 'year', type: 'integer' },
  ]);
}
