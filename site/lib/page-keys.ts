// The `cacheKey` of every page from getStaticPaths (experimental.incrementalBuild in astro.config.mjs). Astro skips a
// page when its code and its key are what they were last build, and copies the page it wrote then. The key must
// change whenever anything the page shows changes: its own entry and everything it pulls in. A key that is too
// narrow ships a stale page (tests/site/incremental-build.test.ts changes each kind of content and checks), one that
// is too wide only renders a page again. So:
// - an organisation page (and its calendar feed) is keyed by the organisation and what it shows of others: its
//   activities (and their rooms), contacts, rooms, consultations (and their participants), the organisations it is a
//   member or partner of and those naming it, every taxonomy and support offer (small lists; a change there renders
//   every organisation page again), which themes are public, and which of its activities are still to come;
// - an activity's calendar file by the activity, its organisation, room and the taxonomies;
// - a wijk's page and overview and a theme's page by what they list and what their cards show of it:
//   the organisations, activities, rooms and consultations in the wijk or with the theme (the lists are made from
//   the new content, so an entry that joins or leaves one changes the key), each card's own relations, and the
//   agenda items shown as of the build's time; a wijk's network page by its organisations and those they name;
// - a wijk's or theme's calendar feed by its activities (with their organisation and room), an agenda page by its
//   own items, the weeks there are and the languages of the filter; page 2 and on of a long wijk list by the cards of that page and the
//   number of pages;
// - every other page (lists, agenda pages, open data) by all the content of its language.
// Every key also carries the build's public addresses and the day it is built for (BUILD_NOW, in Utrecht), which pages show
// through "niet recent bevestigd", outcome dates and the agenda.
import { createHash } from 'node:crypto';
import { publicAddresses } from '@mzo/content-types/addresses';
import type { SiteContent } from './content.ts';
import { agendaItems, buildNow, type AgendaItem, type AgendaWeek } from './agenda.ts';
import { dayIn } from './format-date.ts';
import { isStale } from './freshness.ts';
import { activityThemeIds, publicThemeIds } from './open-data/visibility.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

// One digest per entry object (the same object is shared by every page of a language).
const entryDigests = new WeakMap<object, string>();
function digest(entry: object | undefined | null): string {
  if (!entry) return '-';
  let value = entryDigests.get(entry);
  if (!value) entryDigests.set(entry, (value = hash(JSON.stringify(entry))));
  return value;
}
const digests = (list: readonly (object | undefined | null)[] | undefined) => (list ?? []).map(digest).join(',');

/** What every page depends on besides content: the public addresses, the environment's PUBLIC_ settings, the day. */
function environmentKey(): string {
  const env = process.env;
  const publicSettings = Object.keys(env)
    .filter((name) => name.startsWith('PUBLIC_'))
    .sort()
    .map((name) => `${name}=${env[name]}`);
  const now = buildNow();
  // Pages show days in Europe/Amsterdam (the agenda, what is still to come); the UTC day is kept beside it.
  return hash(JSON.stringify([publicAddresses(env), publicSettings, dayIn(now), now.toISOString().slice(0, 10)]));
}
let environment: string | undefined;
const env = () => (environment ??= environmentKey());

const sharedKeys = new WeakMap<SiteContent, string>();
/** Taxonomies, support offers and which themes are public: shown on many pages, small, rarely changed. */
function sharedKey(content: SiteContent): string {
  let value = sharedKeys.get(content);
  if (!value) {
    value = hash(
      [
        content.locale,
        env(),
        digests(content.themes),
        digests(content.wijken),
        digests(content.communities),
        digests(content.languages),
        digests(content.targetGroups),
        digests(content.supportOffers),
        [...publicThemeIds(content)].sort().join(','),
      ].join('|'),
    );
    sharedKeys.set(content, value);
  }
  return value;
}

const allKeys = new WeakMap<SiteContent, string>();
/** All the content of one language: the key of the pages that list or count across the whole directory. */
export function allContentKey(content: SiteContent): string {
  let value = allKeys.get(content);
  if (!value) {
    value = hash(
      [
        sharedKey(content),
        digests(content.organisations),
        digests(content.activities),
        digests(content.rooms),
        digests(content.contacts),
        digests(content.consultations),
      ].join('|'),
    );
    allKeys.set(content, value);
  }
  return value;
}

