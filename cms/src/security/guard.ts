/**
 * One guard on every route Strapi serves from a router (the admin's own, every plugin's, every API's),
 * attached as a route middleware in `register`, so it runs after Strapi has authenticated the caller and
 * before the controller, and sees the controller's answer afterwards:
 * - before: a caller who may not read everything may name only documents their role can read
 *   (`:id`, `:sourceId`, `documentIds` in body or query) — whatever the stock controller checks or
 *   forgets (clone, bulkFindForValidation, countManyEntriesDraftRelations, relations);
 * - before, public API: no filter, sort, populate or fields through `localizations` (the other
 *   language versions include drafts, so such a filter would read draft text back letter by letter);
 * - after: answers to anyone but a Redacteur carry no editor-only field at any depth, and a language
 *   version (`localizations[]`) only says which one it is, never its content; the public API's answers
 *   carry no `localizations` at all;
 * - public API: memberships and partnerships only when the other organisation confirmed them, at any
 *   depth, and no filter or sort through them (cms/src/security/relations.ts).
 * @see https://docs.strapi.io/cms/backend-customization/routes#middlewares
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ROLE_CODES, type AdminUserLike } from '../roles';
import { EDITOR_ONLY_KEYS, LOCALIZATION_KEYS, readableDocumentIds } from './access';
import { keepConfirmed, mentionsSpeakingRelations, publishedConfirmations, SPEAKING_RELATIONS } from './relations';
import { ROUTE_TABLE, type Caller } from './routes';
import { uploadedFiles, uploadProblem } from './uploads';

/** The media library's routes that take files: checked by content before Strapi stores anything. */
const UPLOAD_ROUTES = new Set(['POST /upload', 'POST /upload/files', 'POST /upload/files/:id/replace']);

type Ctx = {
  method: string;
  path: string;
  _matchedRoute?: string;
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  body?: unknown;
  state: {
    user?: AdminUserLike;
    userAbility?: never;
    auth?: { strategy?: { name?: string } };
    route?: { info?: { type?: string }; config?: { auth?: unknown } };
    mzoAnswerChecked?: boolean;
  };
};
type Next = () => Promise<unknown>;
type Route = { method: string; path: string; config?: { middlewares?: unknown[]; policies?: unknown[] } };

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The documents a request names, with their type: `:id`, `:sourceId`, `:documentId`, `documentIds` or `documentId` (query or body), or a row `id` in the body. */
async function namedDocuments(strapi: Core.Strapi, ctx: Ctx): Promise<{ uid: string; ids: string[] } | null> {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const uid = [ctx.params.model, ctx.params.contentType, body.model, ctx.query.model].find((value): value is string => typeof value === 'string');
  if (!uid || !uid.startsWith('api::')) return null;
  const ids = [
    ...asList(ctx.params.id),
    ...asList(ctx.params.sourceId),
    ...asList(ctx.params.documentId),
    ...asList(body.documentIds),
    ...asList(ctx.query.documentIds),
    ...asList(ctx.query.documentId),
  ].filter((id): id is string => typeof id === 'string' && id !== '');
  // i18n's get-non-localized-fields names a row by its numeric id.
  const rowId = typeof body.id === 'number' || (typeof body.id === 'string' && /^\d+$/.test(body.id)) ? Number(body.id) : undefined;
  if (rowId !== undefined && strapi.contentTypes[uid as never]) {
    const row = (await strapi.db.query(uid as never).findOne({ where: { id: rowId }, select: ['documentId'] })) as { documentId?: string } | null;
    ids.push(row?.documentId ?? `row:${rowId}`);
  }
  return ids.length ? { uid, ids } : null;
}

type CallerClass = Caller | 'superAdmin';

function callerOf(ctx: Ctx, publicApi: boolean): CallerClass {
  const user = !publicApi && ctx.state.auth?.strategy?.name === 'admin' ? ctx.state.user : undefined;
  if (!user) return 'anonymous';
  const codes = new Set((user.roles ?? []).map((role) => role.code));
  if (codes.has(ROLE_CODES.superAdmin)) return 'superAdmin';
  if (codes.has(ROLE_CODES.editor)) return 'editor';
  if (codes.has(ROLE_CODES.municipality)) return 'municipality';
  // A volunteer, or any role the project does not know (Strapi's Editor and Author are removed at start).
  return 'volunteer';
}

const unlisted = new Set<string>();

function mentions(value: unknown, name: string, { keysOnly }: { keysOnly: boolean }): boolean {
  if (typeof value === 'string') return !keysOnly && new RegExp(`(^|[.,\\s[])${name}($|[.,:\\s\\]])`).test(value);
  if (Array.isArray(value)) return value.some((item) => mentions(item, name, { keysOnly }));
  if (value && typeof value === 'object') return Object.entries(value).some(([key, item]) => key === name || mentions(item, name, { keysOnly }));
  return false;
}

/**
 * What the caller may read of an answer: the answer itself when nothing in it is to be removed, else a copy
 * without it. Never changes the answer in place: Strapi hands out its own live objects (the content manager's
 * model description shares attribute objects with `strapi.contentTypes`), and removing `editors` from one of
 * those removed the field from Strapi's model for every later request ("Invalid key editors" on every save).
 */
