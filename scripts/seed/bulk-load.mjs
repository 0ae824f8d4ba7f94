// Writes generated demo data (./demo-data.mjs) straight into Strapi's tables, for benchmarks with
// thousands of organisations: the same stored content as ./load-into-strapi.mjs (which goes through
// the Document Service, ~2 s per organisation), in one transaction of batched inserts.
//
// Both loaders read the one description of the seed in ./load-into-strapi.mjs (SEED_TYPES: types,
// order, fields per locale, what is published). This file replays, in memory, what the Document
// Service does with each create / update / publish, and writes the resulting rows. Every table,
// column, join table, order column and component table comes from `strapi.db.metadata`, so it
// works on SQLite and PostgreSQL alike. Strapi's row model, as learnt from its sources
// (node_modules/@strapi/core/dist/services/document-service/ and @strapi/database/dist/):
//
// - A document is one row per locale and status, sharing `document_id` (a cuid2: the metadata's
//   documentId default). Draft & publish types: a draft row (`published_at` null) and, once
//   published, a separate published row (`published_at` set), cloned from the draft
//   (repository.js publish, entries.js publishEntry). Types without draft & publish: one row per
//   locale, `published_at` set at creation (draft-and-publish.js statusToData). Types without i18n:
//   `locale` stays null.
// - The second locale of a document is created by `update`, which fills the non-localized fields it
//   is not given from the existing locale (internationalization.js copyNonLocalizedFields, i18n
//   plugin fillNonLocalizedAttributes).
// - Relations are rows in the attribute's join table (joinColumn → source row, inverseJoinColumn →
//   target row). Which target rows (transform/relations/utils/dp.js and i18n.js): a localized target
//   in the source's locale (a non-localized source names the locale); a target without draft &
//   publish: its one row; draft source → draft target, published source → published target; a
//   source without draft & publish → both the draft and the published row of the target.
//   "Relates to one" input keeps its last entry (utils/xto-one.js) but may still give two rows.
// - Order columns (@strapi/database entity-manager attachRelations/updateRelations): a list that is
//   set gives `orderColumnName` 1..n (only for xToMany: metadata/relations.js hasOrderColumn);
//   `inverseOrderColumnName` (bidirectional manyToX) is the target's current maximum + 1.
// - Publishing re-resolves the draft's relations to published targets that exist (unidirectional
//   ones renumbered 1..k); for bidirectional and self-referential relations Strapi then restores the
//   draft rows' order values (utils/bidirectional-relations.js, utils/self-referential-relations.js),
//   and a self-referential link to a document published later is added when that one is published.
// - Components: one row per component in its own table, linked through the owner's `*_cmps` table
//   (entity_id, cmp_id, component_type, field, `order` 1..n for repeatable ones, null for single
//   ones); a published row gets its own copies (components.js createComponents).
//
// What it does not do, on purpose: the CMS's document middleware (cms/src/editing) does not run.
// The demo data already carries normalised values (postcodes, KvK numbers, slugs) and coordinates,
// so there is nothing for it to normalise or look up; tests/tools/bulk-load.test.ts checks that both
// loaders store the same content. Lifecycle hooks and events (e.g. the site-rebuild notifier) do
// not fire either, which is what a bulk load wants. Relation shapes the seed does not use (media,
// dynamic zones, relations inside components, bidirectional links to a document published later)
// are refused with an error rather than guessed at.
import { createRequire } from 'node:module';
import { LOCALES } from '@mzo/content-types';
import { SEED_TYPES, SEED_LOCALES, NL, uid as uidOf, createReferences, hasOrganisations, textLocales, withoutRelations } from './load-into-strapi.mjs';

const require = createRequire(import.meta.url);
// Strapi's own scalar converters: the ones its entity manager applies to every value it inserts.
/** The Strapi release whose Document Service this file replays (see above); a test fails when another is installed. */
export const REPLAYS_STRAPI = '5.54.0';

