/**
 * Every create, update and publish of our content types, from the admin panel, the REST API or a
 * script, passes here (a document service middleware) before Strapi writes anything:
 * 0. a volunteer publishes nothing (a Redacteur reviews and publishes);
 * 1. the input is normalised (postcode `3511 AB`, KvK without spaces, slugs);
 * 2. a volunteer may only link an activity, room or contact person to an organisation they edit
 *    (Strapi's relation picker lists every organisation, so the server must refuse);
 * 3. the rules of `@mzo/content-types/validation` are checked on the entry as it would be saved;
 * 4. an address typed in the admin or API is looked up in PDOK (street, city, coordinates, wijk, buurt);
 * 5. a missing slug is made from the name, unique per type and locale.
 * A refusal is a ValidationError naming each field, in the admin user's language; nothing is written.
 * @see https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, TYPES, narrowsVisibility, type TypeDefinition as ModelType } from '@mzo/content-types';
import { notifySiteChange } from '../site-rebuild';
import {
  languageFor,
  labelOf,
  message,
  normaliseInput,
  slugify,
  summarise,
  validateEntry,
  type FieldError,
  type Language,
} from '@mzo/content-types/validation';
import { isVolunteerOnly, type AdminUserLike } from '../roles';
import { fillAddress } from './address';
import { editedOrganisationIds, ORGANISATION_UID, OWNER_RELATION, ownedDocumentIds } from './ownership';
import { applyRelationChange, parseRelationInput, rowIdsToResolve, type RelationChange } from './relations';

type TypeDefinition = ModelType & { uid: string };

const TYPE_BY_UID = new Map<string, TypeDefinition>(TYPES.map((type) => [type.uid, type as unknown as TypeDefinition]));

/** Relations the rules look at, per type (the others need not be loaded). */
const CHECKED_RELATIONS: Record<string, string[]> = {
  organisation: ['themes', 'locatedIn', 'serves'],
  activity: ['organisation'],
  room: ['providerOrganisation'],
  'contact-person': ['organisation'],
};

type Entry = Record<string, unknown>;

/**
 * The fields the rules check in `locale`. A language version other than the default (Dutch) holds the
 * organisation's own text in that language; its relations, facts and rules are the Dutch version's, which is
 * what the site shows in every language (site/lib/text-language.ts). So the rules on relations (at least one
 * theme, a wijk) apply to the Dutch version only: a volunteer can add a Turkish summary without choosing the
 * themes again in Turkish, where the themes may not even exist yet.
 */
function checkedFields(type: TypeDefinition, locale: string | undefined, names: string[]): string[] {
  if (!type.localized || (locale ?? DEFAULT_LOCALE) === DEFAULT_LOCALE) return names;
  const relations = new Set(CHECKED_RELATIONS[type.name] ?? []);
  return names.filter((name) => !relations.has(name));
}

/** Who is writing: an admin user (with their interface language), an API client, or a script. */
export interface Writer {
  inRequest: boolean;
  adminUser?: AdminUserLike;
  language: Language;
}

export function currentWriter(strapi: Core.Strapi): Writer {
  const ctx = strapi.requestContext.get() as
    | { state?: { user?: AdminUserLike; auth?: { strategy?: { name?: string } }; addressesChecked?: boolean } }
    | undefined;
  const adminUser = ctx?.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : undefined;
  // An import's job writes as its editor, with the addresses its preview already looked up (cms/src/import).
  return { inRequest: Boolean(ctx) && !ctx?.state?.addressesChecked, adminUser, language: languageFor(adminUser?.preferedLanguage) };
}

const isSingle = (type: TypeDefinition, name: string) => {
  const relation = (type.attributes[name]?.attribute as { relation?: string }).relation;
  return relation === 'manyToOne' || relation === 'oneToOne';
};

/** A relation's value in a stored entry, as documentIds. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => (v as { documentId: string }).documentId);
  return value && typeof value === 'object' ? [(value as { documentId: string }).documentId] : [];
}

function populateFor(type: TypeDefinition) {
  const populate: Record<string, unknown> = {};
  for (const name of CHECKED_RELATIONS[type.name] ?? []) populate[name] = { fields: ['documentId'] };
  if ('address' in type.attributes) populate.address = true;
  return populate;
}

/** The draft (or only) version of a document in one locale, with what the rules need. */
async function loadCurrent(strapi: Core.Strapi, type: TypeDefinition, documentId: string, locale: string | undefined): Promise<Entry | null> {
  const uid = type.uid as Parameters<Core.Strapi['documents']>[0];
  return (await strapi.documents(uid).findOne({
    documentId,
    ...(type.localized ? { locale } : {}),
    ...(type.draftAndPublish ? { status: 'draft' as const } : {}),
    populate: populateFor(type),
  })) as Entry | null;
}

