/** Drafts waiting to be published: new ones and ones changed since their published version. */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';

const REVIEWED_TYPES = [
  { uid: 'api::organisation.organisation', title: 'name' },
  { uid: 'api::activity.activity', title: 'title' },
  { uid: 'api::room.room', title: 'name' },
  { uid: 'api::consultation.consultation', title: 'title' },
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Of the types the user may publish (others are left out, not refused), newest change first. */
  async waiting(userAbility: unknown) {
    const data: Record<string, unknown>[] = [];
    for (const { uid, title } of REVIEWED_TYPES) {
      const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });
      if (checker.cannot.publish()) continue;
      const base = { fields: [title, 'updatedAt'], locale: DEFAULT_LOCALE } as const;
      const [drafts, published] = await Promise.all([
        strapi.documents(uid as never).findMany({ ...base, status: 'draft' } as never),
        strapi.documents(uid as never).findMany({ ...base, status: 'published' } as never),
      ]);
      const live = new Map(published.map((p: Record<string, unknown>) => [p.documentId, Date.parse(String(p.updatedAt))]));
      for (const draft of drafts as Record<string, unknown>[]) {
        const publishedAt = live.get(draft.documentId);
        if (publishedAt !== undefined && Date.parse(String(draft.updatedAt)) <= publishedAt) continue;
        data.push({ model: uid, documentId: draft.documentId, title: draft[title], updatedAt: draft.updatedAt, neverPublished: publishedAt === undefined });
      }
    }
    data.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
    return { data };
  },
});