// Strapi's own field converters and relation rules, not copies of them. These are internals (no public
// export), checked against the installed Strapi by tests/unit/bulk-load-internals.test.ts.
const { createField } = require('@strapi/database/dist/fields/index.js');
const { hasOrderColumn, isAnyToOne, isBidirectional } = require('@strapi/database/dist/metadata/relations.js');
const { hasDraftAndPublish } = require('@strapi/utils').contentTypes;

const SCALAR_TYPES = new Set([
  'increments',
  'password',
  'email',
  'string',
  'uid',
  'richtext',
  'text',
  'json',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'time',
  'datetime',
  'timestamp',
  'boolean',
  'blocks',
]);
const SYSTEM_COLUMNS = new Set(['id', 'documentId', 'locale', 'publishedAt', 'createdAt', 'updatedAt']);
/** Parameters per statement stay well under SQLite's and PostgreSQL's limits. */
const MAX_PARAMETERS = 30_000;

/**
 * Seeds `data` like loadIntoStrapi (same documents, locales, drafts, published versions, relations
 * and components), but as batched inserts in one transaction. Skips when organisations already
 * exist; returns counts per type, or null when skipped.
 */
export async function bulkLoadIntoStrapi(strapi, data, { log = () => {} } = {}) {
  if (await hasOrganisations(strapi)) return null;
  const defaultLocale = await strapi.plugin('i18n').service('locales').getDefaultLocale();
  const knex = strapi.db.connection;
  const schemaName = strapi.db.getSchemaName();
  const table = (trx, name) => (schemaName ? trx(name).withSchema(schemaName) : trx(name));
  const ID = strapi.db.metadata.identifiers.ID_COLUMN;

  return knex.transaction(async (trx) => {
    const started = performance.now();
    const plan = new RowPlan(strapi, defaultLocale);
    // Entity and component rows get their ids here (so relations can point at them); join rows
    // are left to the database's own sequence.
    for (const name of plan.idTables()) {
      const [{ max }] = await table(trx, name).max({ max: ID });
      plan.nextId.set(name, Number(max ?? 0) + 1);
    }

    const ref = createReferences();
    const counts = {};
    for (const type of SEED_TYPES) {
      const items = type.items(data);
      const model = plan.model(uidOf(type.name));
      const publishNow = (item) => model.draftAndPublish && !type.links && Boolean(type.published?.(item));
      for (const item of items) {
        const documentId = plan.create(model, type.fields(item, ref), model.localized ? textLocales(item) : []);
        if (publishNow(item)) plan.publish(model, documentId);
        ref.set(type.name, type.key(item), documentId);
        counts[type.name] = (counts[type.name] ?? 0) + 1;
      }
      if (type.links) {
        for (const item of items) {
          const links = type.links(item, ref);
          if (links) plan.link(model, ref.one(type.name, type.key(item)), links);
        }
        if (model.draftAndPublish) for (const item of items) if (type.published?.(item)) plan.publish(model, ref.one(type.name, type.key(item)));
      }
      if (type.log) log(type.log(data));
    }
    const planned = performance.now();

    let rows = 0;
    for (const [name, list] of plan.tablesInInsertOrder()) {
      if (!list.length) continue;
      const columns = Object.keys(list[0]).length;
      const size = Math.max(1, Math.min(strapi.db.dialect.getBatchInsertSize(), Math.floor(MAX_PARAMETERS / columns)));
      for (let i = 0; i < list.length; i += size) await table(trx, name).insert(list.slice(i, i + size));
      rows += list.length;
    }
    // PostgreSQL's id sequences do not move when ids are given; later inserts by Strapi need them past ours.
    if (strapi.db.dialect.client === 'postgres') {
      for (const name of plan.idTables()) {
        if (!plan.rows.get(name)?.length) continue;
        const qualified = schemaName ? `${schemaName}.${name}` : name;
        await trx.raw('SELECT setval(pg_get_serial_sequence(?, ?), (SELECT MAX(??) FROM ??))', [qualified, ID, ID, qualified]);
      }
    }
    log(
      `bulk: ${rows} rows in ${plan.rows.size} tables (planned in ${((planned - started) / 1000).toFixed(1)} s, written in ${((performance.now() - planned) / 1000).toFixed(1)} s)`,
    );
    return counts;
  });
}

