/**
 * "Mijn organisatie": the organisations the signed-in user is an editor of, each with what the public
 * sees (its web page), what waits for the redactie, when it was last confirmed, and its activities,
 * rooms and contact people, and the memberships and partnerships other organisations declare with it
 * that wait for its confirmation. Only the user's own organisations (organisation.editors) are read in
 * full; of the others only their name, and that they name this one.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import { cmsPublicAddresses } from '../../../../../public-addresses';
import { editedOrganisationIds } from '../../../../../editing/ownership';
import { dismissNotice, noticesOf } from '../../../../../notifications/editors';
import type { Item, MyOrganisation, Notice, State, WaitingClaim } from '../../../shared/my-organisation';
import { sentBackAll } from './review-changes';

export type { Item, MyOrganisation, Notice, State, WaitingClaim } from '../../../shared/my-organisation';

const ORG = 'api::organisation.organisation';
const ACT = 'api::activity.activity';
const ROOM = 'api::room.room';
const CONTACT = 'api::contact-person.contact-person';

type Refs = { documentId: string }[] | undefined;

/** Claims of other organisations (any version) about `ids` that the claimed organisation's own draft does not confirm. */
async function waitingClaims(strapi: Core.Strapi, ids: string[]): Promise<Map<string, WaitingClaim[]>> {
  const ref = { select: ['documentId'] };
  const own = (await strapi.db.query(ORG).findMany({
    where: { documentId: { $in: ids }, publishedAt: null, locale: DEFAULT_LOCALE },
    select: ['documentId'],
    populate: { confirmedMembers: ref, partners: ref },
  })) as { documentId: string; confirmedMembers?: Refs; partners?: Refs }[];
  const claimers = (await strapi.db.query(ORG).findMany({
    where: { locale: DEFAULT_LOCALE, $or: [{ memberOf: { documentId: { $in: ids } } }, { partners: { documentId: { $in: ids } } }] },
    select: ['documentId', 'name'],
    populate: { memberOf: ref, partners: ref },
  })) as { documentId: string; name: string; memberOf?: Refs; partners?: Refs }[];
  const result = new Map<string, WaitingClaim[]>(ids.map((id) => [id, []]));
  for (const organisation of own) {
    const has = (refs: Refs, id: string) => (refs ?? []).some((r) => r.documentId === id);
    const list = result.get(organisation.documentId)!;
    for (const claimer of claimers) {
      if (claimer.documentId === organisation.documentId) continue;
      const claims: WaitingClaim['kind'][] = [];
      if (has(claimer.memberOf, organisation.documentId) && !has(organisation.confirmedMembers, claimer.documentId)) claims.push('member');
      if (has(claimer.partners, organisation.documentId) && !has(organisation.partners, claimer.documentId)) claims.push('partner');
      for (const kind of claims)
        if (!list.some((w) => w.documentId === claimer.documentId && w.kind === kind)) list.push({ documentId: claimer.documentId, name: claimer.name, kind });
    }
    list.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.kind.localeCompare(b.kind));
  }
  return result;
}

type Row = { documentId: string; publishedAt: string | null; updatedAt: string; locale?: string; [field: string]: unknown };

