// How a resident reaches an organisation (issue 16): WhatsApp, phone, e-mail, website and social media,
// a route to its address, and when it meets (from its recurring activities).
import { TIME_ZONE, type Locale } from '@mzo/content-types';
import { DateTime } from 'luxon';
import { t, type MessageKey } from '../i18n/index.ts';
import { ROUTE_URL } from './map-config.ts';
import { safeUrl } from './safe-url.ts';
import type { Activity, Organisation } from './types.ts';

export type ReachKind = 'whatsapp' | 'phone' | 'email' | 'website' | 'social' | 'telegram' | 'video';

export interface ReachLink {
  kind: ReachKind;
  href: string;
  /** What the link says, e.g. "WhatsApp" or "Bel 030 123 4567". */
  label: string;
}

const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
};

/** Digits of a Dutch phone number in international form without "+" (wa.me wants 31612345678). */
export function internationalDigits(phone: string): string | undefined {
  const digits = phone.replace(/[^+\d]/g, '');
  if (digits.startsWith('+')) return digits.slice(1) || undefined;
  if (digits.startsWith('00')) return digits.slice(2) || undefined;
  if (digits.startsWith('0') && digits.length === 10) return `31${digits.slice(1)}`;
  return undefined;
}

/**
 * A WhatsApp link: a wa.me (or other WhatsApp) address as given; a phone number written where the address
 * goes becomes https://wa.me/<number>; anything else that is a safe web address is kept as it is.
 */
export function whatsappUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[+\d][\d\s()-]{7,}$/.test(trimmed)) {
    const digits = internationalDigits(trimmed);
    return digits ? `https://wa.me/${digits}` : undefined;
  }
  const url = safeUrl(trimmed);
  return url && /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}

/** Every way to reach `o`, WhatsApp first (how most residents reach out), then phone, e-mail, website, social. */
export function reachLinks(o: Organisation, locale: Locale): ReachLink[] {
  const links: ReachLink[] = [];
  const social = o.socialLinks ?? [];
  for (const s of social.filter((x) => x.platform === 'whatsapp')) {
    const href = whatsappUrl(s.url);
    if (href) links.push({ kind: 'whatsapp', href, label: t(locale, 'reach.whatsapp') });
  }
  if (o.phone) links.push({ kind: 'phone', href: `tel:${o.phone.replace(/[^+\d]/g, '')}`, label: t(locale, 'reach.call', { phone: o.phone }) });
  if (o.email) links.push({ kind: 'email', href: `mailto:${o.email}`, label: o.email });
  const website = safeUrl(o.website);
  if (website) links.push({ kind: 'website', href: website, label: website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') });
  for (const s of social.filter((x) => x.platform !== 'whatsapp')) {
    const href = safeUrl(s.url);
    if (!href || !/^https?:/.test(href)) continue;
    const name = PLATFORM_NAMES[s.platform] ?? t(locale, 'reach.otherSocial');
    links.push({ kind: s.platform === 'telegram' ? 'telegram' : s.platform === 'youtube' ? 'video' : 'social', href, label: name });
  }
  return links;
}

/** The route planner's address for a place: ROUTE_URL with {lat}, {lng} and {address} filled in. */
export function routeUrl(latitude: number, longitude: number, address: string, template = ROUTE_URL): string {
  return template.replaceAll('{lat}', String(latitude)).replaceAll('{lng}', String(longitude)).replaceAll('{address}', encodeURIComponent(address));
}

const WEEKDAYS = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 } as const;

/**
 * When a recurring activity meets, in words: "Elke dinsdag, 19:00–21:00", "Om de week op zaterdag, 10:00",
 * "Elke eerste zondag van de maand, 14:00". Undefined for rules these words do not cover (the agenda
 * still lists their dates).
 */
export function meetingTime(a: Pick<Activity, 'startsAt' | 'endsAt' | 'recurrence'>, locale: Locale): string | undefined {
  if (!a.recurrence) return undefined;
  const rule = Object.fromEntries(
    a.recurrence
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const start = DateTime.fromISO(a.startsAt, { zone: 'utc' }).setZone(TIME_ZONE).setLocale(locale);
  const end = a.endsAt ? DateTime.fromISO(a.endsAt, { zone: 'utc' }).setZone(TIME_ZONE) : undefined;
  const time = `${start.toFormat('HH:mm')}${end ? `–${end.toFormat('HH:mm')}` : ''}`;
  const byday = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(rule.BYDAY ?? '');
  const weekday = byday ? start.set({ weekday: WEEKDAYS[byday[2] as keyof typeof WEEKDAYS] }).toFormat('cccc') : start.toFormat('cccc');
  const interval = Number(rule.INTERVAL ?? 1);
  let when: string | undefined;
  if (rule.FREQ === 'WEEKLY' && interval === 1) when = t(locale, 'meeting.weekly', { day: weekday });
  else if (rule.FREQ === 'WEEKLY' && interval === 2) when = t(locale, 'meeting.fortnightly', { day: weekday });
  else if (rule.FREQ === 'MONTHLY' && byday?.[1]) {
    const nth = Number(byday[1]);
    const key = `meeting.nth.${nth === -1 ? 'last' : nth}` as MessageKey;
    if (nth === -1 || (nth >= 1 && nth <= 4)) when = t(locale, 'meeting.monthly', { nth: t(locale, key), day: weekday });
  }
  return when ? `${when}, ${time}` : undefined;
}