/**
 * The rows the Document Service would write for a sequence of create / link / publish calls, kept
 * in memory per table (in insert order) until they are written.
 */
class RowPlan {
  constructor(strapi, defaultLocale) {
    this.strapi = strapi;
    this.defaultLocale = defaultLocale;
    this.i18n = strapi.plugin('i18n').service('content-types');
    this.ID = strapi.db.metadata.identifiers.ID_COLUMN;
    this.now = new Date();
    /** table → rows */
    this.rows = new Map();
    this.nextId = new Map();
    this.models = new Map();
    /** `${uid}|${documentId}|${locale}|${status}` → row */
    this.entries = new Map();
    /** `${table}|${targetId}` → highest inverse order value so far */
    this.inverseOrder = new Map();
    /** target row id (drafts of draft & publish types) → links pointing at it, to settle when it is published */
    this.incoming = new Map();
  }

  model(uid) {
    let model = this.models.get(uid);
    if (model) return model;
    const schema = this.strapi.getModel(uid);
    const meta = this.strapi.db.metadata.get(uid);
    if (!schema || !meta) throw new Error(`bulk-load: unknown model ${uid}`);
    const isContentType = schema.modelType === 'contentType';
    model = {
      uid,
      schema,
      meta,
      table: meta.tableName,
      isContentType,
      localized: isContentType && this.i18n.isLocalizedContentType(schema),
      draftAndPublish: isContentType && hasDraftAndPublish(schema),
      nonLocalized: isContentType && this.i18n.isLocalizedContentType(schema) ? this.i18n.getNonLocalizedAttributes(schema) : [],
    };
    this.models.set(uid, model);
    for (const attribute of Object.values(schema.attributes)) {
      if (attribute.type === 'component') this.model(attribute.component);
    }
    return model;
  }

  /** Tables whose rows get their ids from us: every content type and component table. */
  idTables() {
    const names = new Set();
    for (const uid of [...Object.keys(this.strapi.contentTypes), ...Object.keys(this.strapi.components)]) {
      if (uid.startsWith('api::') || this.strapi.components[uid]) names.add(this.strapi.db.metadata.get(uid).tableName);
    }
    return [...names];
  }

  /** Entity tables, then component tables, then link tables (foreign keys point that way). */
  tablesInInsertOrder() {
    const rank = (name) => {
      const model = [...this.models.values()].find((m) => m.table === name);
      return model ? (model.isContentType ? 0 : 1) : 2;
    };
    return [...this.rows.entries()].sort(([a], [b]) => rank(a) - rank(b));
  }

  push(tableName, row) {
    let list = this.rows.get(tableName);
    if (!list) this.rows.set(tableName, (list = []));
    list.push(row);
  }

  allocateId(tableName) {
    const id = this.nextId.get(tableName);
    if (id === undefined) throw new Error(`bulk-load: no id sequence for ${tableName}`);
    this.nextId.set(tableName, id + 1);
    return id;
  }

  entry(uid, documentId, locale, status) {
    return this.entries.get(`${uid}|${documentId}|${locale ?? ''}|${status}`);
  }

  /**
   * `documentService.create` in the default locale, then `update` in each other locale, and in each of `extra`
   * with its text only (no relations, as the Document Service loader does). Returns the documentId.
   */
  create(model, fields, extra = []) {
    const documentId = model.meta.attributes.documentId.default();
    const status = model.draftAndPublish ? 'draft' : 'published';
    let first;
    for (const locale of model.localized ? [...SEED_LOCALES, ...extra] : [null]) {
      let data = fields(locale ?? NL);
      if (extra.includes(locale)) data = withoutRelations(model.schema.attributes, data);
      if (first) {
        // A new locale of an existing document takes the non-localized fields it leaves empty from it.
        data = { ...data };
        for (const name of model.nonLocalized) if (data[name] == null && first.data[name] != null) data[name] = first.data[name];
      }
      const entry = this.insertEntry(model, documentId, locale, status, data);
      first ??= entry;
      this.linkAll(model, entry, data);
    }
    return documentId;
  }

