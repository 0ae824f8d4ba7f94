/** Dates as Utrecht counts them (Europe/Amsterdam), for the CMS, the site and the tooling alike. */
import { TIME_ZONE } from './utrecht.ts';

/** Today's date in Utrecht, YYYY-MM-DD. */
export function todayInUtrecht(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date `months` months before `today` (YYYY-MM-DD); a day the month lacks runs over into the next. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 - months, d));
  return date.toISOString().slice(0, 10);
}

// The offset of Europe/Amsterdam from UTC, in ms, at an instant. Asking Intl (or luxon, which asks
// Intl) for every occurrence was the costliest part of a large build; offsets only change on whole
// UTC hours, so they are kept per UTC hour.
const HOUR = 3_600_000;
const DAY = 86_400_000;
const offsets = new Map<number, number>();
const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The offset of Utrecht's time (Europe/Amsterdam) from UTC at an instant (ms since 1970), in ms: one or two hours. */
export function amsterdamOffset(instant: number): number {
  const hour = Math.floor(instant / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const at = hour * HOUR;
    const p = Object.fromEntries(zoneParts.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    offsets.set(hour, offset);
  }
  return offset;
}

/**
 * Wall-clock ("floating") time: a Date whose UTC fields hold the time on a clock in Utrecht, for date
 * arithmetic without time zones (rrule expands those; so does the demo data).
 */
export function toWallClock(instant: number): Date {
  return new Date(instant + amsterdamOffset(instant));
}

/** The Amsterdam wall-clock time of an instant, as a Date whose UTC fields hold it. */
export function wallClock(instant: Date): Date {
  return toWallClock(instant.getTime());
}

/**
 * The instant of a wall-clock time in Utrecht. Gives the same instants as luxon's
 * DateTime.fromObject(…, { zone }) (checked for every quarter hour of 2025–2027): a time in the hour
 * skipped in spring moves forward, a time in the hour that happens twice in autumn is taken in winter time.
 */
export function fromWallClock(floating: Date): Date {
  const wall = floating.getTime();
  return new Date(wall - amsterdamOffset(wall - amsterdamOffset(wall)));
}

/** The Monday (YYYY-MM-DD) of the week (Monday–Sunday in Utrecht) an instant falls in. */
export function mondayOf(instant: Date): string {
  const local = wallClock(instant);
  return new Date(local.getTime() - ((local.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
}
