/**
 * The import as the Redacteur runs it: a dry-run preview of an uploaded file (read, checked, matched,
 * de-duplicated, addresses looked up; nothing written), then, on confirm, a job that writes what the
 * editor decided as drafts through the Document Service (so every input rule of the admin applies),
 * entry by entry: a failed entry leaves nothing of itself, is reported, and the others go on. Cancelling removes what
 * the job wrote, so no half import stays behind. Nothing is ever published.
 *
 * Previews and jobs live in this process's memory for two hours: an import is one editor's session,
 * and a restart just means uploading the file again.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, TYPES } from '@mzo/content-types';
import {
  IMPORT_TARGETS,
  applyDecisions,
  fillEmpty,
  isConsultationList,
  isHsdsUpload,
  mappingToRemember,
  planHsds,
  planSpreadsheet,
  readHsds,
  readSpreadsheet,
  sourceNote,
  suggestMapping,
  type Decision,
  type ImportPlan,
  type PlannedDocument,
  type SpreadsheetMapping,
  type UploadedFile,
  type WriteStep,
} from '@mzo/content-types/import';
import type { Language } from '@mzo/content-types/validation';
import { todayInUtrecht } from '@mzo/content-types/dates';
import { checkAddresses } from './addresses';
import { ORGANISATION_UID, importContext } from './context';

const TYPE_BY_NAME = new Map(TYPES.map((type) => [type.name, type]));
const KEEP_FOR_MS = 2 * 60 * 60 * 1000;
const MAX_PREVIEWS = 20;

export interface ImportUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
  preferedLanguage?: string | null;
  roles?: { code: string }[];
}

export interface EntryResult {
  status: 'created' | 'merged' | 'failed';
  documentId?: string;
  message?: string;
}

export interface ImportJob {
  state: 'running' | 'done' | 'cancelling' | 'cancelled' | 'failed';
  total: number;
  done: number;
  results: Record<string, EntryResult>;
  /** Links that point at something not written (a skipped or failed entry), said per entry. */
  messages: { key: string; text: string }[];
  startedAt: string;
  finishedAt?: string;
  error?: string;
}

export interface Preview {
  id: string;
  userId: number;
  language: Language;
  createdAt: number;
  plan: ImportPlan;
  headers?: string[];
  mapping?: SpreadsheetMapping;
  job?: ImportJob;
  cancel?: boolean;
}

const previews = new Map<string, Preview>();

function forget(now = Date.now()) {
  for (const [id, preview] of previews) if (now - preview.createdAt > KEEP_FOR_MS && preview.job?.state !== 'running') previews.delete(id);
  const oldest = [...previews.values()].filter((p) => p.job?.state !== 'running').sort((a, b) => a.createdAt - b.createdAt);
  while (previews.size >= MAX_PREVIEWS && oldest.length) previews.delete(oldest.shift()!.id);
}

export function findPreview(id: string, user: ImportUser): Preview | undefined {
  const preview = previews.get(id);
  return preview && preview.userId === user.id ? preview : undefined;
}

const mappingStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'mzo-import', key: 'column-mapping' });

/** The headers → fields the editors chose before (by headerKey). */
export async function rememberedMapping(strapi: Core.Strapi): Promise<Record<string, string | null>> {
  return ((await mappingStore(strapi).get({})) as Record<string, string | null> | null) ?? {};
}

/** Reads and plans an upload, looks its addresses up, and keeps it for confirming. Throws UnreadableFile for a file it cannot read. */
export async function createPreview(
  strapi: Core.Strapi,
  { files, mapping, user, language }: { files: UploadedFile[]; mapping?: SpreadsheetMapping; user: ImportUser; language: Language },
): Promise<Preview> {
  forget();
  const context = await importContext(strapi, language);
  const source = files.map((f) => f.name).join(', ');
  let plan: ImportPlan;
  let headers: string[] | undefined;
  let column: string | undefined;
  if (isHsdsUpload(files)) {
    plan = planHsds(readHsds(files, language), context, source);
  } else {
    const sheet = await readSpreadsheet(files[0], language);
    headers = sheet.headers;
    const columns = mapping?.columns && mapping.columns.length === headers.length ? mapping.columns : suggestMapping(headers, await rememberedMapping(strapi));
    mapping = { columns, ...(mapping?.defaults ? { defaults: mapping.defaults } : {}) };
    plan = planSpreadsheet(sheet, mapping, context, source);
    const addressColumn = ['address.postcode', 'address', 'address.houseNumber'].map((key) => columns.indexOf(key)).find((i) => i >= 0);
    column = addressColumn === undefined ? undefined : headers[addressColumn];
  }
  await checkAddresses(plan, context, { column });
  const preview: Preview = { id: randomUUID(), userId: user.id, language, createdAt: Date.now(), plan, headers, mapping };
  previews.set(preview.id, preview);
  return preview;
}

