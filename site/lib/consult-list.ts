import type { Organisation } from './types.ts';
import type { VCardEntry } from './vcard.ts';

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

/** vCards of `entries`; what does not fit a vCard field goes into its note, one fact per line. */
export function consultVCardEntries(
  entries: ConsultEntry[],
  labels: { themes: string; wijken: string; targetGroups: string; communities: string; languages: string; leadTime: (weeks: number) => string },
): VCardEntry[] {
  return entries.map((e) => ({
    name: e.name,
    email: e.email,
    phone: e.phone,
    url: e.url,
    note: [
      e.channel && [e.channel, e.channelAddress].filter(Boolean).join(': '),
      e.leadTimeWeeks !== null && labels.leadTime(e.leadTimeWeeks),
      e.themes.length > 0 && `${labels.themes}: ${e.themes.join(', ')}`,
      e.wijken.length > 0 && `${labels.wijken}: ${e.wijken.join(', ')}`,
      e.targetGroups.length > 0 && `${labels.targetGroups}: ${e.targetGroups.join(', ')}`,
      e.communities.length > 0 && `${labels.communities}: ${e.communities.join(', ')}`,
      e.languages.length > 0 && `${labels.languages}: ${e.languages.join(', ')}`,
    ]
      .filter(Boolean)
      .join('\n'),
  }));
}

/**
 * Where to reach an organisation on its preferred consultation channel, from what it publishes:
 * e-mail and "bijeenkomst" (a meeting is arranged by e-mail) → its e-mail address; telephone → its
 * number; WhatsApp → its public WhatsApp link, else its number; via the umbrella organisation → the
 * umbrella's e-mail address (`koepel`, the first umbrella it is a member of, when public).
 */
/** What `channelAddress` reads of an organisation (and of its umbrella organisation). */
interface Reachable {
  consultationChannel?: Organisation['consultationChannel'] | null;
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