  /** `documentService.update` with relations only, in every locale, on relations not set before. */
  link(model, documentId, links) {
    for (const locale of model.localized ? SEED_LOCALES : [null]) {
      const entry = this.entry(model.uid, documentId, locale, model.draftAndPublish ? 'draft' : 'published');
      if (!entry) throw new Error(`bulk-load: ${model.uid} ${documentId} (${locale}) does not exist`);
      for (const name of Object.keys(links)) {
        if (model.schema.attributes[name]?.type !== 'relation') throw new Error(`bulk-load: links may only set relations, not ${model.uid}.${name}`);
        if (entry.links.some((l) => l.attributeName === name)) throw new Error(`bulk-load: ${model.uid}.${name} is set twice`);
      }
      this.linkAll(model, entry, links);
    }
  }

  /** One row (with its components) in the model's table. */
  insertEntry(model, documentId, locale, status, data) {
    const id = this.allocateId(model.table);
    const row = { [this.ID]: id, ...this.scalarColumns(model, data) };
    row[model.meta.attributes.documentId.columnName] = documentId;
    if (model.meta.attributes.locale) row[model.meta.attributes.locale.columnName] = locale;
    const datetime = createField({ type: 'datetime' });
    row[model.meta.attributes.publishedAt.columnName] = status === 'published' ? datetime.toDB(this.now) : null;
    row[model.meta.attributes.createdAt.columnName] = datetime.toDB(this.now);
    row[model.meta.attributes.updatedAt.columnName] = datetime.toDB(this.now);
    this.insertComponents(model, id, data);
    this.push(model.table, row);
    const entry = { id, model, documentId, locale, status, data, links: [] };
    this.entries.set(`${model.uid}|${documentId}|${locale ?? ''}|${status}`, entry);
    return entry;
  }

  /** Scalar columns from `data` (defaults for what it leaves out), converted as Strapi converts them. */
  scalarColumns(model, data) {
    const row = {};
    for (const [name, attribute] of Object.entries(model.meta.attributes)) {
      if (attribute.type === 'relation' && attribute.joinColumn && attribute.owner) {
        // createdBy / updatedBy and other single-column links: not seeded.
        if (data[name] != null) throw new Error(`bulk-load: ${model.uid}.${name} (a join column) is not supported`);
        row[attribute.joinColumn.name] = null;
        continue;
      }
      const declared = model.schema.attributes[name];
      if (declared && !SCALAR_TYPES.has(declared.type) && data[name] != null && declared.type !== 'relation' && declared.type !== 'component') {
        throw new Error(`bulk-load: ${model.uid}.${name} (${declared.type}) is not supported`);
      }
      if (!SCALAR_TYPES.has(attribute.type) || SYSTEM_COLUMNS.has(name)) continue;
      let value = data[name];
      if (value === undefined && attribute.default !== undefined) value = typeof attribute.default === 'function' ? attribute.default() : attribute.default;
      if (value === undefined || value === null) {
        row[attribute.columnName] = null;
        continue;
      }
      const field = createField(attribute);
      if (typeof field.validate === 'function') field.validate(value);
      row[attribute.columnName] = field.toDB(value);
    }
    return row;
  }

