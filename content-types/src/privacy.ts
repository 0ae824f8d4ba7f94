/**
 * What the MZO-gids promises about privacy, defined once and read by the CMS (the contact-person
 * controller, the RBAC conditions, the consultation list, the route guard) and the site (open data,
 * theme visibility):
 * - a contact person's `visibility` says who sees them: `public` everyone, `officials` the Gemeente and
 *   the editors, `hidden` the editors only (and the volunteers of the organisation itself);
 * - a type's public fields are its attributes not marked `private` in the model;
 * - a sensitive theme is shown only where an organisation shows it among its public themes, and an
 *   activity never says more than its organiser;
 * - a consultation names in public only the organisations that agreed to be named (see `mayBeNamedIn`).
 */
import { CONTACT_VISIBILITIES, TYPES } from './model.ts';

export type ContactVisibility = (typeof CONTACT_VISIBILITIES)[number];
/** Who is looking: the public (site, open data), the Gemeente (officials), or the editors. */
export type Audience = 'public' | 'officials' | 'editors';

const SEEN_BY: Record<ContactVisibility, Audience[]> = {
  public: ['public', 'officials', 'editors'],
  officials: ['officials', 'editors'],
  hidden: ['editors'],
};

/** The contact visibilities an audience may see. */
export function contactVisibilitiesFor(audience: Audience): ContactVisibility[] {
  return CONTACT_VISIBILITIES.filter((visibility) => SEEN_BY[visibility].includes(audience));
}

/** Whether a contact of this visibility may be shown to the audience. */
export function contactVisibleTo(visibility: string | null | undefined, audience: Audience): boolean {
  return (CONTACT_VISIBILITIES as readonly string[]).includes(String(visibility)) && SEEN_BY[visibility as ContactVisibility].includes(audience);
}

/** The attributes of a type that are not marked private in the model (relations included), in model order. */
export function publicFields(typeName: string): string[] {
  const type = TYPES.find((t) => t.name === typeName);
  if (!type) throw new Error(`Unknown content type ${typeName}`);
  return Object.entries(type.attributes as Record<string, { private?: boolean }>)
    .filter(([, field]) => !field.private)
    .map(([name]) => name);
}

/** The scalar fields of a contact person anyone may read (the public list and the officials' list give no more). */
export const CONTACT_FIELDS = ['name', 'role', 'email', 'phone', 'visibility'] as const;

interface ThemeRef {
  documentId: string;
}

/**
 * The sensitive-theme rule: the themes that may appear publicly are every ordinary theme, and a sensitive
 * theme only when at least one published organisation shows it among its public `themes` (hidden themes
 * never leave the CMS).
 */
export function publicThemeIdsOf(organisations: { themes?: ThemeRef[] | null }[], themes: (ThemeRef & { sensitive?: boolean | null })[]): Set<string> {
  const shown = new Set(organisations.flatMap((o) => (o.themes ?? []).map((t) => t.documentId)));
  return new Set(themes.filter((t) => !t.sensitive || shown.has(t.documentId)).map((t) => t.documentId));
}

/** An activity's themes that may be published: public ones, and a sensitive one only when its own organisation shows it. */
export function activityThemeIdsOf(
  activityThemes: ThemeRef[] | null | undefined,
  organisationThemes: ThemeRef[] | null | undefined,
  publicIds: Set<string>,
  sensitiveIds: Set<string>,
): string[] {
  const organisation = new Set((organisationThemes ?? []).map((t) => t.documentId));
  return (activityThemes ?? []).map((t) => t.documentId).filter((id) => publicIds.has(id) && (!sensitiveIds.has(id) || organisation.has(id)));
}

/**
 * Whether a consultation may name an organisation in public (the site, open data, the public API) among those
 * it invited or that took part: only when the organisation agreed to be named (`namedInConsultations`; empty
 * counts as no), and for a consultation on a sensitive theme only when the organisation shows that theme among
 * its public themes, so the record never reveals a theme an organisation keeps private.
 */
export function mayBeNamedIn(
  consultation: { themes?: ThemeRef[] | null },
  organisation: { namedInConsultations?: boolean | null; themes?: ThemeRef[] | null },
  sensitiveIds: Set<string>,
): boolean {
  if (organisation.namedInConsultations !== true) return false;
  const shown = new Set((organisation.themes ?? []).map((t) => t.documentId));
  return (consultation.themes ?? []).every((t) => !sensitiveIds.has(t.documentId) || shown.has(t.documentId));
}
