/** Drafts waiting to be published: new ones and ones changed since their published version. */
import type { Core, Modules, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import { notifySentBack } from '../../../../../notifications/editors';
import { changesOf, sendBack } from './review-changes';

interface Waiting {
  model: string;
  documentId: string;
  title: unknown;
  updatedAt: unknown;
  neverPublished: boolean;
}

/** The drafts of type `uid` that are new or changed since their published version; `fields` is [title, last change]. */
async function waitingOf<T extends UID.ContentType>(strapi: Core.Strapi, uid: T, fields: Modules.Documents.Params.Fields.ArrayNotation<T>) {
  const [title, updated] = fields.map(String);
  const base = { fields, locale: DEFAULT_LOCALE };
  const [drafts, published] = await Promise.all([
    strapi.documents(uid).findMany({ ...base, status: 'draft' }),
    strapi.documents(uid).findMany({ ...base, status: 'published' }),
  ]);
  const live = new Map(published.map((p) => [p.documentId, Date.parse(String(p[updated]))]));
  const waiting: Waiting[] = [];
  for (const draft of drafts) {
    const publishedAt = live.get(draft.documentId);
    if (publishedAt !== undefined && Date.parse(String(draft[updated])) <= publishedAt) continue;
    waiting.push({ model: uid, documentId: draft.documentId, title: draft[title], updatedAt: draft[updated], neverPublished: publishedAt === undefined });
  }
  return waiting;
}

/** A type under review, its fields checked against the generated types (cms/types/generated). */
const reviewed = <T extends UID.ContentType>(uid: T, fields: Modules.Documents.Params.Fields.ArrayNotation<T>) => ({
  uid,
  waiting: (strapi: Core.Strapi) => waitingOf(strapi, uid, fields),
});

const REVIEWED_TYPES = [
  reviewed('api::organisation.organisation', ['name', 'updatedAt']),
  reviewed('api::activity.activity', ['title', 'updatedAt']),
  reviewed('api::room.room', ['name', 'updatedAt']),
  reviewed('api::contact-person.contact-person', ['name', 'updatedAt']),
  reviewed('api::consultation.consultation', ['title', 'updatedAt']),
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Field by field, the draft against its published version (null: no such draft, or a type not under review). */
  async changes(uid: string, documentId: string) {
    if (!REVIEWED_TYPES.some((type) => type.uid === uid)) return null;
    return changesOf(strapi, uid, documentId);
  },

  /** Not published: back to the volunteers, with the reason on their start page and, when SMTP is configured, by e-mail. */
  async sendBack(uid: string, documentId: string, reason: string, sender: { id: number; firstname?: string | null }) {
    if (!REVIEWED_TYPES.some((type) => type.uid === uid)) return false;
    if (!(await changesOf(strapi, uid, documentId))) return false;
    await sendBack(strapi, uid, documentId, { reason, by: sender.firstname || 'de redactie', at: new Date().toISOString() });
    await notifySentBack(strapi, uid, documentId, reason, sender);
    return true;
  },

  /** Of the types the user may publish (others are left out, not refused), newest change first. */
  async waiting(userAbility: unknown) {
    const data: Waiting[] = [];
    for (const type of REVIEWED_TYPES) {
      const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: type.uid });
      if (checker.cannot.publish()) continue;
      data.push(...(await type.waiting(strapi)));
    }
    data.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
    return { data };
  },
});