  /** Component rows for every component field in `data`, linked through the owner's components table. */
  insertComponents(model, ownerId, data) {
    for (const [name, attribute] of Object.entries(model.schema.attributes)) {
      if (attribute.type === 'dynamiczone' && data[name]?.length) throw new Error(`bulk-load: dynamic zones (${model.uid}.${name}) are not supported`);
      if (attribute.type !== 'component' || data[name] == null) continue;
      const componentModel = this.model(attribute.component);
      const values = attribute.repeatable ? data[name] : [data[name]];
      if (!Array.isArray(values)) throw new Error(`bulk-load: ${model.uid}.${name} must be a list`);
      const { joinTable } = model.meta.attributes[name];
      const ordered = hasOrderColumn(model.meta.attributes[name]);
      // components.js links every component with a pivot of the field (`joinTable.on`) and the
      // component's uid, in the one remaining pivot column (component_type).
      const known = [joinTable.joinColumn.name, joinTable.inverseJoinColumn.name, ...Object.keys(joinTable.on ?? {})];
      const typeColumns = joinTable.pivotColumns.filter((column) => !known.includes(column));
      if (typeColumns.length !== 1) throw new Error(`bulk-load: unexpected components table ${joinTable.name}`);
      values.forEach((value, index) => {
        const componentId = this.insertComponent(componentModel, value);
        this.push(joinTable.name, {
          [joinTable.joinColumn.name]: ownerId,
          [joinTable.inverseJoinColumn.name]: componentId,
          [typeColumns[0]]: attribute.component,
          ...joinTable.on,
          [joinTable.orderColumnName]: ordered ? index + 1 : null,
        });
      });
    }
  }

  insertComponent(componentModel, value) {
    for (const [name, attribute] of Object.entries(componentModel.schema.attributes)) {
      if ((attribute.type === 'relation' || attribute.type === 'media') && value?.[name] != null) {
        throw new Error(`bulk-load: relations in components (${componentModel.uid}.${name}) are not supported`);
      }
    }
    // Nested components are created before their owner, as components.js does.
    const id = this.allocateId(componentModel.table);
    const row = { [this.ID]: id, ...this.scalarColumns(componentModel, value ?? {}) };
    this.insertComponents(componentModel, id, value ?? {});
    this.push(componentModel.table, row);
    return id;
  }

  /** Join rows for every relation in `data` (attachRelations with a plain list: `set`). */
  linkAll(model, entry, data) {
    for (const [name, attribute] of Object.entries(model.meta.attributes)) {
      if (attribute.type !== 'relation' || !(name in data) || model.schema.attributes[name]?.type !== 'relation') continue;
      const value = data[name];
      if (value == null) continue;
      if (!attribute.joinTable || attribute.mappedBy || String(attribute.relation).startsWith('morph')) {
        throw new Error(`bulk-load: ${model.uid}.${name} (${attribute.relation}) is not supported`);
      }
      let list = Array.isArray(value) ? value : [value];
      if (isAnyToOne(attribute) && list.length > 1) list = [list.at(-1)];
      const targetModel = this.model(attribute.target);
      const targets = [];
      for (const item of list) {
        const relation = typeof item === 'string' ? { documentId: item } : item;
        for (const target of this.relationTargets(model, entry, targetModel, relation, `${model.uid}.${name}`)) {
          if (!targets.includes(target)) targets.push(target);
        }
      }
      const link = { attributeName: name, attribute, targets: [] };
      entry.links.push(link);
      targets.forEach((target, index) => {
        const order = hasOrderColumn(attribute) ? index + 1 : undefined;
        const inverseOrder = attribute.joinTable.inverseOrderColumnName ? this.nextInverseOrder(attribute.joinTable.name, target.id) : undefined;
        this.pushLink(entry, link, target, order, inverseOrder);
        if (target.model.draftAndPublish && target.status === 'draft') {
          let list = this.incoming.get(target.id + '|' + target.model.table);
          if (!list) this.incoming.set(target.id + '|' + target.model.table, (list = []));
          list.push({ source: entry, link, target, order, inverseOrder });
        }
      });
    }
  }

