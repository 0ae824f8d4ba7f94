import { TIME_ZONE } from '@mzo/content-types';
import { DateTime } from 'luxon';
import { parseRecurrence, type Schedulable } from '../recurrence.ts';

/** HSDS schedule fields for one activity (iCal RRULE parts, dates as YYYY-MM-DD, times as Amsterdam wall-clock HH:MM). */
export interface ScheduleFields {
  dtstart: string;
  valid_from: string;
  valid_to?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  until?: string;
  count?: number;
  wkst?: string;
  opens_at: string;
  closes_at?: string;
  /** The RRULE as given, when HSDS cannot express it (FREQ other than WEEKLY or MONTHLY). */
  rrule?: string;
}

const local = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(TIME_ZONE);

/**
 * Maps an activity's start, end and RRULE to HSDS 3.0 schedule fields. HSDS dates carry no time zone:
 * `until` becomes the last Amsterdam calendar day the series may run (an UNTIL at local midnight ends
 * the day before). HSDS only knows WEEKLY and MONTHLY; other rules keep their RRULE in `rrule`.
 */
export function scheduleFields(activity: Schedulable): ScheduleFields {
  const start = local(activity.startsAt);
  const fields: ScheduleFields = {
    dtstart: start.toISODate()!,
    valid_from: start.toISODate()!,
    opens_at: start.toFormat('HH:mm'),
    ...(activity.endsAt ? { closes_at: local(activity.endsAt).toFormat('HH:mm') } : {}),
  };
  if (!activity.recurrence) return { ...fields, valid_to: fields.dtstart };
  const options = parseRecurrence(activity);
  const parts = new Map(
    activity.recurrence
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string])
      .map(([key, value]) => [key.toUpperCase(), value]),
  );
  const freq = parts.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return { ...fields, rrule: activity.recurrence };
  let until: string | undefined;
  if (options.until) {
    const end = DateTime.fromJSDate(options.until).setZone(TIME_ZONE);
    until = (end.hour === 0 && end.minute === 0 && end.second === 0 ? end.minus({ days: 1 }) : end).toISODate()!;
  }
  return {
    ...fields,
    freq,
    interval: Number(parts.get('INTERVAL') ?? 1),
    ...(parts.get('BYDAY') ? { byday: parts.get('BYDAY') } : {}),
    ...(parts.get('BYMONTHDAY') ? { bymonthday: parts.get('BYMONTHDAY') } : {}),
    ...(parts.get('WKST') ? { wkst: parts.get('WKST') } : {}),
    ...(until ? { until, valid_to: until } : {}),
    ...(parts.get('COUNT') ? { count: Number(parts.get('COUNT')) } : {}),
  };
}
