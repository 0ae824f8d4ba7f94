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
