import { t } from '../../i18n/index.ts';
import type { Activity } from '../types.ts';
import { feedFile } from './paths.ts';
import type { Publishable } from './source.ts';
import { activityThemeIds } from './visibility.ts';

export type FeedKind = 'all' | 'organisation' | 'wijk' | 'theme';

export interface Feed {
  kind: FeedKind;
  /** The organisation, wijk or theme slug; null for the feed of all activities. */
  slug: string | null;
  /** What the feed is about, e.g. the organisation's name. */
  name: string;
  /** The calendar's own name, shown in calendar apps. */
  calendarName: string;
  /** Path relative to the open-data folder, e.g. `ical/wijk/west.ics`. */
  file: string;
  activities: Activity[];
}

const byStart = (a: Activity, b: Activity) => a.startsAt.localeCompare(b.startsAt) || a.documentId.localeCompare(b.documentId);

/**
 * Every calendar feed: all activities, and one per published organisation, per wijk and per public
 * theme (every feed exists even when empty, so a subscription keeps working). A sensitive theme gets a
 * feed only when an organisation shows it publicly, and then lists only activities of organisations
 * that show it.
 */
export function calendarFeeds(p: Publishable): Feed[] {
  const { locale } = p;
  const activities = [...p.activities].sort(byStart);
  const themesOf = new Map(
    activities.map((a) => [a.documentId, activityThemeIds(a, p.byId.organisation.get(a.organisation!.documentId), p, p.publicThemeIds)]),
  );
  // Grouped once: filtering all activities per organisation grows with the square of the content.
  const byOrganisation = new Map<string, Activity[]>();
  for (const a of activities) {
    const key = a.organisation?.documentId;
    if (!key) continue;
    if (!byOrganisation.has(key)) byOrganisation.set(key, []);
    byOrganisation.get(key)!.push(a);
  }
  const feed = (kind: FeedKind, slug: string | null, name: string, calendarName: string, file: string, list: Activity[]): Feed => ({
    kind,
    slug,
    name,
    calendarName,
    file,
    activities: list,
  });
  return [
    feed('all', null, t(locale, 'openData.feedAll'), t(locale, 'openData.calendarAll'), feedFile.all(), activities),
    ...p.organisations.map((o) =>
      feed(
        'organisation',
        o.slug!,
        o.name,
        t(locale, 'openData.calendarOrganisation', { name: o.name }),
        feedFile.organisation(o.slug!),
        byOrganisation.get(o.documentId) ?? [],
      ),
    ),
    ...p.wijken.map((w) =>
      feed(
        'wijk',
        w.slug!,
        w.name,
        t(locale, 'openData.calendarWijk', { name: w.name }),
        feedFile.wijk(w.slug!),
        activities.filter((a) => a.wijk?.documentId === w.documentId),
      ),
    ),
    ...p.themes.map((x) =>
      feed(
        'theme',
        x.slug!,
        x.name,
        t(locale, 'openData.calendarTheme', { name: x.name }),
        feedFile.theme(x.slug!),
        activities.filter((a) => themesOf.get(a.documentId)!.includes(x.documentId)),
      ),
    ),
  ];
}
