import { localeInfo, TIME_ZONE, type Locale } from '@mzo/content-types';
import { DateTime } from 'luxon';

// Making an Intl.DateTimeFormat is costly (a build formats tens of thousands of dates): one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(localeInfo(locale).intl, options)));
  return format;
}

/** A calendar date (YYYY-MM-DD) as people read it, e.g. "3 maart 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return formatter(locale, 'date', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment as a date and time in Europe/Amsterdam, e.g. "za 5 december 2026, 14:00". */
export function formatDateTime(iso: string, locale: Locale): string {
  return formatter(locale, 'date-time', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A time of day in Europe/Amsterdam, e.g. "16:00". */
export function formatTime(iso: string, locale: Locale): string {
  return formatter(locale, 'time', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A month and year in Europe/Amsterdam, e.g. "december 2026". */
export function formatMonth(date: Date, locale: Locale): string {
  return formatter(locale, 'month', { month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/**
 * A moment as ISO 8601 local time in Europe/Amsterdam with its UTC offset, e.g. `2026-12-05T14:00:00+01:00`:
 * what search engines ask for in an event's schema.org startDate and endDate.
 */
export function localIsoDateTime(date: Date): string {
  return DateTime.fromJSDate(date, { zone: TIME_ZONE }).toISO({ suppressMilliseconds: true })!;
}
