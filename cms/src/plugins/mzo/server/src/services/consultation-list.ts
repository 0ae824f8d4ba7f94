/**
 * The officials' consultation list (GET /mzo/consultation-list, and the CMS screen "Raadplegen" that
 * shows it): the published organisations that opted in to be consulted, filtered as on the public list
 * builder (@mzo/content-types/consultation-list: themes, wijken, target groups, communities,
 * languages), with their contact people who are public or for officials — never `hidden` ones. Every
 * read goes through the signed-in user's own content-manager permissions, so a role sees no more than
 * its edit views do. Served to signed-in users only; it never reaches the static site.
 */
import type { Core } from '@strapi/strapi';
import { CONTACT_FIELDS, DEFAULT_LOCALE, contactVisibilitiesFor } from '@mzo/content-types';
import {
  CONSULT_CSV_COLUMNS,
  CONSULT_FILTERS,
  channelAddress,
  choiceCounts,
  consultReach,
  facetsOf,
  matchesChoice,
  noChoice,
  type ConsultFacets,
  type ConsultFilter,
} from '@mzo/content-types/consultation-list';
import { toCsv } from '@mzo/content-types/csv';
import { cmsPublicAddresses } from '../../../../../public-addresses';
import { keepConfirmed, publishedConfirmations } from '../../../../../security/relations';

const ORG = 'api::organisation.organisation';
const CONTACT = 'api::contact-person.contact-person';

/** The query parameter of each filter (the admin's and the API's names; the site's form uses the filter names). */
export const FILTER_PARAMS: Record<ConsultFilter, string> = {
  thema: 'themes',
  wijk: 'wijken',
  doelgroep: 'targetGroups',
  gemeenschap: 'communities',
  taal: 'languages',
};

/** How an organisation prefers to be asked, in the CMS's language (Dutch). */
const PREFERS: Record<string, string> = {
  email: 'Liefst per e-mail',
  telefoon: 'Liefst per telefoon',
  whatsapp: 'Liefst via WhatsApp',
  bijeenkomst: 'Liefst in een bijeenkomst',
  'via-koepel': 'Liefst via de koepelorganisatie',
};

/** Who sees a contact person, by label (as the edit view shows it). */
export const VISIBILITY_LABELS: Record<string, string> = {
  public: 'Iedereen: staat op de website',
  officials: 'Alleen de gemeente (niet op de website)',
  hidden: 'Alleen de redactie',
};

interface Named {
  slug: string;
  name: string;
}

export interface ConsultationContact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  visibility: string;
  visibilityLabel: string;
}

export interface ConsultationRow {
  documentId: string;
  organisation: string;
  slug: string;
  email: string | null;
  phone: string | null;
  themes: string[];
  wijken: string[];
  targetGroups: string[];
  communities: string[];
  languages: string[];
  channel: string | null;
  channelText: string | null;
  channelAddress: string | null;
  leadTimeWeeks: number | null;
  pageUrl: string;
  contacts: ConsultationContact[];
}

const slugs = (value: unknown) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9-]+$/.test(s));

