import { activityThemeIdsOf, publicThemeIdsOf } from '@mzo/content-types';
import type { Activity, Organisation, Theme } from '../types.ts';

interface Published {
  organisations: Pick<Organisation, 'themes'>[];
  themes: Pick<Theme, 'documentId' | 'sensitive'>[];
}

/**
 * The themes that may appear in open data: every ordinary theme, and a sensitive theme only when at
 * least one published organisation shows it among its public `themes` (an organisation's hidden
 * themes never reach the site). A sensitive theme nobody shows gets no term, no link and no feed.
 */
export function publicThemeIds(content: Published): Set<string> {
  // Pages ask for every activity they show; the answer depends only on the content, so it is kept per content object.
  let ids = publicIdsCache.get(content);
  if (!ids) publicIdsCache.set(content, (ids = computePublicThemeIds(content)));
  return ids;
}
const publicIdsCache = new WeakMap<Published, Set<string>>();
const sensitiveCache = new WeakMap<Published['themes'], Set<string>>();

/** The sensitive-theme rule is the model's (content-types/src/privacy.ts); this module only caches it per content. */
function computePublicThemeIds(content: Published): Set<string> {
  return publicThemeIdsOf(content.organisations, content.themes);
}

/**
 * The themes of an activity that may be published: ordinary public themes, and a sensitive theme only
 * when the activity's own organisation shows it publicly; an activity must not say more than its organiser.
 */
export function activityThemeIds(
  activity: Pick<Activity, 'themes'>,
  organisation: Pick<Organisation, 'themes'> | undefined,
  content: Published,
  publicIds: Set<string> = publicThemeIds(content),
): string[] {
  let sensitive = sensitiveCache.get(content.themes);
  if (!sensitive) sensitiveCache.set(content.themes, (sensitive = new Set(content.themes.filter((t) => t.sensitive).map((t) => t.documentId))));
  return activityThemeIdsOf(activity.themes, organisation?.themes, publicIds, sensitive);
}
