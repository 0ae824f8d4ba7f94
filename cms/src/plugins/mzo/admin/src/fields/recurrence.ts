/**
 * The recurrence picker's model (custom field `global::recurrence`): what a volunteer chooses, the
 * RRULE it is stored as (the same text the site, the iCal feeds and the exports read), the choice read
 * back from a stored rule, and the rule in words with its next dates, in Dutch and English.
 * A stored rule the picker cannot show (`fromRrule` gives undefined) is kept exactly as it is.
 */
import { RRule } from 'rrule';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** 1–4: the first to fourth; -1: the last. */
export type Nth = 1 | 2 | 3 | 4 | -1;
export const NTHS: Nth[] = [1, 2, 3, 4, -1];

export type Pattern = { kind: 'once' } | { kind: 'weekly'; interval: 1 | 2; days: Weekday[] } | { kind: 'monthly'; nth: Nth; day: Weekday };
export type End = { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };
export interface Choice {
  pattern: Pattern;
  end: End;
}
export type Language = 'nl' | 'en';

const byWeekOrder = (days: Weekday[]) => WEEKDAYS.filter((d) => days.includes(d));

/** The RRULE of a choice, or '' for "once" (no recurrence). */
export function toRrule({ pattern, end }: Choice): string {
  if (pattern.kind === 'once') return '';
  const parts =
    pattern.kind === 'weekly'
      ? ['FREQ=WEEKLY', ...(pattern.interval > 1 ? [`INTERVAL=${pattern.interval}`] : []), `BYDAY=${byWeekOrder(pattern.days).join(',')}`]
      : ['FREQ=MONTHLY', `BYDAY=${pattern.nth}${pattern.day}`];
  // "Until and including" that day: the rule is expanded in Utrecht wall-clock time.
  if (end.kind === 'until') parts.push(`UNTIL=${end.date.replaceAll('-', '')}T235959`);
  if (end.kind === 'count') parts.push(`COUNT=${end.count}`);
  return parts.join(';');
}

/** The choice a stored rule stands for, or undefined when the picker cannot show it (it is then kept as it is). */
export function fromRrule(rule: string | null | undefined): Choice | undefined {
  const text = (rule ?? '')
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  if (!text) return { pattern: { kind: 'once' }, end: { kind: 'never' } };
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length || parts.has(key)) return undefined;
    parts.set(key, value);
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT']);
  if ([...parts.keys()].some((key) => !known.has(key))) return undefined;
  let end: End = { kind: 'never' };
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until && count) return undefined;
  if (until) {
    const match = /^(\d{4})(\d{2})(\d{2})(T235959)?$/.exec(until);
    if (!match) return undefined;
    end = { kind: 'until', date: `${match[1]}-${match[2]}-${match[3]}` };
  }
  if (count) {
    if (!/^[1-9]\d{0,3}$/.test(count)) return undefined;
    end = { kind: 'count', count: Number(count) };
  }
  const interval = parts.get('INTERVAL') ?? '1';
  const byday = parts.get('BYDAY') ?? '';
  if (parts.get('FREQ') === 'WEEKLY') {
    if (interval !== '1' && interval !== '2') return undefined;
    const days = byday.split(',');
    if (!days.every((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d)) || new Set(days).size !== days.length) return undefined;
    // Written in the picker's own order, so the rule it writes back is the same text.
    if (byWeekOrder(days).join(',') !== byday) return undefined;
    return { pattern: { kind: 'weekly', interval: Number(interval) as 1 | 2, days }, end };
  }
  if (parts.get('FREQ') === 'MONTHLY' && interval === '1') {
    const match = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
    if (!match) return undefined;
    return { pattern: { kind: 'monthly', nth: Number(match[1]) as Nth, day: match[2] as Weekday }, end };
  }
  return undefined;
}

const DAY_NAMES: Record<Language, Record<Weekday, string>> = {
  nl: { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' },
  en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
};
const NTH_NAMES: Record<Language, Record<string, string>> = {
  nl: { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' },
  en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' },
};

export const dayName = (day: Weekday, language: Language) => DAY_NAMES[language][day];
export const nthName = (nth: Nth, language: Language) => NTH_NAMES[language][String(nth)];

function list(items: string[], language: Language): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

function longDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** The choice in words: "Elke zaterdag, tot en met 30 juni 2027" / "Every Saturday, until 30 June 2027". */
export function describe({ pattern, end }: Choice, language: Language): string {
  const nl = language === 'nl';
  let text: string;
  if (pattern.kind === 'once') return nl ? 'Eén keer' : 'Once';
  if (pattern.kind === 'weekly') {
    const days = list(
      byWeekOrder(pattern.days).map((d) => dayName(d, language)),
      language,
    );
    if (pattern.interval === 2) text = nl ? `Om de twee weken op ${days}` : `Every other week on ${days}`;
    else text = nl ? `Elke ${days}` : `Every ${days}`;
  } else {
    text = nl
      ? `Elke ${nthName(pattern.nth, language)} ${dayName(pattern.day, language)} van de maand`
      : `Every ${nthName(pattern.nth, language)} ${dayName(pattern.day, language)} of the month`;
  }
  if (end.kind === 'until') text += nl ? `, tot en met ${longDate(end.date, language)}` : `, until ${longDate(end.date, language)}`;
  if (end.kind === 'count') text += nl ? `, ${end.count} keer` : `, ${end.count} times`;
  return text;
}

/**
 * The next `n` dates of a rule from `startsAt` (an ISO instant), as Utrecht wall-clock dates in
 * words ("za 9 januari 2027 om 10:00"), expanded by the rrule library the way the site does.
 */
export function nextDates(rule: string, startsAt: string | null | undefined, language: Language, n = 3): string[] {
  if (!startsAt) return [];
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return [];
  const zone = 'Europe/Amsterdam';
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  // rrule expands "floating" times: a Date whose UTC fields hold the Utrecht wall-clock time.
  const wall = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const p = Object.fromEntries(wall.formatToParts(start).map((x) => [x.type, Number(x.value)]));
  const floating = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (!text) return [format.format(floating)];
  try {
    const options = RRule.parseString(text);
    const dates = new RRule({ ...options, dtstart: floating }).all((_, i) => i < n);
    return dates.map((d) => format.format(d));
  } catch {
    return [];
  }
}

/** The weekday (MO…SU) of an ISO instant in Utrecht, for the picker's first suggestion. */
export function weekdayOf(startsAt: string | null | undefined): Weekday | undefined {
  if (!startsAt) return undefined;
  const date = new Date(startsAt);
  if (Number.isNaN(date.getTime())) return undefined;
  const name = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
  return ({ Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' } as const)[name as 'Mon'];
}