const TERM = { fields: ['slug', 'name'] };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The list for the signed-in user (the route's policies have checked they may use it and read both types). */
  async list(userAbility: unknown, query: Record<string, unknown>) {
    const checker = (model: string) => strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model });
    const orgs = checker(ORG);
    const contacts = checker(CONTACT);
    const choice: ConsultFacets = noChoice();
    for (const f of CONSULT_FILTERS) choice[f] = slugs(query[FILTER_PARAMS[f]]);

    const orgQuery = await orgs.sanitizedQuery.read({ filters: { consultationOptIn: true } });
    const organisations = (await strapi.documents(ORG).findMany({
      ...orgQuery,
      locale: DEFAULT_LOCALE,
      status: 'published',
      fields: ['name', 'slug', 'email', 'phone', 'consultationChannel', 'consultationLeadTimeWeeks'],
      populate: {
        consultationThemes: TERM,
        locatedIn: TERM,
        serves: TERM,
        targetGroups: TERM,
        communities: TERM,
        consultationLanguages: TERM,
        languages: TERM,
        socialLinks: true,
        memberOf: { fields: ['name', 'email', 'phone'] },
      },
      sort: ['name:asc'],
    })) as Record<string, any>[];
    // "Via de koepel" only through a koepel that confirmed the membership, as on the public site (issue 12).
    const confirmedOnly = keepConfirmed(organisations, await publishedConfirmations(strapi));
    // Target groups and communities by name, as the public list shows them (ConsultPage.astro): the same list in both.
    const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, 'nl');
    const candidates = confirmedOnly.map((o) => ({
      o,
      reach: consultReach<Named>({ ...o, targetGroups: [...(o.targetGroups ?? [])].sort(byName), communities: [...(o.communities ?? [])].sort(byName) }),
    }));
    const counts = choiceCounts(
      candidates.map((c) => facetsOf(c.reach)),
      choice,
    );
    const chosen = candidates.filter((c) => matchesChoice(facetsOf(c.reach), choice));

    const contactQuery = await contacts.sanitizedQuery.read({
      filters: { visibility: { $in: contactVisibilitiesFor('officials') }, organisation: { documentId: { $in: chosen.map((c) => c.o.documentId) } } },
    });
    const people = chosen.length
      ? ((await strapi.documents(CONTACT).findMany({
          ...contactQuery,
          // Reviewed contacts only: a volunteer's new or changed contact waits for a Redacteur, for the Gemeente too.
          status: 'published',
          fields: [...CONTACT_FIELDS],
          populate: { organisation: { fields: ['documentId'] } },
          sort: ['name:asc'],
        })) as Record<string, any>[])
      : [];
    const siteUrl = cmsPublicAddresses().siteUrl.replace(/\/$/, '');

    const rows: ConsultationRow[] = chosen.map(({ o, reach }) => ({
      documentId: o.documentId,
      organisation: o.name,
      slug: o.slug,
      email: o.email ?? null,
      phone: o.phone ?? null,
      themes: reach.thema.map((x) => x.name),
      wijken: reach.wijk.map((x) => x.name),
      targetGroups: reach.doelgroep.map((x) => x.name),
      communities: reach.gemeenschap.map((x) => x.name),
      languages: reach.taal.map((x) => x.name),
      channel: o.consultationChannel ?? null,
      channelText: o.consultationChannel ? PREFERS[o.consultationChannel] : null,
      channelAddress: o.consultationChannel ? channelAddress(o, o.memberOf?.[0]) || null : null,
      leadTimeWeeks: o.consultationLeadTimeWeeks ?? null,
      pageUrl: `${siteUrl}/organisaties/${o.slug}/`,
      contacts: people
        .filter((p) => p.organisation?.documentId === o.documentId)
        .map((p) => ({
          name: p.name,
          role: p.role ?? null,
          email: p.email ?? null,
          phone: p.phone ?? null,
          visibility: p.visibility,
          visibilityLabel: VISIBILITY_LABELS[p.visibility] ?? p.visibility,
        })),
    }));

    // The choices the screen offers: every value some opted-in organisation has, with its count.
    const options = Object.fromEntries(
      CONSULT_FILTERS.map((f) => {
        const seen = new Map<string, string>();
        for (const c of candidates) for (const x of c.reach[f]) seen.set(x.slug, x.name);
        const list = [...seen].map(([slug, name]) => ({ slug, name, count: counts[f].get(slug) ?? 0 }));
        return [FILTER_PARAMS[f], list.sort((a, b) => a.name.localeCompare(b.name, 'nl'))];
      }),
    );
    const chosenParams = Object.fromEntries(CONSULT_FILTERS.map((f) => [FILTER_PARAMS[f], choice[f]]));
    return { data: rows, meta: { ...chosenParams, options } };
  },

  /** The list as CSV: the public list's columns, then one line per contact person (an organisation without any gets one line). */
  csv(rows: ConsultationRow[]) {
    const join = (values: string[]) => values.join('; ');
    const lines = rows.flatMap((r) =>
      (r.contacts.length ? r.contacts : [null]).map((c) => [
        r.organisation,
        r.pageUrl,
        r.email,
        r.phone,
        join(r.themes),
        join(r.wijken),
        join(r.targetGroups),
        join(r.communities),
        join(r.languages),
        r.channelText,
        r.channelAddress,
        r.leadTimeWeeks,
        c?.name,
        c?.role,
        c?.email,
        c?.phone,
        c?.visibilityLabel,
      ]),
    );
    const [, ...shared] = CONSULT_CSV_COLUMNS;
    return toCsv([['organisatie', ...shared, 'contactpersoon', 'rol', 'contact_email', 'contact_telefoon', 'zichtbaarheid'], ...lines], { bom: true });
  },
});
