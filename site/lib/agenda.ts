import { DateTime } from 'luxon';
import { mondayOf, wallClock } from '@mzo/content-types/dates';
import { occurrences, type Occurrence } from './recurrence.ts';
import type { Activity } from './types.ts';

export interface AgendaItem {
  activity: Activity;
  start: Date;
  end: Date | null;
}

export interface AgendaWeek {
  /** Monday of the week (YYYY-MM-DD, Europe/Amsterdam). */
  monday: string;
  items: AgendaItem[];
}

/** Number of weeks the agenda looks ahead. */
export const AGENDA_WEEKS = 8;

// Expanding a rule in Europe/Amsterdam time is the costly part of a build: the same activity shows on its
// organisation's page, the agenda, its wijk and theme pages and feeds. Expansions are kept per activity and window.
const expanded = new Map<string, Occurrence[] | Error>();
function cachedOccurrences(activity: Activity, from: Date, to: Date): Occurrence[] {
  const key = [activity.documentId, activity.startsAt, activity.endsAt, activity.recurrence, from.getTime(), to.getTime()].join('|');
  let result = expanded.get(key);
  if (!result) {
    try {
      result = occurrences(activity, from, to);
    } catch (error) {
      result = error as Error;
    }
    expanded.set(key, result);
  }
  if (result instanceof Error) throw result;
  return result;
}

/**
 * Every occurrence of `activities` from `from` until `weeks` weeks later, recurring activities
 * expanded from their RRULE in Europe/Amsterdam, soonest first. An activity with an invalid rule
 * is skipped rather than breaking the build (the CMS refuses invalid rules at input).
 */
export function agendaItems(activities: Activity[], from: Date, weeks = AGENDA_WEEKS): AgendaItem[] {
  const to = DateTime.fromJSDate(from).plus({ weeks }).toJSDate();
  const items: AgendaItem[] = [];
  for (const activity of activities) {
    let list;
    try {
      list = cachedOccurrences(activity, from, to);
    } catch {
      continue;
    }
    for (const o of list) items.push({ activity, start: o.start, end: o.end });
  }
  return items.sort((a, b) => a.start.getTime() - b.start.getTime() || a.activity.title.localeCompare(b.activity.title));
}

/** Groups agenda items by ISO week (Monday–Sunday in Europe/Amsterdam), weeks in order. */
export function groupByWeek(items: AgendaItem[]): AgendaWeek[] {
  const weeks = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const monday = mondayOf(item.start);
    if (!weeks.has(monday)) weeks.set(monday, []);
    weeks.get(monday)!.push(item);
  }
  return [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([monday, list]) => ({ monday, items: list }));
}

const weeksCache = new WeakMap<object, AgendaWeek[]>();
/** The agenda's weeks for one language version of the site, from the build's "now" (kept per content object). */
export function agendaWeeks(content: { activities: Activity[] }): AgendaWeek[] {
  let weeks = weeksCache.get(content);
  if (!weeks) weeksCache.set(content, (weeks = groupByWeek(agendaItems(content.activities, buildNow()))));
  return weeks;
}

/**
 * The agenda's pages: one week each, except that on a Saturday or Sunday the first page (/agenda/) holds
 * the rest of this week and all of next week, so it never shows just a day or two.
 */
export function agendaPages(content: { activities: Activity[] }): AgendaWeek[][] {
  const weeks = agendaWeeks(content);
  const now = buildNow();
  const day = wallClock(now).getUTCDay();
  const weekend = day === 6 || day === 0;
  if (weekend && weeks.length > 1 && weeks[0].monday === mondayOf(now)) return [[weeks[0], weeks[1]], ...weeks.slice(2).map((w) => [w])];
  return weeks.map((w) => [w]);
}

let firstNow: number | undefined;
/**
 * The moment the build considers "now": BUILD_NOW (for reproducible builds and tests), else the moment this process
 * first asked, so one build is one moment. Taken again at every page, it would differ between the keys of
 * getStaticPaths and the pages they key, and every page would miss the occurrence cache above and add to it: that
 * was 1.3 GB of a 1,000-organisation build's heap and grew with every page rendered (heap profile, 4 December 2026).
 * A dev server keeps the moment it started with until it is restarted.
 */
export function buildNow(env: Record<string, string | undefined> = import.meta.env ?? {}): Date {
  const fixed = env.BUILD_NOW || (typeof process !== 'undefined' ? process.env.BUILD_NOW : undefined);
  if (fixed) return new Date(fixed);
  return new Date((firstNow ??= Date.now()));
}
