import type { VCardEntry } from './vcard.ts';
import type { ConsultEntry } from '@mzo/content-types/consultation-list';

// What an organisation is in the list for, the filters, the counts and the CSV are one definition for the
// public list builder and the officials' list in the CMS: @mzo/content-types/consultation-list.
export {
  CONSULT_CSV_COLUMNS,
  CONSULT_FILTERS,
  channelAddress,
  choiceCounts,
  consultCsvRecords,
  consultReach,
  facetsOf,
  matchesChoice,
  noChoice,
  type ConsultEntry,
  type ConsultFacets,
  type ConsultFilter,
} from '@mzo/content-types/consultation-list';

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