/** The input's relation changes for the checked relations, with numeric ids resolved to documentIds. */
async function relationChanges(strapi: Core.Strapi, type: TypeDefinition, data: Entry) {
  const changes = new Map<string, RelationChange>();
  const byRowId = new Map<number, string>();
  for (const name of CHECKED_RELATIONS[type.name] ?? []) {
    if (!(name in data)) continue;
    const change = parseRelationInput(data[name]);
    changes.set(name, change);
    const ids = rowIdsToResolve(change);
    if (!ids.length) continue;
    const target = String((type.attributes[name].attribute as { target: string }).target);
    const uid = target.includes('::') ? target : `api::${target}.${target}`;
    const rows = await strapi.db.query(uid).findMany({ where: { id: { $in: ids } }, select: ['id', 'documentId'] });
    for (const row of rows as { id: number; documentId: string }[]) byRowId.set(row.id, row.documentId);
  }
  return { changes, byRowId };
}

/** The entry as it will be after saving: stored values, overwritten by the input; checked relations as documentIds. */
async function mergedEntry(strapi: Core.Strapi, type: TypeDefinition, current: Entry | null, data: Entry): Promise<Entry> {
  const merged: Entry = { ...(current ?? {}) };
  for (const name of CHECKED_RELATIONS[type.name] ?? []) merged[name] = idsOf(current?.[name]);
  for (const [name, value] of Object.entries(data)) if (!type.attributes[name]?.target) merged[name] = value;
  const { changes, byRowId } = await relationChanges(strapi, type, data);
  for (const [name, change] of changes) merged[name] = applyRelationChange(merged[name] as string[], change, byRowId, isSingle(type, name));
  return merged;
}

function refuse(problems: FieldError[], language: Language): never {
  throw new errors.ValidationError(summarise(problems, language), {
    errors: problems.map((p) => ({ path: p.path.map(String), message: p.message, name: 'ValidationError', value: null })),
  });
}

/** A volunteer links activities, rooms and contacts to organisations they edit, and to nothing else. */
async function ownershipProblems(
  strapi: Core.Strapi,
  type: TypeDefinition,
  writer: Writer,
  merged: Entry,
  data: Entry,
  creating: boolean,
): Promise<FieldError[]> {
  const relation = OWNER_RELATION[type.uid];
  if (!relation || !writer.adminUser || !isVolunteerOnly(writer.adminUser)) return [];
  if (!creating && !(relation in data)) return [];
  const label = labelOf(type.attributes[relation], relation, writer.language);
  const linked = merged[relation] as string[];
  if (!linked.length) return [{ path: [relation], message: message(writer.language, 'organisationRequired', { label }) }];
  const allowed = new Set(await editedOrganisationIds(strapi, writer.adminUser.id));
  return linked.every((id) => allowed.has(id)) ? [] : [{ path: [relation], message: message(writer.language, 'notYourOrganisation', { label }) }];
}

/**
 * A volunteer who edits exactly one organisation and creates an activity, room or contact without
 * choosing one gets it linked to that organisation (the admin's create form starts with it chosen when
 * opened from "Mijn organisatie"; this also covers a form opened otherwise).
 */
async function linkToTheOnlyOrganisation(strapi: Core.Strapi, type: TypeDefinition, writer: Writer, data: Entry) {
  const relation = OWNER_RELATION[type.uid];
  if (!relation || !writer.adminUser || !isVolunteerOnly(writer.adminUser)) return;
  const given = relation in data ? parseRelationInput(data[relation]) : undefined;
  if (given && (given.set?.length || given.connect.length)) return;
  const own = await editedOrganisationIds(strapi, writer.adminUser.id);
  if (own.length === 1) data[relation] = { connect: [{ documentId: own[0] }] };
}

/**
 * Adding a language version of an existing document is an update for Strapi, checked against the
 * role's create permission only; a volunteer may do it for their own documents alone.
 */