  /** The rows a relation points at (transform/relations/utils: i18n.js, dp.js). */
  relationTargets(model, entry, targetModel, relation, where) {
    if (!relation.documentId) throw new Error(`bulk-load: ${where} needs documentIds`);
    let locale = null;
    if (targetModel.localized) {
      if (model.localized) locale = entry.locale;
      else locale = relation.locale ?? this.defaultLocale; // default-locale.js setDefaultLocaleToRelations
    }
    let statuses;
    if (!targetModel.draftAndPublish) statuses = ['published'];
    else if (model.draftAndPublish) statuses = [entry.status];
    else if (relation.status) statuses = [relation.status === 'published' ? 'published' : 'draft'];
    else statuses = ['draft', 'published'];
    const found = statuses.map((status) => this.entry(targetModel.uid, relation.documentId, locale, status)).filter(Boolean);
    if (!found.length) throw new Error(`bulk-load: ${where}: document "${relation.documentId}", locale "${locale}" not found`);
    return found;
  }

  nextInverseOrder(tableName, targetId) {
    const key = `${tableName}|${targetId}`;
    const next = (this.inverseOrder.get(key) ?? 0) + 1;
    this.inverseOrder.set(key, next);
    return next;
  }

  pushLink(source, link, target, order, inverseOrder) {
    const { joinTable } = link.attribute;
    const row = { [joinTable.joinColumn.name]: source.id, [joinTable.inverseJoinColumn.name]: target.id };
    if (joinTable.orderColumnName) row[joinTable.orderColumnName] = order ?? null;
    if (joinTable.inverseOrderColumnName) row[joinTable.inverseOrderColumnName] = inverseOrder ?? null;
    this.push(joinTable.name, row);
    link.targets.push({ target, order, inverseOrder });
  }

  /** `documentService.publish({ locale: '*' })` of a document that was never published. */
  publish(model, documentId) {
    for (const locale of model.localized ? LOCALES : [null]) {
      const draft = this.entry(model.uid, documentId, locale, 'draft');
      if (!draft) continue;
      if (this.entry(model.uid, documentId, locale, 'published')) throw new Error(`bulk-load: ${model.uid} ${documentId} is already published`);
      const published = this.insertEntry(model, documentId, locale, 'published', draft.data);

      // The draft's relations, re-resolved to published targets.
      for (const link of draft.links) {
        const { attribute } = link;
        const self = attribute.target === model.uid;
        const keepOrder = self || isBidirectional(attribute);
        const copy = { attributeName: link.attributeName, attribute, targets: [] };
        published.links.push(copy);
        let index = 0;
        for (const { target, order, inverseOrder } of link.targets) {
          let counterpart = target;
          if (target.model.draftAndPublish) {
            counterpart = this.entry(target.model.uid, target.documentId, target.locale, 'published');
            // Not published (yet): a self-referential link is added when the target is published (below);
            // anything else stays unlinked, as in Strapi.
            if (!counterpart) continue;
          }
          index += 1;
          this.pushLink(published, copy, counterpart, keepOrder ? order : hasOrderColumn(attribute) ? index : undefined, inverseOrder);
        }
      }

      // Links from other documents to this draft. A published document linking to it gets a link to the
      // published version when the relation is self-referential (self-referential-relations.js), and
      // keeps none when it is unidirectional. The other cases (a source without draft & publish, or a
      // bidirectional relation from another type) get links Strapi derives in ways not modelled here.
      for (const { source, link, order, inverseOrder } of this.incoming.get(draft.id + '|' + model.table) ?? []) {
        if (source.documentId === documentId && source.model === model) continue;
        const { attribute } = link;
        const sourcePublished = source.model.draftAndPublish ? this.entry(source.model.uid, source.documentId, source.locale, 'published') : source;
        if (!sourcePublished) continue;
        const self = attribute.target === source.model.uid;
        if (!self && (isBidirectional(attribute) || !source.model.draftAndPublish)) {
          throw new Error(`bulk-load: publishing ${model.uid} ${documentId} after ${source.model.uid} ${source.documentId} links to it is not modelled`);
        }
        if (!self) continue;
        let copy = sourcePublished.links.find((l) => l.attributeName === link.attributeName);
        if (!copy) sourcePublished.links.push((copy = { attributeName: link.attributeName, attribute, targets: [] }));
        this.pushLink(sourcePublished, copy, published, order, inverseOrder);
      }
    }
  }
}
