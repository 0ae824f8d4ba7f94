/**
 * Memberships and partnerships speak for another organisation, so the public sees one only when that
 * organisation confirmed it (content-types/src/privacy.ts, confirmedRelations): the route guard applies
 * this to every public API answer, at any depth (`populate[organisation][populate][memberOf]` too), and
 * refuses filters and sorting through these relations, which would tell unconfirmed claims apart.
 * What counts is the published versions of both organisations.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, confirmedRelations, type ConfirmedRelations } from '@mzo/content-types';

const ORG = 'api::organisation.organisation';
/** The organisation's relations that speak for another organisation, and the public may see when confirmed. */
export const SPEAKING_RELATIONS = ['memberOf', 'members', 'partners'] as const;

type Ref = { documentId?: unknown };

/** Whether an answer holds any of those relations (so the confirmations need to be read at all). */
export function mentionsSpeakingRelations(value: unknown, depth = 0): boolean {
  if (depth > 40 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => mentionsSpeakingRelations(item, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => ((SPEAKING_RELATIONS as readonly string[]).includes(key) && Array.isArray(item)) || mentionsSpeakingRelations(item, depth + 1),
  );
}

/** The confirmed relations among published organisations. */
export async function publishedConfirmations(strapi: Core.Strapi): Promise<ConfirmedRelations> {
  const ref = { select: ['documentId'] };
  const rows = (await strapi.db.query(ORG).findMany({
    where: { publishedAt: { $notNull: true }, locale: DEFAULT_LOCALE },
    select: ['documentId'],
    populate: { memberOf: ref, partners: ref, confirmedMembers: ref },
  })) as { documentId: string; memberOf?: { documentId: string }[]; partners?: { documentId: string }[]; confirmedMembers?: { documentId: string }[] }[];
  return confirmedRelations(rows);
}

/**
 * An answer without the memberships and partnerships it shows that are not confirmed (an entry without documentId
 * shows none): the answer itself when it shows none, else a copy. Never changes the answer in place (see scrubbed in
 * guard.ts: Strapi may hand out objects it keeps).
 */
export function keepConfirmed<T>(value: T, confirmed: ConfirmedRelations, depth = 0): T {
  if (depth > 40 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, index) => {
      const next = keepConfirmed(item, confirmed, depth + 1);
      if (next !== item) (copy ??= [...value])[index] = next;
    });
    return (copy ?? value) as T;
  }
  const record = value as Record<string, unknown>;
  const self = typeof record.documentId === 'string' ? record.documentId : undefined;
  const other = (item: unknown) => (item && typeof (item as Ref).documentId === 'string' ? ((item as Ref).documentId as string) : undefined);
  const keep: Record<(typeof SPEAKING_RELATIONS)[number], (id: string) => boolean> = {
    memberOf: (id) => confirmed.memberOf.has(`${self}>${id}`),
    members: (id) => confirmed.memberOf.has(`${id}>${self}`),
    partners: (id) => confirmed.partners.has(`${self}>${id}`),
  };
  let copy: Record<string, unknown> | undefined;
  const set = (key: string, next: unknown) => {
    (copy ??= Object.assign(Object.create(Object.getPrototypeOf(record)), record) as Record<string, unknown>)[key] = next;
  };
  for (const [key, item] of Object.entries(record)) {
    if ((SPEAKING_RELATIONS as readonly string[]).includes(key) && Array.isArray(item)) {
      const name = key as (typeof SPEAKING_RELATIONS)[number];
      const kept = self
        ? item.filter((entry) => {
            const id = other(entry);
            return id !== undefined && keep[name](id);
          })
        : [];
      set(key, keepConfirmed(kept, confirmed, depth + 1));
    } else {
      const next = keepConfirmed(item, confirmed, depth + 1);
      if (next !== item) set(key, next);
    }
  }
  return (copy ?? value) as T;
}
