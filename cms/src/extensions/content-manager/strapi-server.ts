/**
 * Extends the Content Manager (a plugin extension): a volunteer's edit view leaves out the fields
 * the system fills in and the redactie's own fields (editing/form-layout.ts). Strapi keeps one edit
 * layout for every role, and a field a role may not read is shown as "Geen rechten om dit veld te
 * bekijken"; so for a volunteer the layout answered to the admin panel is trimmed instead. What they
 * may read or change is still decided by their permissions (bootstrap/admin-roles.ts).
 * @see https://docs.strapi.io/cms/plugins-development/plugins-extension
 */
import type { Core } from '@strapi/strapi';
import { COMPONENT_FIELDS_HIDDEN_FROM_VOLUNTEERS, formLayoutOf, mainFieldOf } from '../../editing/form-layout';
import { isVolunteerOnly, type AdminUserLike } from '../../roles';

type Rows = { name: string }[][];
interface Configuration {
  uid?: string;
  layouts?: { edit?: Rows; list?: string[] };
}
interface Ctx {
  state: { user?: AdminUserLike };
  params: { uid: string; model: string; targetField: string };
  body?: { data?: { contentType?: Configuration; components?: Record<string, Configuration> }; results?: Record<string, unknown>[] };
}

const without = (rows: Rows, hidden: Set<string>): Rows => rows.map((row) => row.filter((field) => !hidden.has(field.name))).filter((row) => row.length > 0);

/** Leaves a volunteer's hidden fields out of a configuration answer (content type and its components). */
export function trimForVolunteer(body: Ctx['body'], uid: string) {
  const contentType = body?.data?.contentType;
  const hidden = new Set(formLayoutOf(uid)?.hiddenFromVolunteers ?? []);
  if (contentType?.layouts?.edit) contentType.layouts.edit = without(contentType.layouts.edit, hidden);
  if (contentType?.layouts?.list) contentType.layouts.list = contentType.layouts.list.filter((name) => !hidden.has(name));
  for (const [componentUid, configuration] of Object.entries(body?.data?.components ?? {})) {
    const componentHidden = new Set(COMPONENT_FIELDS_HIDDEN_FROM_VOLUNTEERS[componentUid] ?? []);
    if (configuration.layouts?.edit) configuration.layouts.edit = without(configuration.layouts.edit, componentHidden);
  }
}

/**
 * A relation picks or shows entries by their name; Strapi shows the documentId instead when the user may
 * not read the other entry (a volunteer reads only their own organisations and rooms), so "Lid van" read
 * "ifvvizsi822zq…". Names of entries that are public on the site are filled in; drafts stay ids.
 */
export async function fillPublicNames(strapi: Core.Strapi, body: Ctx['body'], model: string, targetField: string) {
  type Model = { attributes: Record<string, { target?: string }>; options?: { draftAndPublish?: boolean } } | undefined;
  const getModel = (uid: string) => strapi.getModel(uid as never) as unknown as Model;
  const target = getModel(model)?.attributes[targetField]?.target;
  const results = body?.results;
  if (!target || !results?.length) return;
  const mainField = mainFieldOf(target);
  const missing = results.filter((r) => r[mainField] === undefined && typeof r.documentId === 'string').map((r) => r.documentId as string);
  if (!missing.length || !getModel(target)?.attributes[mainField]) return;
  const draftAndPublish = Boolean(getModel(target)?.options?.draftAndPublish);
  const rows = (await strapi.db.query(target as never).findMany({
    where: { documentId: { $in: missing }, ...(draftAndPublish ? { publishedAt: { $notNull: true } } : {}) },
    select: ['documentId', mainField],
  })) as Record<string, unknown>[];
  const names = new Map(rows.map((row) => [row.documentId, row[mainField]]));
  for (const result of results) if (names.has(result.documentId)) result[mainField] = names.get(result.documentId);
}

type Controller = Record<string, (ctx: Ctx) => Promise<unknown>>;

type DocumentManager = {
  publish: (id: string, uid: string, opts: { locale?: unknown; populate: object }) => Promise<unknown[] | undefined>;
  publishMany: (uid: string, documentIds: string[], locale: unknown) => Promise<number>;
};
type ServiceFactory = (deps: { strapi: Core.Strapi }) => DocumentManager;

/**
 * Publishing several documents at once (the list view's bulk publish) publishes them one after the other.
 * Strapi publishes them all at the same time, and then a published organisation loses its relations to the
 * others published with it (memberOf, partners, confirmedMembers): each publish maps the relations of the
 * draft onto the published versions that exist at its start. After an import the redactie publishes dozens of
 * related organisations at once (tests/cms/import-round-trip.test.ts), so each one is published in turn.
 */
export function publishInTurn(factory: ServiceFactory): ServiceFactory {
  return (deps) => {
    const service = factory(deps);
    service.publishMany = async (uid, documentIds, locale) => {
      let count = 0;
      await deps.strapi.db.transaction(async () => {
        for (const documentId of documentIds) count += ((await service.publish(documentId, uid, { locale, populate: {} })) ?? []).filter(Boolean).length;
      });
      return count;
    };
    return service;
  };
}

export default (plugin: { controllers: Record<string, Controller>; services: Record<string, unknown> }) => {
  plugin.services['document-manager'] = publishInTurn(plugin.services['document-manager'] as ServiceFactory);
  const contentTypes = plugin.controllers['content-types'];
  const find = contentTypes.findContentTypeConfiguration;
  contentTypes.findContentTypeConfiguration = async (ctx) => {
    await find.call(contentTypes, ctx);
    if (isVolunteerOnly(ctx.state.user)) trimForVolunteer(ctx.body, ctx.params.uid);
  };
  const relations = plugin.controllers.relations;
  for (const action of ['findAvailable', 'findExisting']) {
    const original = relations[action];
    relations[action] = async (ctx) => {
      // The controller's methods call each other through `this`.
      await original.call(relations, ctx);
      if (isVolunteerOnly(ctx.state.user))
        await fillPublicNames((globalThis as unknown as { strapi: Core.Strapi }).strapi, ctx.body, ctx.params.model, ctx.params.targetField);
    };
  }
  return plugin;
};