/** Everything an organisation's page and calendar feed show. */
export function organisationKey(content: SiteContent, organisationId: string): string {
  const o = content.byId.organisation.get(organisationId);
  if (!o) return allContentKey(content);
  const by = content.byOrganisation;
  const activities = by.activities.get(o.documentId) ?? [];
  const consultations = by.consultations.get(o.documentId) ?? [];
  const related = [
    ...(o.memberOf ?? []),
    ...(o.partners ?? []),
    ...consultations.flatMap((c) => c.participants ?? []),
    ...activities.flatMap((a) => (a.organisation ? [a.organisation] : [])),
  ].map((ref) => content.byId.organisation.get(ref.documentId));
  const now = buildNow();
  const upcoming = agendaItems(activities, now, 26).map((item) => `${item.activity.documentId}@${item.start.getTime()}`);
  return hash(
    [
      sharedKey(content),
      digest(o),
      isStale(o.lastConfirmed, now),
      digests(activities),
      digests(activities.map((a) => (a.room ? content.byId.room.get(a.room.documentId) : undefined))),
      roomsInFeedsKey(content, activities),
      digests(by.contacts.get(o.documentId)),
      digests(by.rooms.get(o.documentId)),
      digests(consultations),
      digests(related),
      digests(by.members.get(o.documentId)),
      digests(by.partnersNaming.get(o.documentId)),
      upcoming.join(','),
    ].join('|'),
  );
}

const activityIndex = new WeakMap<SiteContent, Map<string, SiteContent['activities'][number]>>();

/** Everything one activity's calendar file shows. */
export function activityKey(content: SiteContent, activityId: string): string {
  let index = activityIndex.get(content);
  if (!index) activityIndex.set(content, (index = new Map(content.activities.map((x) => [x.documentId, x]))));
  const a = index.get(activityId);
  if (!a) return allContentKey(content);
  return hash(
    [
      sharedKey(content),
      digest(a),
      digest(a.organisation ? content.byId.organisation.get(a.organisation.documentId) : undefined),
      digest(a.room ? content.byId.room.get(a.room.documentId) : undefined),
      roomsInFeedsKey(content, [a]),
    ].join('|'),
  );
}

const slugIndex = new WeakMap<SiteContent, Map<string, string>>();
/** documentId by slug, for the routes named by an organisation's slug. */
export function organisationIdBySlug(content: SiteContent): Map<string, string> {
  let index = slugIndex.get(content);
  if (!index) slugIndex.set(content, (index = new Map(content.organisations.map((o) => [o.slug, o.documentId]))));
  return index;
}

/** Agenda items as shown: which occurrences a list holds moves with the build's time, not only with the content. */
const itemsKey = (items: AgendaItem[]) => items.map((item) => `${item.activity.documentId}@${item.start.getTime()}`).join(',');

/** What organisation cards show (OrganisationCard, cardFacts): the organisation and its next activity. */
function organisationCardsKey(content: SiteContent, organisations: SiteContent['organisations']): string {
  const now = buildNow();
  return organisations
    .map((o) => {
      const activities = content.byOrganisation.activities.get(o.documentId) ?? [];
      return `${digest(o)}:${digests(activities)}:${itemsKey(agendaItems(activities, now, 8).slice(0, 1))}`;
    })
    .join(',');
}

/** What activity items show (ActivityItem): the activity, its organisation and its room. */
function activityItemsKey(content: SiteContent, activities: SiteContent['activities']): string {
  return activities
    .map(
      (a) =>
        `${digest(a)}:${digest(a.organisation ? content.byId.organisation.get(a.organisation.documentId) : undefined)}:${digest(
          a.room ? content.byId.room.get(a.room.documentId) : undefined,
        )}`,
    )
    .join(',');
}

/** What room cards (RoomCard: the room and its provider) and consultation items (their participants) show. */
function roomsAndConsultationsKey(content: SiteContent, rooms: SiteContent['rooms'], consultations: SiteContent['consultations']): string {
  const organisation = (ref: { documentId: string } | null | undefined) => (ref ? content.byId.organisation.get(ref.documentId) : undefined);
  return [
    rooms.map((r) => `${digest(r)}:${digest(organisation(r.providerOrganisation))}`).join(','),
    consultations.map((c) => `${digest(c)}:${digests((c.participants ?? []).map(organisation))}`).join(','),
  ].join('|');
}

/** The organisations located in a wijk or serving it. */
const organisationsOfWijk = (content: SiteContent, wijkId: string) =>
  content.organisations.filter((o) => o.locatedIn?.documentId === wijkId || (o.serves ?? []).some((w) => w.documentId === wijkId));

/** The activities a wijk's pages and its calendar feed list. */
const activitiesInWijk = (content: SiteContent, wijkId: string) => content.activities.filter((a) => a.wijk?.documentId === wijkId);

/** The activities a theme's page and its calendar feed list: those whose published themes include it. */
function activitiesWithTheme(content: SiteContent, themeId: string): SiteContent['activities'] {
  const publicIds = publicThemeIds(content);
  return content.activities.filter((a) =>
    activityThemeIds(a, content.byId.organisation.get(a.organisation?.documentId ?? ''), content, publicIds).includes(themeId),
  );
}

/** Everything a wijk's page, its printable overview and its network page show. */
export function wijkKey(content: SiteContent, wijkId: string): string {
  const now = buildNow();
  const inWijk = (refs: readonly { documentId: string }[] | null | undefined) => (refs ?? []).some((w) => w.documentId === wijkId);
  const organisations = organisationsOfWijk(content, wijkId);
  const activities = activitiesInWijk(content, wijkId);
  const rooms = content.rooms.filter((r) => r.wijk?.documentId === wijkId);
  const consultations = content.consultations.filter((c) => inWijk(c.wijken));
  return hash(
    [
      sharedKey(content),
      wijkId,
      organisationCardsKey(content, organisations),
      activityItemsKey(content, activities),
      itemsKey(agendaItems(activities, now).slice(0, 30)),
      roomsAndConsultationsKey(content, rooms, consultations),
    ].join('|'),
  );
}