/** The preview as the screen shows it: every entry with its messages, without the documents' data. */
export function previewBody(preview: Preview) {
  const { plan, language } = preview;
  const count = (status: string) => plan.entries.filter((e) => e.status === status).length;
  return {
    id: preview.id,
    kind: plan.kind,
    source: plan.source,
    headers: preview.headers,
    mapping: preview.mapping,
    targets: preview.headers ? IMPORT_TARGETS.map((t) => ({ key: t.key, label: t.label[language] })) : undefined,
    messages: plan.messages,
    unknownValues: plan.unknownValues,
    counts: { total: plan.entries.length, ready: count('ready'), duplicate: count('duplicate'), error: count('error') },
    entries: plan.entries.map((entry) => {
      const main = entry.documents[0];
      const address = main?.data.address as Record<string, unknown> | undefined;
      return {
        key: entry.key,
        row: entry.row,
        label: entry.label,
        kind: entry.kind,
        status: entry.status,
        postcode: address?.postcode ?? null,
        documents: entry.documents.map((d) => ({ type: d.type, label: d.label })),
        duplicates: entry.duplicates,
        messages: entry.messages,
      };
    }),
    job: preview.job,
  };
}

// ---------------------------------------------------------------------------------------------------
// Writing

type Uid = Parameters<Core.Strapi['documents']>[0];
type Entry = Record<string, unknown>;

interface Written {
  uid: string;
  documentId: string;
  localized: boolean;
}

interface MergedInto {
  documentId: string;
  /** The values the merge replaced (all empty, and the editor notes), to put back on cancel. */
  before: Entry;
}

interface Deferred {
  key: string;
  uid: string;
  documentId: string;
  localized: boolean;
  field: string;
  single: boolean;
  refs: string[];
}

const relationOf = (type: string, field: string) =>
  (TYPE_BY_NAME.get(type)!.attributes as unknown as Record<string, { attribute: { type: string; relation?: string; target?: string } }>)[field]?.attribute;

/** A relation's value as the Document Service takes it: documentIds, with the locale when the source has none. */
function relationValue(type: string, field: string, documentIds: string[]) {
  const definition = TYPE_BY_NAME.get(type)!;
  const attribute = relationOf(type, field);
  const single = attribute?.relation === 'manyToOne' || attribute?.relation === 'oneToOne';
  const items = definition.localized ? documentIds : documentIds.map((documentId) => ({ documentId, locale: DEFAULT_LOCALE }));
  return single ? (items[0] ?? null) : items;
}

