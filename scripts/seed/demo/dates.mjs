// Days as numbers (days since 1970-01-01) for the demo data's calendar arithmetic, and Utrecht's wall-clock
// time from the product's own helpers (@mzo/content-types/dates: the Amsterdam offset, the Monday of a week).
import { fromWallClock, mondayOf } from '@mzo/content-types/dates';

export const DAY_MS = 86_400_000;
export const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
export const HOLIDAYS = new Set(['12-25', '12-26', '01-01']);

export function parseDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) throw new Error(`demo-data: expected a date like 2026-11-30, got "${iso}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}
const isoCache = new Map();
export function dayToIso(day) {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size < 20_000) isoCache.set(day, iso);
  }
  return iso;
}
/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (day) => (((day + 4) % 7) + 7) % 7;
export const nextWeekday = (day, wd) => day + ((wd - weekday(day) + 7) % 7);

/** UTC ms of a wall-clock time (`minutes` after midnight of local `day`) in Europe/Amsterdam. */
export function amsterdamToUtcMs(day, minutes) {
  return fromWallClock(new Date(day * DAY_MS + minutes * 60_000)).getTime();
}
/** 'YYYY-MM-DDTHH:mm:00.000Z' for a whole-minute UTC timestamp. */
export function utcIso(ms) {
  const day = Math.floor(ms / DAY_MS);
  const minutes = Math.round((ms - day * DAY_MS) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${dayToIso(day)}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:00.000Z`;
}
/** RRULE UNTIL for "up to and including `day`": local midnight after that day, in UTC. */
const untilCache = new Map();
export function untilStamp(day) {
  let stamp = untilCache.get(day);
  if (stamp === undefined) {
    stamp = `${new Date(amsterdamToUtcMs(day + 1, 0)).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
    untilCache.set(day, stamp);
  }
  return stamp;
}
/** Day of the nth (1–4, or -1 for last) weekday `wd` in the month of `year`/`month` (0-based). */
export function nthWeekdayOfMonth(year, month, wd, nth) {
  if (nth === -1) {
    const last = Date.UTC(year, month + 1, 0) / DAY_MS;
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = Date.UTC(year, month, 1) / DAY_MS;
  return nextWeekday(first, wd) + (nth - 1) * 7;
}

/**
 * The Monday (YYYY-MM-DD) of the week that `date` falls in, in Europe/Amsterdam. Accepts a Date, a
 * timestamp or a 'YYYY-MM-DD' string (taken as a local date).
 * @param {Date | number | string} [date]
 */
export function referenceMonday(date = new Date()) {
  const instant = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? amsterdamToUtcMs(parseDay(date), 12 * 60) : new Date(date).getTime();
  if (!Number.isFinite(instant)) throw new Error(`referenceMonday: not a date: ${date}`);
  return mondayOf(new Date(instant));
}
