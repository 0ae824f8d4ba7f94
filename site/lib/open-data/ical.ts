import { DEFAULT_LOCALE, TIME_ZONE } from '@mzo/content-types';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { escape } from 'ical-generator';
import { DateTime } from 'luxon';
import { t } from '../../i18n/index.ts';
import { parseRecurrence } from '../recurrence.ts';
import type { Activity } from '../types.ts';
import type { Feed } from './feeds.ts';
import { absoluteUrl } from './paths.ts';
import { pagePath } from '../paths.ts';
import type { Publishable } from './source.ts';
import { resolve } from '../resolve.ts';
import { addressLine } from './text.ts';
import { activityThemeIds } from './visibility.ts';

/** The UID of an activity's event: stable across builds, distinct per language. */
export function eventUid(activity: Pick<Activity, 'documentId'>, locale: string): string {
  return `activity-${activity.documentId}-${locale}@mzo-gids-utrecht`;
}

// Luxon's zone conversion is most of a feed's time, and an activity is in several feeds (all, its organisation's,
// its wijk's, its themes') of every language: each moment is converted once per build (DateTime is immutable).
const converted = new Map<string, DateTime>();
function inAmsterdam(iso: string): DateTime {
  let value = converted.get(iso);
  if (!value) converted.set(iso, (value = DateTime.fromISO(iso, { zone: 'utc' }).setZone(TIME_ZONE)));
  return value;
}

/**
 * A feed as an RFC 5545 calendar: CRLF line ends, lines folded at 75 octets, one VEVENT per activity
 * with a stable UID, DTSTAMP and LAST-MODIFIED from the activity's last change, DTSTART/DTEND in
 * Europe/Amsterdam (TZID, with a VTIMEZONE) and the activity's RRULE for recurring activities.
 */
export function feedCalendar(feed: Feed, p: Publishable): string {
  const { locale } = p;
  // The VTIMEZONE comes from the generator; the calendar itself keeps no default zone, because
  // ical-generator would then write DTSTAMP in local time, and RFC 5545 wants it in UTC.
  const calendar = ical({
    prodId: { company: 'MZO-gids Utrecht', product: 'open-data', language: locale.toUpperCase() },
    name: escape(feed.calendarName, false),
    // The calendar says its language; where an organisation wrote nothing in it, the text is Dutch, and it says so.
    description: escape(
      [t(locale, 'openData.calendarDescription'), locale === DEFAULT_LOCALE ? '' : t(locale, 'openData.textLanguage')].filter(Boolean).join(' '),
      false,
    ),
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60 * 6,
    x: { 'X-WR-TIMEZONE': TIME_ZONE },
  });
  for (const a of feed.activities) {
    const organisation = p.byId.organisation.get(a.organisation!.documentId)!;
    const room = a.room ? p.byId.room.get(a.room.documentId) : undefined;
    const address = room?.address ?? a.address;
    const page = absoluteUrl(p.siteUrl, pagePath.organisation(locale, organisation.slug ?? organisation.documentId));
    const changed = DateTime.fromISO(String((a as { updatedAt?: string }).updatedAt ?? p.builtAt.toISOString()), { zone: 'utc' });
    const description = [
      a.summary,
      a.audience,
      a.free ? t(locale, 'openData.free') : a.cost ? t(locale, 'openData.cost', { cost: a.cost }) : '',
      t(locale, 'openData.organisedBy', { name: organisation.name }),
      a.registrationUrl ? t(locale, 'openData.register', { url: a.registrationUrl }) : '',
      t(locale, 'openData.moreInfo', { url: page }),
    ].filter(Boolean);
    if (a.recurrence) parseRecurrence(a);
    calendar.createEvent({
      id: eventUid(a, locale),
      summary: a.title,
      description: description.join('\n'),
      start: inAmsterdam(a.startsAt),
      end: a.endsAt ? inAmsterdam(a.endsAt) : null,
      timezone: TIME_ZONE,
      stamp: changed,
      lastModified: changed,
      repeating: a.recurrence ? `RRULE:${a.recurrence.replace(/^RRULE:/i, '')}` : null,
      location:
        address?.street || room
          ? {
              title: [room?.name, addressLine(address)].filter(Boolean).join(', '),
              ...(typeof address?.latitude === 'number' && typeof address?.longitude === 'number'
                ? { geo: { lat: address.latitude, lon: address.longitude } }
                : {}),
            }
          : null,
      url: a.registrationUrl || page,
      categories: resolve(
        p.byId.theme,
        activityThemeIds(a, organisation, p, p.publicThemeIds).map((documentId) => ({ documentId })),
      ).map((x) => ({ name: x.name })),
    });
  }
  let text = calendar.toString();
  // RFC 5545 wants at least one component; an empty feed still carries its time zone.
  if (feed.activities.length === 0)
    text = text.replace('END:VCALENDAR', `${getVtimezoneComponent(TIME_ZONE)!.replace(/\r?\n/g, '\r\n').trim()}\r\nEND:VCALENDAR`);
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
