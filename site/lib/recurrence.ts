import { fromWallClock as fromFloating, toWallClock as toFloating, wallClock } from '@mzo/content-types/dates';
import { DateTime } from 'luxon';
import * as rruleModule from 'rrule';
import type { Options, RRule as RRuleType } from 'rrule';

// rrule 2.8 ships CommonJS to Node and ESM to Vite: take RRule from whichever shape arrived.
const { RRule } = ((rruleModule as { RRule?: unknown }).RRule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default) as {
  RRule: typeof RRuleType;
};

/** The fields of an activity that say when it happens. */
export interface Schedulable {
  slug?: string;
  /** UTC instant of the first occurrence. */
  startsAt: string;
  endsAt?: string | null;
  /** An RRULE without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=SA`; expanded in Europe/Amsterdam wall-clock time. */
  recurrence?: string | null;
}

export interface Occurrence {
  start: Date;
  end: Date | null;
}

// rrule mishandles time zones, so it expands "floating" times: a Date whose UTC fields hold the
// Amsterdam wall-clock time; @mzo/content-types/dates converts between real instants and those.
export { wallClock };

/** The parts of an RRULE (FREQ, INTERVAL, BYDAY, UNTIL, COUNT…); throws a message naming the activity when it is not valid. */
export function parseRecurrence(activity: Schedulable): Partial<Options> {
  const rule = (activity.recurrence ?? '').replace(/^RRULE:/i, '').trim();
  const where = `Activity "${activity.slug ?? activity.startsAt}"`;
  if (/(^|;)DTSTART/i.test(rule)) throw new Error(`${where}: recurrence "${rule}" must not contain DTSTART; startsAt is the start.`);
  let options: Partial<Options>;
  try {
    options = RRule.parseString(rule);
  } catch (error) {
    throw new Error(`${where}: recurrence "${rule}" is not a valid RRULE (${(error as Error).message}).`, { cause: error });
  }
  if (options.freq === undefined) throw new Error(`${where}: recurrence "${rule}" has no FREQ.`);
  return options;
}

function seriesRule(activity: Schedulable, start: number): RRuleType {
  const options = parseRecurrence(activity);
  return new RRule({
    ...options,
    dtstart: toFloating(start),
    until: options.until ? toFloating(options.until.getTime()) : null,
    tzid: null,
  });
}

/**
 * The occurrences of an activity that start in [from, to): the first one at `startsAt`, further ones
 * following `recurrence` in Europe/Amsterdam wall-clock time, so a 19:00 activity stays at 19:00
 * across the switch to and from summer time. Each occurrence lasts as long (in wall-clock time) as
 * the first; `end` is null when the activity has no `endsAt`.
 */
export function occurrences(activity: Schedulable, from: Date, to: Date): Occurrence[] {
  const parsed = DateTime.fromISO(activity.startsAt, { zone: 'utc' });
  if (!parsed.isValid) throw new Error(`Activity "${activity.slug ?? '?'}": startsAt "${activity.startsAt}" is not a date-time.`);
  const start = parsed.toMillis();
  const end = activity.endsAt ? DateTime.fromISO(activity.endsAt, { zone: 'utc' }).toMillis() : null;
  const wallDuration = end !== null ? toFloating(end).getTime() - toFloating(start).getTime() : null;
  const occurrence = (floatingStart: Date): Occurrence => ({
    start: fromFloating(floatingStart),
    end: wallDuration === null ? null : fromFloating(new Date(floatingStart.getTime() + wallDuration)),
  });
  const inWindow = (o: Occurrence) => o.start >= from && o.start < to;
  if (!activity.recurrence) return [occurrence(toFloating(start))].filter(inWindow);
  // A day of margin either side covers the offset between floating and real time.
  const day = 86_400_000;
  const floatingFrom = new Date(toFloating(from.getTime()).getTime() - day);
  const floatingTo = new Date(toFloating(to.getTime()).getTime() + day);
  return seriesRule(activity, start).between(floatingFrom, floatingTo, true).map(occurrence).filter(inWindow);
}
