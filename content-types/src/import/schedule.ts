/**
 * HSDS 3.0 schedule fields back into an activity's start, end and RRULE: the inverse of the site's
 * export (site/lib/open-data/schedule.ts). HSDS dates and times are Amsterdam wall-clock time; `until`
 * is the last day the series may run, which becomes an UNTIL at the following local midnight.
 */
import { DateTime } from 'luxon';
import { RRULE_NOTE_PREFIX } from '../hsds.ts';
import { TIME_ZONE } from '../utrecht.ts';

export interface HsdsSchedule {
  dtstart?: string;
  valid_from?: string;
  valid_to?: string;
  opens_at?: string;
  closes_at?: string;
  freq?: string;
  interval?: number;
  byday?: string;
  bymonthday?: string;
  until?: string;
  count?: number;
  wkst?: string;
  notes?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;

const local = (date: string, time: string) => DateTime.fromISO(`${date}T${time.length === 4 ? `0${time}` : time}`, { zone: TIME_ZONE });
const utc = (moment: DateTime) => moment.toUTC().toISO({ suppressMilliseconds: false })!;

/** The UTC start and end of an activity from a schedule's date and opening times; undefined parts when they are missing. */
export function activityTimes(schedule: HsdsSchedule): { startsAt?: string; endsAt?: string; recurrence?: string } {
  const date = [schedule.dtstart, schedule.valid_from].find((d) => d && DATE.test(d.slice(0, 10)))?.slice(0, 10);
  if (!date) return { recurrence: recurrenceOf(schedule) };
  const opens = schedule.opens_at && TIME.test(schedule.opens_at) ? schedule.opens_at : '00:00';
  const start = local(date, opens);
  let end: DateTime | undefined;
  if (schedule.closes_at && TIME.test(schedule.closes_at)) {
    end = local(date, schedule.closes_at);
    // An end at or before the start is on the next day (an evening running past midnight).
    if (end <= start) end = end.plus({ days: 1 });
  }
  return { startsAt: utc(start), ...(end ? { endsAt: utc(end) } : {}), recurrence: recurrenceOf(schedule) };
}

/** The RRULE a schedule describes: the one kept in `notes` when HSDS could not say it, else built from its parts; undefined for a one-off. */
export function recurrenceOf(schedule: HsdsSchedule): string | undefined {
  const note = schedule.notes?.trim();
  if (note?.toUpperCase().startsWith(RRULE_NOTE_PREFIX)) return note.slice(RRULE_NOTE_PREFIX.length).trim();
  const freq = schedule.freq?.toUpperCase();
  if (!freq) return undefined;
  const parts = [`FREQ=${freq}`];
  if (schedule.interval !== undefined && Number(schedule.interval) !== 1) parts.push(`INTERVAL=${Number(schedule.interval)}`);
  if (schedule.byday) parts.push(`BYDAY=${schedule.byday.toUpperCase().replace(/\s/g, '')}`);
  if (schedule.bymonthday) parts.push(`BYMONTHDAY=${schedule.bymonthday.replace(/\s/g, '')}`);
  if (schedule.until && DATE.test(schedule.until.slice(0, 10))) {
    const midnightAfter = DateTime.fromISO(schedule.until.slice(0, 10), { zone: TIME_ZONE }).plus({ days: 1 }).toUTC();
    parts.push(`UNTIL=${midnightAfter.toFormat("yyyyLLdd'T'HHmmss'Z'")}`);
  } else if (schedule.count !== undefined) parts.push(`COUNT=${Number(schedule.count)}`);
  if (schedule.wkst) parts.push(`WKST=${schedule.wkst.toUpperCase()}`);
  return parts.join(';');
}
