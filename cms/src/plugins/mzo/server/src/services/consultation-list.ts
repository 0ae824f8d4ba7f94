/**
 * The consultation list (GET /mzo/consultation-list?themes=<slug,…>&wijken=<slug,…>[&format=csv]) builder for municipal staff signed in to the CMS: organisations that opted in
 * to be consulted on any of the themes and are located in or serve any of the wijken (empty = any),
 * with their contact people who are public or for officials (never `hidden` ones). Every read goes
 * through the user's own content-manager permissions, so a role sees no more than its edit views do.
 * This data is served to signed-in users only and never reaches the static site.
 */
import type { Core } from '@strapi/strapi';
import { CONTACT_FIELDS, DEFAULT_LOCALE, contactVisibilitiesFor } from '@mzo/content-types';
import { toCsv } from '@mzo/content-types/csv';

const ORG = 'api::organisation.organisation';
const CONTACT = 'api::contact-person.contact-person';

export interface ConsultationRow {
  organisation: string;
  slug: string;
  email: string | null;
  phone: string | null;
  themes: string[];
  wijken: string[];
  channel: string | null;
  leadTimeWeeks: number | null;
  contacts: { name: string; role: string | null; email: string | null; phone: string | null; visibility: string }[];
}

const slugs = (value: unknown) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9-]+$/.test(s));

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The list for the signed-in user (the route's policy has checked they may read both types). */
  async list(userAbility: unknown, query: { themes?: unknown; wijken?: unknown }) {
    const checker = (model: string) => strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model });
    const orgs = checker(ORG);
    const contacts = checker(CONTACT);
    const themes = slugs(query.themes);
    const wijken = slugs(query.wijken);

    const orgQuery = await orgs.sanitizedQuery.read({ filters: { consultationOptIn: true } });
    const organisations = (await strapi.documents(ORG).findMany({
      ...orgQuery,
      locale: DEFAULT_LOCALE,
      status: 'published',
      fields: ['name', 'slug', 'email', 'phone', 'consultationChannel', 'consultationLeadTimeWeeks'],
      populate: { consultationThemes: { fields: ['slug', 'name'] }, locatedIn: { fields: ['slug', 'name'] }, serves: { fields: ['slug', 'name'] } },
      sort: ['name:asc'],
    })) as Record<string, any>[];
    const chosen = organisations.filter((o) => {
      const orgThemes = (o.consultationThemes ?? []).map((t) => t.slug);
      const orgWijken = [o.locatedIn?.slug, ...(o.serves ?? []).map((w) => w.slug)].filter(Boolean);
      return (themes.length === 0 || themes.some((t) => orgThemes.includes(t))) && (wijken.length === 0 || wijken.some((w) => orgWijken.includes(w)));
    });

    const contactQuery = await contacts.sanitizedQuery.read({
      filters: { visibility: { $in: contactVisibilitiesFor('officials') }, organisation: { documentId: { $in: chosen.map((o) => o.documentId) } } },
    });
    const people = chosen.length
      ? ((await strapi.documents(CONTACT).findMany({
          ...contactQuery,
          fields: [...CONTACT_FIELDS],
          populate: { organisation: { fields: ['documentId'] } },
          sort: ['name:asc'],
        })) as Record<string, any>[])
      : [];

    const rows: ConsultationRow[] = chosen.map((o) => ({
      organisation: o.name,
      slug: o.slug,
      email: o.email ?? null,
      phone: o.phone ?? null,
      themes: (o.consultationThemes ?? []).map((t) => t.name),
      wijken: [o.locatedIn?.name, ...(o.serves ?? []).map((w) => w.name)].filter(Boolean),
      channel: o.consultationChannel ?? null,
      leadTimeWeeks: o.consultationLeadTimeWeeks ?? null,
      contacts: people
        .filter((p) => p.organisation?.documentId === o.documentId)
        .map((p) => ({ name: p.name, role: p.role ?? null, email: p.email ?? null, phone: p.phone ?? null, visibility: p.visibility })),
    }));

    return { data: rows, meta: { themes, wijken } };
  },

  /** The list as CSV (one line per contact person; an organisation without any gets one line of its own). */
  csv(rows: ConsultationRow[]) {
    const lines = rows.flatMap((r) =>
      (r.contacts.length ? r.contacts : [null]).map((c) => [
        r.organisation,
        r.email,
        r.phone,
        r.themes.join('; '),
        [...new Set(r.wijken)].join('; '),
        r.channel,
        r.leadTimeWeeks,
        c?.name,
        c?.role,
        c?.email,
        c?.phone,
        c?.visibility,
      ]),
    );
    return toCsv(
      [
        [
          'organisatie',
          'email',
          'telefoon',
          'themas',
          'wijken',
          'kanaal',
          'weken_vooraf',
          'contactpersoon',
          'rol',
          'contact_email',
          'contact_telefoon',
          'zichtbaarheid',
        ],
        ...lines,
      ],
      { bom: true },
    );
  },
});
