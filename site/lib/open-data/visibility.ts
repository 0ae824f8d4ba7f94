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
  const shown = new Set(content.organisations.flatMap((o) => (o.themes ?? []).map((t) => t.documentId)));
  return new Set(content.themes.filter((t) => !t.sensitive || shown.has(t.documentId)).map((t) => t.documentId));
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
  const sensitive = new Set(content.themes.filter((t) => t.sensitive).map((t) => t.documentId));
  const organisationThemes = new Set((organisation?.themes ?? []).map((t) => t.documentId));
  return (activity.themes ?? [])
    .map((t) => t.documentId)
    .filter((id) => publicIds.has(id) && (!sensitive.has(id) || organisationThemes.has(id)));
}
