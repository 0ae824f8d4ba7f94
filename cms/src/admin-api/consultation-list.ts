/**
 * GET /mzo/consultation-list?themes=<slug,…>&wijken=<slug,…>[&format=csv]
 * The consultation list builder for municipal staff signed in to the CMS: organisations that opted in
 * to be consulted on any of the themes and are located in or serve any of the wijken (empty = any),
 * with their contact people who are public or for officials (never `hidden` ones). Every read goes
 * through the user's own content-manager permissions, so a role sees no more than its edit views do.
 * This data is served to signed-in users only and never reaches the static site.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import { toCsv } from '@mzo/content-types/csv';

const ORG = 'api::organisation.organisation';
const CONTACT = 'api::contact-person.contact-person';

const slugs = (value: unknown) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9-]+$/.test(s));

export function consultationListHandler(strapi: Core.Strapi) {
  const checker = (ctx, model: string) => strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model });

  return async (ctx) => {
    const orgs = checker(ctx, ORG);
    const contacts = checker(ctx, CONTACT);
    if (orgs.cannot.read() || contacts.cannot.read()) return ctx.forbidden();
    const themes = slugs(ctx.query.themes);
    const wijken = slugs(ctx.query.wijken);

    const orgQuery = await orgs.sanitizedQuery.read({ filters: { consultationOptIn: true } });
    const organisations = (await strapi.documents(ORG).findMany({
      ...orgQuery,
      locale: DEFAULT_LOCALE,
      status: 'published',
      fields: ['name', 'slug', 'email', 'phone', 'consultationChannel', 'consultationLeadTimeWeeks'],
      populate: { consultationThemes: { fields: ['slug', 'name'] }, locatedIn: { fields: ['slug', 'name'] }, serves: { fields: ['slug', 'name'] } },
      sort: ['name:asc'],
    } as never)) as Record<string, any>[];
    const chosen = organisations.filter((o) => {
      const orgThemes = (o.consultationThemes ?? []).map((t) => t.slug);
      const orgWijken = [o.locatedIn?.slug, ...(o.serves ?? []).map((w) => w.slug)].filter(Boolean);
      return (themes.length === 0 || themes.some((t) => orgThemes.includes(t))) && (wijken.length === 0 || wijken.some((w) => orgWijken.includes(w)));
    });

    const contactQuery = await contacts.sanitizedQuery.read({
      filters: { visibility: { $in: ['public', 'officials'] }, organisation: { documentId: { $in: chosen.map((o) => o.documentId) } } },
    });
    const people = chosen.length
      ? ((await strapi.documents(CONTACT).findMany({
          ...contactQuery,
          fields: ['name', 'role', 'email', 'phone', 'visibility'],
          populate: { organisation: { fields: ['documentId'] } },
          sort: ['name:asc'],
        } as never)) as Record<string, any>[])
      : [];

    const rows = chosen.map((o) => ({
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

    if (ctx.query.format === 'csv') {
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
      ctx.set('content-disposition', 'attachment; filename="raadplegen-gemeente.csv"');
      ctx.set('cache-control', 'no-store');
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = toCsv(
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
      return;
    }
    ctx.set('cache-control', 'no-store');
    ctx.body = { data: rows, meta: { themes, wijken } };
  };
}