const userName = (user: ImportUser) => [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `#${user.id}`;

/** The editor notes of an imported organisation: the source note first, then what the file said. */
function withNote(note: string, notes: unknown): string {
  const text = typeof notes === 'string' && notes.trim() ? `${note}\n\n${notes}` : note;
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}

class ImportWriter {
  readonly refs = new Map<string, string>();
  readonly written: Written[] = [];
  readonly merged: MergedInto[] = [];
  readonly deferred: Deferred[] = [];

  private readonly strapi: Core.Strapi;
  private readonly preview: Preview;
  private readonly aliases: Record<string, string>;
  private readonly note: (row: number, ref: string) => string;

  constructor(strapi: Core.Strapi, preview: Preview, aliases: Record<string, string>, user: ImportUser) {
    this.strapi = strapi;
    this.preview = preview;
    this.aliases = aliases;
    const date = todayInUtrecht();
    const file = preview.plan.source;
    this.note = (row, ref) =>
      sourceNote(preview.language, {
        date,
        file,
        user: userName(user),
        ...(preview.plan.kind === 'hsds' ? { record: ref.replace(/^[a-z]+:/, '') } : { row }),
      });
  }

  private resolve(ref: string) {
    return this.refs.get(this.aliases[ref] ?? ref);
  }

  /**
   * Writes one entry, each document through the Document Service; when one of them is refused, what
   * the entry wrote so far is removed again and the error says why. (Not one database transaction: on
   * SQLite's single connection a job holding one would keep every other request of the admin waiting.)
   */
  async write(step: WriteStep): Promise<EntryResult> {
    const refs = new Map<string, string>();
    const written: Written[] = [];
    const deferred: Deferred[] = [];
    let merged: MergedInto | undefined;
    const [main] = step.entry.documents;
    try {
      for (const doc of step.entry.documents) {
        if (doc === main && step.into) {
          merged = await this.mergeInto(step.into, doc, step.entry.row);
          refs.set(doc.ref, step.into);
          continue;
        }
        const definition = TYPE_BY_NAME.get(doc.type)!;
        const data: Entry = { ...doc.data };
        if (doc.type === 'organisation') data.editorNotes = withNote(this.note(step.entry.row, doc.ref), data.editorNotes);
        const later: Omit<Deferred, 'documentId'>[] = [];
        for (const [field, linked] of Object.entries(doc.links)) {
          const ids = linked.map((ref) => refs.get(ref) ?? this.resolve(ref));
          const known = ids.filter(Boolean) as string[];
          if (known.length) data[field] = relationValue(doc.type, field, known);
          const missing = linked.filter((_, i) => !ids[i]);
          const single = relationOf(doc.type, field)?.relation === 'manyToOne';
          if (missing.length && !(single && known.length))
            later.push({ key: step.entry.key, uid: definition.uid, localized: definition.localized, field, single, refs: missing });
        }
        const created = (await this.strapi.documents(definition.uid as Uid).create({
          data,
          ...(definition.localized ? { locale: DEFAULT_LOCALE } : {}),
        } as never)) as { documentId: string };
        refs.set(doc.ref, created.documentId);
        written.push({ uid: definition.uid, documentId: created.documentId, localized: definition.localized });
        for (const link of later) deferred.push({ ...link, documentId: created.documentId });
      }
    } catch (error) {
      await this.remove(written, merged ? [merged] : []);
      throw error;
    }
    for (const [ref, id] of refs) this.refs.set(ref, id);
    this.written.push(...written);
    this.deferred.push(...deferred);
    if (merged) this.merged.push(merged);
    return step.into ? { status: 'merged', documentId: step.into } : { status: 'created', documentId: refs.get(main.ref) };
  }

  /** Fills the empty fields of an organisation in the CMS (its draft) from the entry; its notes get the source note. */
  private async mergeInto(documentId: string, doc: PlannedDocument, row: number): Promise<MergedInto> {
    const relations = Object.keys(doc.data).filter((field) => relationOf(doc.type, field)?.type === 'relation');
    const current = (await this.strapi.documents(ORGANISATION_UID as Uid).findOne({
      documentId,
      locale: DEFAULT_LOCALE,
      status: 'draft',
      populate: Object.fromEntries(relations.map((field) => [field, { fields: ['documentId'] }])),
    } as never)) as Entry | null;
    if (!current) throw new Error(`organisation ${documentId} is no longer in the CMS`);
    const comparable: Entry = { ...current };
    for (const field of relations) {
      const value = current[field];
      comparable[field] = Array.isArray(value) ? value.map((v: Entry) => v.documentId) : value ? (value as Entry).documentId : null;
    }
    const { data } = fillEmpty(doc.type, comparable, doc.data, this.preview.language, row);
    const before: Entry = { editorNotes: current.editorNotes ?? null };
    for (const field of Object.keys(data))
      before[field] = relations.includes(field) ? (Array.isArray(comparable[field]) ? [] : null) : (current[field] ?? null);
    data.editorNotes = withNote(this.note(row, doc.ref), current.editorNotes);
    await this.strapi.documents(ORGANISATION_UID as Uid).update({ documentId, locale: DEFAULT_LOCALE, data } as never);
    return { documentId, before };
  }

  /** Links between entries written in either order; a link to an entry that was not written is dropped and said. */
  async linkAcross(messages: ImportJob['messages']) {
    for (const link of this.deferred) {
      const ids = link.refs.map((ref) => this.resolve(ref));
      const known = ids.filter(Boolean) as string[];
      if (known.length < ids.length) messages.push({ key: link.key, text: `${link.field}: ${link.refs.filter((_, i) => !ids[i]).join(', ')}` });
      if (!known.length) continue;
      const type = TYPES.find((t) => t.uid === link.uid)!;
      const value = link.single ? relationValue(type.name, link.field, known) : { connect: relationValue(type.name, link.field, known) };
      try {
        await this.strapi.documents(link.uid as Uid).update({
          documentId: link.documentId,
          ...(link.localized ? { locale: DEFAULT_LOCALE } : {}),
          data: { [link.field]: value },
        } as never);
      } catch (error) {
        messages.push({ key: link.key, text: `${link.field}: ${(error as Error).message}` });
      }
    }
  }

  /** Removes written documents (last first) and puts merged organisations back as they were. */
  private async remove(written: Written[], merged: MergedInto[]) {
    for (const item of [...written].reverse()) {
      await this.strapi.documents(item.uid as Uid).delete({ documentId: item.documentId, ...(item.localized ? { locale: '*' } : {}) } as never);
    }
    for (const item of [...merged].reverse()) {
      await this.strapi.documents(ORGANISATION_UID as Uid).update({ documentId: item.documentId, locale: DEFAULT_LOCALE, data: item.before } as never);
    }
  }

  /** Removes every document the job wrote and puts merged organisations back as they were. */
  async undo() {
    await this.remove(this.written, this.merged);
  }
}

/**
 * Starts writing what the editor decided. Runs after the response, in a context of its own: the writes
 * are the editor's (their language, their roles), and the addresses were looked up in the preview.
 */
export function startImport(strapi: Core.Strapi, preview: Preview, decisions: Record<string, Decision>, user: ImportUser): ImportJob {
  const { steps, aliases } = applyDecisions(preview.plan, decisions, preview.language);
  const job: ImportJob = { state: 'running', total: steps.length, done: 0, results: {}, messages: [], startedAt: new Date().toISOString() };
  preview.job = job;
  preview.cancel = false;
  // Our own consultation list is linked by what its columns mean there; its `themas` say nothing about another file's.
  if (preview.headers && preview.mapping && !isConsultationList(preview.headers)) void rememberMapping(strapi, preview.headers, preview.mapping.columns);
  const writer = new ImportWriter(strapi, preview, aliases, user);
  const context = { state: { user, auth: { strategy: { name: 'admin' } }, addressesChecked: true } };
  const run = async () => {
    for (const step of steps) {
      // Let the admin's other requests in between (SQLite has one connection; a poll must not wait for the whole job).
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (preview.cancel) break;
      try {
        job.results[step.entry.key] = await writer.write(step);
      } catch (error) {
        job.results[step.entry.key] = { status: 'failed', message: (error as Error).message };
      }
      job.done++;
    }
    if (!preview.cancel) await writer.linkAcross(job.messages);
    if (preview.cancel) {
      job.state = 'cancelling';
      await writer.undo();
      job.state = 'cancelled';
      for (const result of Object.values(job.results)) if (result.status !== 'failed') delete result.documentId;
    } else job.state = 'done';
  };
  void strapi.requestContext
    .run(context as never, run)
    .catch((error: Error) => {
      job.state = 'failed';
      job.error = error.message;
      strapi.log.error(`Import ${preview.id} failed: ${error.stack ?? error.message}`);
    })
    .finally(() => {
      job.finishedAt = new Date().toISOString();
    });
  return job;
}

async function rememberMapping(strapi: Core.Strapi, headers: string[], columns: (string | null)[]) {
  const remembered = await rememberedMapping(strapi);
  await mappingStore(strapi).set({ value: { ...remembered, ...mappingToRemember(headers, columns) } });
}

/** Asks a running job to stop; what it wrote is removed. */
export function cancelImport(preview: Preview) {
  if (preview.job?.state === 'running') preview.cancel = true;
}
