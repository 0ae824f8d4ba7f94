import type { Locale } from '@mzo/content-types';
import { localizedPath } from '../i18n/index.ts';
import { outcomesNewestFirst } from './participation.ts';
import type { Consultation } from './types.ts';

/** Where the RSS feed of new outcomes is, per language (beside /inbreng/). */
export const outcomesFeedPath = (locale: Locale) => localizedPath(locale, '/inbreng/uitkomsten.xml');

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);

/** RFC 822 date of a YYYY-MM-DD day (noon UTC, so the day is the same in every time zone of Europe). */
const rfc822 = (day: string) => new Date(`${day}T12:00:00Z`).toUTCString();

/**
 * RSS 2.0 of the consultations with a published outcome, newest outcome first: each item links to its
 * entry on /inbreng/ (`pageUrl` + '#' + slug) and carries the outcome as its description, so an
 * organisation can follow what was done with input in a feed reader.
 * @see https://www.rssboard.org/rss-specification
 */
export function outcomesFeed(
  consultations: Consultation[],
  channel: { title: string; description: string; pageUrl: string; feedUrl: string; language: Locale },
): string {
  const items = outcomesNewestFirst(consultations).map((c) => {
    const link = `${channel.pageUrl}#${encodeURIComponent(c.slug)}`;
    return [
      '    <item>',
      `      <title>${escapeXml(c.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <pubDate>${rfc822(c.outcomeDate ?? c.date)}</pubDate>`,
      `      <description>${escapeXml(c.outcomeSummary ?? '')}</description>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.pageUrl)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${channel.language}</language>`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