function scrubbed<T>(value: T, { publicApi }: { publicApi: boolean }, depth = 0): T {
  if (depth > 40 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, index) => {
      const next = scrubbed(item, { publicApi }, depth + 1);
      if (next !== item) (copy ??= [...value])[index] = next;
    });
    return (copy ?? value) as T;
  }
  if (Buffer.isBuffer(value) || typeof (value as { pipe?: unknown }).pipe === 'function') return value;
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  const change = () => (copy ??= Object.assign(Object.create(Object.getPrototypeOf(record)), record) as Record<string, unknown>);
  for (const key of Object.keys(record)) {
    if (EDITOR_ONLY_KEYS.has(key)) delete change()[key];
    else if (key === 'localizations') {
      if (publicApi || !Array.isArray(record[key])) delete change()[key];
      else
        change()[key] = (record[key] as Record<string, unknown>[]).map((version) =>
          Object.fromEntries(LOCALIZATION_KEYS.filter((k) => version && k in version).map((k) => [k, version[k]])),
        );
    } else {
      const next = scrubbed(record[key], { publicApi }, depth + 1);
      if (next !== record[key]) change()[key] = next;
    }
  }
  return (copy ?? value) as T;
}

export function routeGuard(strapi: Core.Strapi) {
  return async (ctx: Ctx, next: Next) => {
    const publicApi = ctx.state.route?.info?.type === 'content-api';
    const caller = callerOf(ctx, publicApi);
    const route = `${ctx.method === 'HEAD' ? 'GET' : ctx.method} ${ctx._matchedRoute}`;
    const group = ROUTE_TABLE.get(route) ?? ROUTE_TABLE.get(`ALL ${ctx._matchedRoute}`);
    if (!group) {
      // Fail closed: a route Strapi serves that the table does not list (a new Strapi, a new plugin).
      if (!unlisted.has(route)) strapi.log.warn(`Route not in the route table (cms/src/security/routes.ts), refused: ${route}`);
      unlisted.add(route);
      if (caller !== 'superAdmin') throw new errors.ForbiddenError();
    }
    const verdict = caller === 'superAdmin' || !group ? 'yes' : group.access[caller];
    if (verdict === 'no') throw new errors.ForbiddenError();
    if (publicApi) {
      for (const name of ['filters', 'sort', 'populate', 'fields'] as const) {
        if (mentions(ctx.query[name], 'localizations', { keysOnly: name === 'filters' }))
          throw new errors.ValidationError(`Invalid key localizations in ${name}`);
      }
      // Filtering or sorting by memberships and partnerships would tell unconfirmed ones apart.
      for (const name of ['filters', 'sort'] as const) {
        for (const relation of SPEAKING_RELATIONS)
          if (mentions(ctx.query[name], relation, { keysOnly: name === 'filters' })) throw new errors.ValidationError(`Invalid key ${relation} in ${name}`);
      }
    }
    if (UPLOAD_ROUTES.has(route)) {
      for (const file of uploadedFiles((ctx.request as { files?: unknown }).files)) {
        const problem = await uploadProblem(file);
        if (problem) throw new errors.ValidationError(problem);
      }
    }
    if (verdict === 'own') {
      const named = await namedDocuments(strapi, ctx);
      if (named) {
        const readable = await readableDocumentIds(strapi, ctx.state.userAbility, named.uid, named.ids);
        if (named.ids.some((id) => !readable.has(id))) throw new errors.ForbiddenError();
      }
    }
    let result = await next();
    // Routes can be stacked (the public folder's catch-all hands on to the route behind it): the
    // innermost guard, the one of the route that answered, decides about the answer.
    if (ctx.state.mzoAnswerChecked) return result;
    ctx.state.mzoAnswerChecked = true;
    if (caller !== 'editor' && caller !== 'superAdmin') {
      const body = scrubbed(ctx.body, { publicApi });
      if (body !== ctx.body) ctx.body = body;
      result = scrubbed(result, { publicApi });
    }
    if (publicApi && (mentionsSpeakingRelations(ctx.body) || mentionsSpeakingRelations(result))) {
      const confirmed = await publishedConfirmations(strapi);
      const body = keepConfirmed(ctx.body, confirmed);
      if (body !== ctx.body) ctx.body = body;
      result = keepConfirmed(result, confirmed);
    }
    return result;
  };
}

function withGuard(routes: Route[] | undefined, middleware: unknown) {
  for (const route of routes ?? []) {
    route.config ??= {};
    if (!route.config.middlewares?.includes(middleware)) route.config.middlewares = [middleware, ...(route.config.middlewares ?? [])];
  }
}

/**
 * Puts the guard on every route Strapi composes from now on (call in `register`): the admin's, every
 * plugin's and every API's routes (mounted after `register`), and routes added later in `bootstrap`.
 * Every one of them is registered through `strapi.server.routes`, so the guard wraps that one door.
 */
export function attachRouteGuard(strapi: Core.Strapi) {
  const middleware = routeGuard(strapi);
  const server = strapi.server as unknown as { routes: (input: unknown) => unknown };
  const register = server.routes.bind(server);
  server.routes = (input: unknown) => {
    withGuard(Array.isArray(input) ? (input as Route[]) : (input as { routes?: Route[] }).routes, middleware);
    return register(input);
  };
}
