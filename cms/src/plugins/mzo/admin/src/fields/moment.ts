/**
 * Dates and times as people type them, for the activity's "Begint op" / "Eindigt op" (custom field
 * `global::moment`). Strapi's own time box reads "10:00" typed after the "00:00" it shows as
 * "00:0010:00", which it stores as 00:10; and it reads "10.30" as 10:00. Here the time is its own
 * text box, read by `parseTime`, and a date and time are always Utrecht time.
 */
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Amsterdam';

/**
 * "10:00", "10.00", "10,00", "10u00", "10 uur", "9:30", "930", "1000", "9" → "HH:MM"; anything else
 * (letters, 24:00, 10:75, empty) → undefined.
 */
export function parseTime(text: string): string | undefined {
  const clean = text
    .trim()
    .toLowerCase()
    .replace(/\s*uur$/, '')
    .replace(/\s+/g, '');
  let match = /^(\d{1,2})(?:[:.,hu](\d{2}))?$/.exec(clean);
  if (!match) match = /^(\d{1,2})(\d{2})$/.exec(clean);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A stored ISO moment as the date (YYYY-MM-DD) and time (HH:MM) it is in Utrecht. */
export function splitMoment(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const local = DateTime.fromISO(iso, { zone: ZONE });
  if (!local.isValid) return { date: '', time: '' };
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') };
}

/** A date (YYYY-MM-DD) and time (HH:MM) in Utrecht as the ISO moment Strapi stores (UTC). */
export function joinMoment(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const local = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  return local.isValid ? (local.toUTC().toISO({ suppressMilliseconds: true }) ?? undefined) : undefined;
}