/** Draft and published rows of the same documents (default locale) → one Item each, with its state. */
function items(rows: Row[], title: string, pageOf?: (row: Row) => string | undefined): Item[] {
  const byId = new Map<string, { draft?: Row; live?: Row }>();
  for (const row of rows) {
    if (row.locale && row.locale !== DEFAULT_LOCALE) continue;
    const entry = byId.get(row.documentId) ?? {};
    if (row.publishedAt) entry.live = row;
    else entry.draft = row;
    byId.set(row.documentId, entry);
  }
  return [...byId.entries()]
    .map(([documentId, { draft, live }]) => {
      const shown = (draft ?? live)!;
      // Strapi marks a draft "modified" when it was saved after the published version.
      const state: State = !live ? 'draft' : draft && Date.parse(draft.updatedAt) > Date.parse(live.updatedAt) ? 'changed' : 'published';
      return {
        documentId,
        title: String(shown[title] ?? ''),
        state,
        updatedAt: String(shown.updatedAt),
        ...(live && pageOf ? { publicUrl: pageOf(live) } : {}),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Closes one "published by the redactie" notice on the user's own start page. */
  async dismiss(userId: number, uid: string, documentId: string) {
    await dismissNotice(strapi, userId, uid, documentId);
  },

  async list(userId: number): Promise<MyOrganisation[]> {
    const ids = await editedOrganisationIds(strapi, userId);
    if (!ids.length) return [];
    const { siteUrl } = cmsPublicAddresses();
    const page = (path: string) => (row: Row) => (row.slug ? `${siteUrl.replace(/\/$/, '')}/${path}/${row.slug}/` : undefined);
    const where = { documentId: { $in: ids } };
    const organisations = (await strapi.db
      .query(ORG)
      .findMany({ where, select: ['documentId', 'name', 'slug', 'publishedAt', 'updatedAt', 'locale', 'lastConfirmed'] })) as Row[];
    const owned = async (uid: string, relation: string, fields: string[]) =>
      (await strapi.db.query(uid as never).findMany({
        where: { [relation]: { documentId: { $in: ids } } },
        select: ['documentId', 'publishedAt', 'updatedAt', ...fields],
        populate: { [relation]: { select: ['documentId'] } },
      })) as Row[];
    const [activities, rooms, contacts, waiting, notices] = await Promise.all([
      owned(ACT, 'organisation', ['title', 'slug', 'locale']),
      owned(ROOM, 'providerOrganisation', ['name', 'slug', 'locale']),
      owned(CONTACT, 'organisation', ['name']),
      waitingClaims(strapi, ids),
      noticesOf(strapi, userId),
    ]);
    const sent = await sentBackAll(strapi);
    // A draft sent back keeps the reason on the start page until it is saved again or published.
    const marked =
      (uid: string) =>
      (item: Item): Item => {
        const back = sent[`${uid}:${item.documentId}`];
        return back && item.state !== 'published' && Date.parse(item.updatedAt) <= Date.parse(back.at) ? { ...item, sentBack: back } : item;
      };
    const of = (rows: Row[], relation: string, id: string) => rows.filter((row) => (row[relation] as { documentId?: string } | null)?.documentId === id);
    return items(organisations, 'name', page('organisaties'))
      .map(marked(ORG))
      .map((organisation) => {
        const rows = organisations.filter((row) => row.documentId === organisation.documentId && (!row.locale || row.locale === DEFAULT_LOCALE));
        const lastConfirmed = (rows.find((row) => !row.publishedAt) ?? rows[0])?.lastConfirmed as string | null;
        const own = {
          activities: items(of(activities, 'organisation', organisation.documentId), 'title').map(marked(ACT)),
          rooms: items(of(rooms, 'providerOrganisation', organisation.documentId), 'name').map(marked(ROOM)),
          // Published contacts are reviewed; what the public sees of them still depends on their visibility.
          contacts: items(of(contacts, 'organisation', organisation.documentId), 'name').map(marked(CONTACT)),
        };
        const entries: [string, Notice['kind'], Item][] = [
          [ORG, 'organisation', organisation],
          ...own.activities.map((item): [string, Notice['kind'], Item] => [ACT, 'activity', item]),
          ...own.rooms.map((item): [string, Notice['kind'], Item] => [ROOM, 'room', item]),
          ...own.contacts.map((item): [string, Notice['kind'], Item] => [CONTACT, 'contact', item]),
        ];
        const published: Notice[] = [];
        for (const notice of notices) {
          const entry = entries.find(([uid, , item]) => uid === notice.uid && item.documentId === notice.documentId);
          if (!entry) continue;
          const [uid, kind, item] = entry;
          published.push({
            uid,
            documentId: item.documentId,
            kind,
            title: item.title,
            at: notice.at,
            by: notice.by,
            ...(organisation.publicUrl ? { publicUrl: organisation.publicUrl } : {}),
          });
        }
        return {
          ...organisation,
          notices: published,
          lastConfirmed: lastConfirmed ?? null,
          ...own,
          waitingForYou: waiting.get(organisation.documentId) ?? [],
        };
      });
  },
});
