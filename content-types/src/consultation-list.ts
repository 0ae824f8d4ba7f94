/**
 * The consultation list, once for both places it is built: the public list builder (/raadplegen/, in the
 * browser) and the officials' list in the CMS (GET /mzo/consultation-list). Pure TypeScript without Node
 * or browser APIs. What an organisation is in the list for is decided here; what each place shows of it
 * (public mailboxes only on the site, officials-only contacts too in the CMS) is decided there.
 */
import type { CONSULTATION_CHANNELS } from './model.ts';

/**
 * The consultation list builder's filters, by the names of their form fields: which themes an
 * organisation wants to be consulted on, which wijken it is active in, whom it reaches (target groups,
 * communities) and in which languages it can be consulted. A choice within one filter is "any of";
 * filters combine with "and"; an empty filter means "any".
 */
export const CONSULT_FILTERS = ['thema', 'wijk', 'doelgroep', 'gemeenschap', 'taal'] as const;
export type ConsultFilter = (typeof CONSULT_FILTERS)[number];
export type ConsultFacets = Record<ConsultFilter, string[]>;

/** An empty choice: every filter "any". */
export const noChoice = (): ConsultFacets => ({ thema: [], wijk: [], doelgroep: [], gemeenschap: [], taal: [] });

/** Whether a row with `facets` is in the list for `choice`. */
export function matchesChoice(facets: ConsultFacets, choice: ConsultFacets): boolean {
  return CONSULT_FILTERS.every((f) => choice[f].length === 0 || choice[f].some((value) => facets[f].includes(value)));
}

/**
 * Per filter and value: how many rows the list would hold with that value as the only choice in its
 * filter and the other filters as chosen. What a person sees next to each checkbox.
 */
export function choiceCounts(rows: ConsultFacets[], choice: ConsultFacets): Record<ConsultFilter, Map<string, number>> {
  const counts = Object.fromEntries(CONSULT_FILTERS.map((f) => [f, new Map<string, number>()])) as Record<ConsultFilter, Map<string, number>>;
  for (const f of CONSULT_FILTERS) {
    const others = { ...choice, [f]: [] };
    for (const row of rows) {
      if (!matchesChoice(row, others)) continue;
      for (const value of new Set(row[f])) counts[f].set(value, (counts[f].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** One organisation in the list as it is exported (CSV, vCard, print), with names in the page's language. */
export interface ConsultEntry {
  name: string;
  url: string;
  email: string;
  phone: string;
  themes: string[];
  wijken: string[];
  targetGroups: string[];
  communities: string[];
  languages: string[];
  /** The preferred channel in words, e.g. "Liefst via WhatsApp". */
  channel: string;
  /** Where to reach them on that channel: an e-mail address, a phone number, a WhatsApp link. */
  channelAddress: string;
  leadTimeWeeks: number | null;
}

/** The columns of the list builder's CSV, in order. Several values in one cell are separated by "; ". */
export const CONSULT_CSV_COLUMNS = [
  'naam',
  'pagina',
  'email',
  'telefoon',
  'themas',
  'wijken',
  'doelgroepen',
  'gemeenschappen',
  'talen',
  'voorkeur_kanaal',
  'kanaal_adres',
  'weken_vooraf',
] as const;

/** The CSV records (header first) of `entries`, for toCsv. */
export function consultCsvRecords(entries: ConsultEntry[]): (string | number | null)[][] {
  const join = (values: string[]) => values.join('; ');
  return [
    [...CONSULT_CSV_COLUMNS],
    ...entries.map((e) => [
      e.name,
      e.url,
      e.email,
      e.phone,
      join(e.themes),
      join(e.wijken),
      join(e.targetGroups),
      join(e.communities),
      join(e.languages),
      e.channel,
      e.channelAddress,
      e.leadTimeWeeks,
    ]),
  ];
}

/** What `channelAddress` reads of an organisation (and of its umbrella organisation). */
interface Reachable {
  consultationChannel?: (typeof CONSULTATION_CHANNELS)[number] | null;
  email?: string | null;
  phone?: string | null;
  socialLinks?: { platform: string; url: string }[] | null;
}

export function channelAddress(o: Reachable, koepel?: Reachable): string {
  switch (o.consultationChannel) {
    case 'telefoon':
      return o.phone ?? o.email ?? '';
    case 'whatsapp':
      return (o.socialLinks ?? []).find((s) => s.platform === 'whatsapp')?.url ?? o.phone ?? '';
    case 'via-koepel':
      return koepel?.email ?? koepel?.phone ?? o.email ?? '';
    default:
      return o.email ?? o.phone ?? '';
  }
}

/** A taxonomy entry as both places have it: the site resolved from its content, the CMS populated. */
interface Term {
  slug: string;
}

/**
 * Per filter, what an organisation is in the list for: the themes it wants to be consulted on, the
 * wijken it is located in or serves, its target groups and communities, and the languages it can be
 * consulted in (when it named none, the languages it works in). Each entry once, in the given order.
 */
export function consultReach<T extends Term>(o: {
  consultationThemes?: T[] | null;
  locatedIn?: T | null;
  serves?: T[] | null;
  targetGroups?: T[] | null;
  communities?: T[] | null;
  consultationLanguages?: T[] | null;
  languages?: T[] | null;
}): Record<ConsultFilter, T[]> {
  const once = (list: (T | null | undefined)[]) => list.filter((x, i, all): x is T => !!x && all.findIndex((y) => y?.slug === x.slug) === i);
  const consultLanguages = o.consultationLanguages ?? [];
  return {
    thema: once(o.consultationThemes ?? []),
    wijk: once([o.locatedIn, ...(o.serves ?? [])]),
    doelgroep: once(o.targetGroups ?? []),
    gemeenschap: once(o.communities ?? []),
    taal: once(consultLanguages.length ? consultLanguages : (o.languages ?? [])),
  };
}

/** The slugs of `consultReach`, for matching and counting. */
export const facetsOf = (reach: Record<ConsultFilter, Term[]>): ConsultFacets =>
  Object.fromEntries(CONSULT_FILTERS.map((f) => [f, reach[f].map((x) => x.slug)])) as ConsultFacets;
