import { contactVisibleTo, type Locale } from '@mzo/content-types';
import type { z } from 'zod';
import type { consultation } from '@mzo/content-types';
import type { Activity, Community, Language, Organisation, PublicContact, Room, TargetGroup, Theme, Wijk } from '../types.ts';
import { publicThemeIds } from './visibility.ts';

export type Consultation = z.infer<typeof consultation.schema>;

/** Everything the open-data files of one language are made from: published content as the site reads it. */
export interface OpenDataSource {
  locale: Locale;
  /** Absolute base URL of the site, e.g. `https://mzo-gids.example.org`. */
  siteUrl: string;
  builtAt: Date;
  organisations: Organisation[];
  activities: Activity[];
  rooms: Room[];
  themes: Theme[];
  wijken: Wijk[];
  communities: Community[];
  languages: Language[];
  targetGroups: TargetGroup[];
  contacts: PublicContact[];
  consultations: Consultation[];
}

const index = <T extends { documentId: string }>(list: T[]) => new Map(list.map((item) => [item.documentId, item]));

/**
 * The source narrowed to what may be published, with lookups: activities, rooms and contacts only of
 * published organisations (a reference to anything else is dropped), contacts only when public, and
 * the themes that may appear (see publicThemeIds).
 */
export function publishable(source: OpenDataSource) {
  const organisation = index(source.organisations);
  const ofPublished = (ref: { documentId: string } | null | undefined) => !ref || organisation.has(ref.documentId);
  const activities = source.activities.filter((a) => a.organisation && organisation.has(a.organisation.documentId));
  const rooms = source.rooms.filter((r) => ofPublished(r.providerOrganisation));
  const contacts = source.contacts.filter((c) => contactVisibleTo(c.visibility, 'public') && c.organisation && organisation.has(c.organisation.documentId));
  const themeIds = publicThemeIds(source);
  return {
    ...source,
    activities,
    rooms,
    contacts,
    themes: source.themes.filter((t) => themeIds.has(t.documentId)),
    /** Every theme, including sensitive ones nobody shows: for checks only, never for output. */
    allThemes: source.themes,
    publicThemeIds: themeIds,
    byId: {
      organisation,
      activity: index(activities),
      room: index(rooms),
      theme: index(source.themes.filter((t) => themeIds.has(t.documentId))),
      wijk: index(source.wijken),
      community: index(source.communities),
      language: index(source.languages),
      targetGroup: index(source.targetGroups),
    },
  };
}

export type Publishable = ReturnType<typeof publishable>;