async function guardNewLocale(strapi: Core.Strapi, type: TypeDefinition, writer: Writer, documentId: string) {
  if (!writer.adminUser || !isVolunteerOnly(writer.adminUser)) return;
  const own =
    type.uid === ORGANISATION_UID
      ? await editedOrganisationIds(strapi, writer.adminUser.id)
      : OWNER_RELATION[type.uid]
        ? await ownedDocumentIds(strapi, type.uid, writer.adminUser.id)
        : [];
  if (!own.includes(documentId)) throw new errors.ForbiddenError();
}

/** Fills in a missing slug from the title or name, or refuses one another document in the same locale uses. */
async function slugProblems(
  strapi: Core.Strapi,
  type: TypeDefinition,
  data: Entry,
  current: Entry | null,
  documentId: string | undefined,
  locale: string | undefined,
  language: Language,
): Promise<FieldError[]> {
  const entry = Object.entries(type.attributes).find(([, field]) => (field.attribute as { type: string }).type === 'uid');
  if (!entry) return [];
  const [name, field] = entry;
  const given = data[name];
  if (given === undefined && current?.[name]) return [];
  const source = String((field.attribute as { targetField: string }).targetField);
  // The admin fills a new entry's slug with the type's name ("activity", "activity-1") before a title
  // is typed, and does not update it afterwards: such a placeholder counts as no slug.
  const placeholder = new RegExp(`^${type.name}(-\\d+)?$`);
  const explicit = typeof given === 'string' && given !== '' && !placeholder.test(given);
  const base = explicit ? String(given) : slugify(String(data[source] ?? current?.[source] ?? ''));
  if (!base) return [];
  const taken = async (slug: string) =>
    (await strapi.db.query(type.uid).count({
      where: { [name]: slug, ...(type.localized ? { locale } : {}), ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    })) > 0;
  if (explicit) {
    return (await taken(base)) ? [{ path: [name], message: message(language, 'slugTaken', { label: labelOf(field, name, language), value: base }) }] : [];
  }
  let candidate = base;
  for (let n = 2; await taken(candidate); n++) candidate = `${base}-${n}`;
  data[name] = candidate;
  return [];
}

/** Before publishing, the draft must pass every rule (it may predate a rule, or come from an import). */
async function checkBeforePublish(strapi: Core.Strapi, type: TypeDefinition, params: { documentId?: string; locale?: string | string[] }, language: Language) {
  if (!params.documentId) return;
  const locales = params.locale === undefined || params.locale === '*' ? undefined : ([] as string[]).concat(params.locale);
  const drafts = (await strapi.db.query(type.uid).findMany({
    where: { documentId: params.documentId, publishedAt: null, ...(type.localized && locales ? { locale: { $in: locales } } : {}) },
    populate: populateFor(type),
  })) as Entry[];
  for (const draft of drafts) {
    const entry: Entry = { ...draft };
    for (const name of CHECKED_RELATIONS[type.name] ?? []) entry[name] = idsOf(draft[name]);
    const problems = validateEntry(type, entry, { language, changed: checkedFields(type, draft.locale as string | undefined, Object.keys(type.attributes)) });
    if (problems.length) refuse(problems, language);
  }
}

/**
 * Cloning (the content manager's "duplicate") creates a document from another one: a volunteer may
 * clone only documents of their own organisations, and the copy, as it would be saved (source plus
 * input), passes the same ownership and input rules as a new document, in every language it copies.
 */
async function checkClone(strapi: Core.Strapi, type: TypeDefinition, writer: Writer, params: { documentId?: string; locale?: string; data?: Entry }) {
  if (!params.documentId) return;
  if (writer.adminUser && isVolunteerOnly(writer.adminUser)) {
    const own =
      type.uid === ORGANISATION_UID
        ? await editedOrganisationIds(strapi, writer.adminUser.id)
        : OWNER_RELATION[type.uid]
          ? await ownedDocumentIds(strapi, type.uid, writer.adminUser.id)
          : [];
    if (!own.includes(params.documentId)) throw new errors.ForbiddenError();
  }
  const data = normaliseInput(type, params.data ?? {});
  params.data = data;
  const rows = (await strapi.db.query(type.uid as never).findMany({
    where: {
      documentId: params.documentId,
      ...(type.draftAndPublish ? { publishedAt: null } : {}),
      ...(type.localized && params.locale ? { locale: params.locale } : {}),
    },
    select: ['locale'],
  })) as { locale?: string }[];
  const locales = type.localized ? [...new Set(rows.map((row) => row.locale))] : [undefined];
  for (const locale of locales) {
    const source = await loadCurrent(strapi, type, params.documentId, locale);
    if (!source) continue;
    const merged = await mergedEntry(strapi, type, source, data);
    const problems = [
      ...(await ownershipProblems(strapi, type, writer, merged, data, true)),
      ...validateEntry(type, merged, { language: writer.language, changed: Object.keys(type.attributes) }),
    ];
    if (problems.length) refuse(problems, writer.language);
    if (locales.length === 1) {
      // A copy never keeps its source's slug: a new one is made from the name unless one is given.
      const slugName = Object.keys(type.attributes).find((name) => (type.attributes[name].attribute as { type: string }).type === 'uid');
      const base = slugName ? { ...merged, [slugName]: undefined } : merged;
      const slugs = await slugProblems(strapi, type, data, base, undefined, locale, writer.language);
      if (slugs.length) refuse(slugs, writer.language);
    }
  }
}

export function registerEditingMiddleware(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const type = TYPE_BY_UID.get(context.uid);
    if (!type || !['create', 'update', 'publish', 'clone'].includes(context.action)) return next();
    const writer = currentWriter(strapi);
    const params = context.params as { documentId?: string; locale?: string; data?: Entry; status?: string };

    // Volunteers submit, a Redacteur publishes: whatever route asks the document service to publish on a
    // volunteer's behalf (publish, or create/update/clone with `status: 'published'`) is refused here too,
    // beside the role's missing publish permission and the route table.
    if (type.draftAndPublish && isVolunteerOnly(writer.adminUser) && (context.action === 'publish' || params.status === 'published')) {
      throw new errors.ForbiddenError();
    }

    if (context.action === 'clone') {
      await checkClone(strapi, type, writer, params);
      return next();
    }

    if (context.action === 'publish') {
      await checkBeforePublish(strapi, type, params, writer.language);
      return next();
    }
    if (!params.data) return next();
    const data = normaliseInput(type, params.data);
    params.data = data;
    const locale = type.localized ? (params.locale ?? DEFAULT_LOCALE) : undefined;
    const current = context.action === 'update' && params.documentId ? await loadCurrent(strapi, type, params.documentId, locale) : null;
    const creating = context.action === 'create';
    if (!creating && !current && params.documentId) await guardNewLocale(strapi, type, writer, params.documentId);

    // A form opened before "still correct" was clicked must not set the date back.
    if (current?.lastConfirmed && typeof data.lastConfirmed === 'string' && data.lastConfirmed < String(current.lastConfirmed)) delete data.lastConfirmed;

    if (creating) await linkToTheOnlyOrganisation(strapi, type, writer, data);
    const merged = await mergedEntry(strapi, type, current, data);
    const problems = [
      ...(await ownershipProblems(strapi, type, writer, merged, data, creating)),
      ...validateEntry(type, merged, { language: writer.language, changed: checkedFields(type, locale, Object.keys(data)) }),
    ];
    if (problems.length) refuse(problems, writer.language);

    if (writer.inRequest && data.address && typeof data.address === 'object') {
      await fillAddress(strapi, type, data, current, locale);
      const addressProblems = validateEntry(type, { address: data.address }, { language: writer.language, changed: ['address'] });
      if (addressProblems.length) refuse(addressProblems, writer.language);
    }
    const slugs = await slugProblems(strapi, type, data, current, params.documentId, locale, writer.language);
    if (slugs.length) refuse(slugs, writer.language);
    const result = await next();
    if (context.action === 'update' && params.documentId) await narrowPublishedAtOnce(strapi, type, params.documentId, data);
    return result;
  });
}

/**
 * A contact person shown to fewer people (public → officials or hidden, officials → hidden) is so at once, in the
 * published version too: the person asked not to be seen, and that cannot wait for the Redacteur's review. The
 * rest of the change waits for review as any other.
 */
async function narrowPublishedAtOnce(strapi: Core.Strapi, type: TypeDefinition, documentId: string, data: Entry) {
  if (!type.draftAndPublish || !('visibility' in type.attributes) || typeof data.visibility !== 'string') return;
  const published = (await strapi.db.query(type.uid as never).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['id', 'visibility'],
  })) as { id: number; visibility?: string }[];
  const narrowed = published.filter((row) => narrowsVisibility(row.visibility, data.visibility as string));
  if (!narrowed.length) return;
  await strapi.db
    .query(type.uid as never)
    .updateMany({ where: { id: { $in: narrowed.map((row) => row.id) } }, data: { visibility: data.visibility, updatedAt: new Date() } });
  notifySiteChange({ event: 'entry.update', model: type.uid, documentId });
}
