/**
 * What the MZO-gids promises about privacy, defined once and read by the CMS (the contact-person
 * controller, the RBAC conditions, the consultation list, the route guard) and the site (open data,
 * theme visibility):
 * - a contact person's `visibility` says who sees them: `public` everyone, `officials` the Gemeente and
 *   the editors, `hidden` the editors only (and the volunteers of the organisation itself);
 * - a type's public fields are its attributes not marked `private` in the model; among the private
 *   ones, those with `cmsReaders: 'editors'` are the Redacteur's alone in the CMS too (editor-only);
 * - a sensitive theme is shown only where an organisation shows it among its public themes, and an
 *   activity never says more than its organiser;
 * - a relation that speaks for another organisation is public only when that one confirms it: "A is a
 *   member of B" when B lists A among its `confirmedMembers`, "A and B are partners" when both name each
 *   other in `partners` (a Redacteur confirms by doing the same on the other side);
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

/**
 * Whether a contact moved from `from` to `to` is seen by fewer people (public → officials or hidden, officials →
 * hidden). Such a change protects a person, so it does not wait for review: it applies to what is published at once.
 */
export function narrowsVisibility(from: string | null | undefined, to: string | null | undefined): boolean {
  const known = (v: unknown): v is ContactVisibility => (CONTACT_VISIBILITIES as readonly string[]).includes(String(v));
  if (!known(from) || !known(to) || from === to) return false;
  return SEEN_BY[to].every((audience) => SEEN_BY[from].includes(audience));
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

/** The attributes of a type only the Redacteur reads in the CMS (`private` with `cmsReaders: 'editors'`), in model order. */
export function editorOnlyFields(typeName: string): string[] {
  const type = TYPES.find((t) => t.name === typeName);
  if (!type) throw new Error(`Unknown content type ${typeName}`);
  return Object.entries(type.attributes as Record<string, { private?: boolean; cmsReaders?: string }>)
    .filter(([, field]) => field.private && field.cmsReaders === 'editors')
    .map(([name]) => name);
}

/** Editor-only fields per content type name, for the types that have any (the CMS's roles and route guard read this). */
export const EDITOR_ONLY_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  TYPES.map((type) => [type.name, editorOnlyFields(type.name)] as const).filter(([, fields]) => fields.length > 0),
);

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

interface Declaring {
  documentId: string;
  memberOf?: ThemeRef[] | null;
  partners?: ThemeRef[] | null;
  confirmedMembers?: ThemeRef[] | null;
}

/** The confirmed relations among organisations, as `from>to` keys. */
export interface ConfirmedRelations {
  /** `A>B`: A is a member of B, and B confirms it. */
  memberOf: Set<string>;
  /** `A>B` and `B>A`: A and B name each other as partners. */
  partners: Set<string>;
}

/** Which of the organisations' declared memberships and partnerships may be public (see the top of this file). */
export function confirmedRelations(organisations: Declaring[]): ConfirmedRelations {
  const ids = (refs: ThemeRef[] | null | undefined) => new Set((refs ?? []).map((r) => r.documentId));
  const confirms = new Map(organisations.map((o) => [o.documentId, ids(o.confirmedMembers)]));
  const partnersOf = new Map(organisations.map((o) => [o.documentId, ids(o.partners)]));
  const result: ConfirmedRelations = { memberOf: new Set(), partners: new Set() };
  for (const o of organisations) {
    for (const to of ids(o.memberOf)) if (confirms.get(to)?.has(o.documentId)) result.memberOf.add(`${o.documentId}>${to}`);
    for (const to of ids(o.partners)) if (partnersOf.get(to)?.has(o.documentId)) result.partners.add(`${o.documentId}>${to}`);
  }
  return result;
}