/**
 * A wijk's network page (WijkRelationsPage.astro): the wijk's organisations and the koepels and partners they name,
 * wherever those are. Kept apart from wijkKey, so that a change of an organisation some wijk's organisations name as
 * partner does not render every wijk's page and overview again.
 */
export function wijkNetworkKey(content: SiteContent, wijkId: string): string {
  const organisations = organisationsOfWijk(content, wijkId);
  const related = organisations.flatMap((o) => [...(o.memberOf ?? []), ...(o.partners ?? [])]).map((ref) => content.byId.organisation.get(ref.documentId));
  return hash([sharedKey(content), 'wijk-network', wijkId, digests(organisations), digests(related)].join('|'));
}

/**
 * Page 2 and on of a wijk's organisation list (site/lib/list-pages.ts): the wijk's name (shared), which page of how
 * many, how many organisations in all ("51 tot en met 100 van de 137"), and the cards of that page. (Page 1 shows the
 * whole wijk, map included: wijkKey.)
 */
export function wijkListPageKey(
  content: SiteContent,
  wijkId: string,
  organisations: SiteContent['organisations'],
  page: number,
  pages: number,
  total: number,
): string {
  return hash([sharedKey(content), wijkId, `${page}/${pages}/${total}`, organisationCardsKey(content, organisations)].join('|'));
}

/** Everything a theme's page shows. */
export function themeKey(content: SiteContent, themeId: string): string {
  const now = buildNow();
  const withTheme = (refs: readonly { documentId: string }[] | null | undefined) => (refs ?? []).some((x) => x.documentId === themeId);
  const organisations = content.organisations.filter((o) => withTheme(o.themes));
  const activities = activitiesWithTheme(content, themeId);
  const consultations = content.consultations.filter((c) => withTheme(c.themes));
  return hash(
    [
      sharedKey(content),
      themeId,
      organisationCardsKey(content, organisations),
      activityItemsKey(content, activities),
      itemsKey(agendaItems(activities, now).slice(0, 30)),
      roomsAndConsultationsKey(content, [], consultations),
    ].join('|'),
  );
}

/**
 * A wijk's or a theme's calendar feed (open-data/ical/wijk|thema/<slug>.ics, ical.ts): one event per activity in it,
 * with what the event shows of the activity's organisation (name, page, themes) and room (name, address). Which
 * activities are published and which themes they may name come from the organisations and sharedKey.
 */
const feedKey = (content: SiteContent, kind: string, id: string, activities: SiteContent['activities']) =>
  hash([sharedKey(content), kind, id, activityItemsKey(content, activities), roomsInFeedsKey(content, activities)].join('|'));

/** Open data names an activity's room only while the room's provider is published (publishable(), open-data/source.ts). */
const roomsInFeedsKey = (content: SiteContent, activities: SiteContent['activities']) =>
  activities
    .map((a) => {
      const provider = a.room ? content.byId.room.get(a.room.documentId)?.providerOrganisation : undefined;
      return provider ? Number(content.byId.organisation.has(provider.documentId)) : '-';
    })
    .join('');

export const wijkFeedKey = (content: SiteContent, wijkId: string) => feedKey(content, 'wijk-feed', wijkId, activitiesInWijk(content, wijkId));

export const themeFeedKey = (content: SiteContent, themeId: string) => feedKey(content, 'theme-feed', themeId, activitiesWithTheme(content, themeId));

const usedLanguageKeys = new WeakMap<SiteContent, string>();
/** The languages any activity has: the agenda's language filter. */
function usedLanguagesKey(content: SiteContent): string {
  let value = usedLanguageKeys.get(content);
  if (value === undefined) {
    const ids = new Set(content.activities.flatMap((a) => (a.languages ?? []).map((l) => l.documentId)));
    usedLanguageKeys.set(content, (value = [...ids].sort().join(',')));
  }
  return value;
}

/**
 * An agenda page (AgendaPage.astro, agendaPages): its own items (ActivityItem: the activity, its organisation and
 * room) at their times, which pages there are and their weeks (the links between pages), and the filters (wijken
 * and themes are in sharedKey; the languages are those any activity has).
 */
export function agendaPageKey(content: SiteContent, pages: AgendaWeek[][], index: number): string {
  const items = (pages[index] ?? []).flatMap((week) => week.items);
  return hash(
    [
      sharedKey(content),
      'agenda-page',
      index,
      pages.map((page) => page.map((week) => week.monday).join('+')).join(','),
      usedLanguagesKey(content),
      itemsKey(items),
      activityItemsKey(
        content,
        items.map((item) => item.activity),
      ),
    ].join('|'),
  );
}
