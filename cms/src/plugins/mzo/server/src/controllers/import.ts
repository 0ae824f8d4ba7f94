/**
 * The import's routes (../routes; Redacteur only, policy plugin::mzo.is-redacteur):
 * - POST /mzo/import/preview         multipart `files` (a CSV/XLSX, an HSDS .json or .zip, or a data package's
 *                                     files) and optional `mapping` (JSON: { columns, defaults }) → the dry run
 * - GET  /mzo/import/:id             the preview again, with the job's progress once confirmed
 * - POST /mzo/import/:id/confirm     JSON { decisions: { [entryKey]: { action: import|skip|merge, documentId?, entryKey? } } } → 202, the job
 * - POST /mzo/import/:id/cancel      stops the job and removes what it wrote
 */
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { UnreadableFile, type Decision, type SpreadsheetMapping } from '@mzo/content-types/import';
import { languageFor } from '@mzo/content-types/validation';
import type { ImportUser } from '../services/import';

/** More than any spreadsheet of organisations needs; HSDS bundles with long texts fit. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

interface UploadedPart {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

type Ctx = {
  params: Record<string, string>;
  request: { body?: Record<string, unknown>; files?: Record<string, UploadedPart | UploadedPart[]> };
  state: { user: ImportUser };
  body?: unknown;
  status?: number;
  badRequest: (message: string, details?: unknown) => void;
  notFound: () => void;
  conflict?: (message: string) => void;
};

const TEXT = {
  nl: {
    noFile: 'Kies een bestand om in te lezen.',
    tooBig: 'Het bestand is groter dan 25 MB. Verdeel het over meer bestanden.',
    badMapping: 'De koppeling van kolommen kan niet worden gelezen.',
    running: 'Dit bestand wordt al ingelezen.',
  },
  en: {
    noFile: 'Choose a file to import.',
    tooBig: 'The file is larger than 25 MB. Split it into more files.',
    badMapping: 'The column mapping cannot be read.',
    running: 'This file is already being imported.',
  },
};

function parseMapping(value: unknown): SpreadsheetMapping | undefined | null {
  if (value === undefined || value === '') return undefined;
  try {
    const mapping = (typeof value === 'string' ? JSON.parse(value) : value) as SpreadsheetMapping;
    if (!Array.isArray(mapping.columns) || !mapping.columns.every((c) => c === null || typeof c === 'string')) return null;
    if (mapping.defaults !== undefined && (typeof mapping.defaults !== 'object' || Object.values(mapping.defaults).some((v) => typeof v !== 'string')))
      return null;
    return mapping;
  } catch {
    return null;
  }
}

function parseDecisions(value: unknown): Record<string, Decision> | null {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Record<string, Decision> = {};
  for (const [key, decision] of Object.entries(value as Record<string, unknown>)) {
    const d = decision as Record<string, unknown>;
    if (!d || !['import', 'skip', 'merge'].includes(String(d.action))) return null;
    out[key] =
      d.action === 'merge'
        ? {
            action: 'merge',
            ...(typeof d.documentId === 'string' ? { documentId: d.documentId } : {}),
            ...(typeof d.entryKey === 'string' ? { entryKey: d.entryKey } : {}),
          }
        : { action: d.action as 'import' | 'skip' };
  }
  return out;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('mzo').service('import');
  const preview = async (ctx: Ctx) => {
    const language = languageFor(ctx.state.user.preferedLanguage);
    const parts = ([] as UploadedPart[]).concat(ctx.request.files?.files ?? []);
    if (!parts.length) return ctx.badRequest(TEXT[language].noFile);
    if (parts.reduce((sum, part) => sum + part.size, 0) > MAX_UPLOAD_BYTES) return ctx.badRequest(TEXT[language].tooBig);
    const mapping = parseMapping(ctx.request.body?.mapping);
    if (mapping === null) return ctx.badRequest(TEXT[language].badMapping);
    const files = await Promise.all(
      parts.map(async (part) => ({ name: part.originalFilename ?? 'upload', bytes: new Uint8Array(await readFile(part.filepath)) })),
    );
    try {
      ctx.body = await service().preview({ files, mapping, user: ctx.state.user, language });
    } catch (error) {
      if (error instanceof UnreadableFile) return ctx.badRequest(error.message);
      throw error;
    }
  };

  const show = async (ctx: Ctx) => {
    const found = service().find(ctx.params.id, ctx.state.user);
    if (!found) return ctx.notFound();
    ctx.body = service().body(found);
  };

  const confirm = async (ctx: Ctx) => {
    const found = service().find(ctx.params.id, ctx.state.user);
    if (!found) return ctx.notFound();
    const language = found.language;
    if (found.job) {
      ctx.status = 409;
      ctx.body = { error: { status: 409, name: 'ConflictError', message: TEXT[language].running }, job: found.job };
      return;
    }
    const decisions = parseDecisions(ctx.request.body?.decisions);
    if (!decisions) return ctx.badRequest('decisions');
    const job = service().confirm(found, decisions, ctx.state.user);
    ctx.status = 202;
    ctx.body = { id: found.id, job };
  };

  const cancel = async (ctx: Ctx) => {
    const found = service().find(ctx.params.id, ctx.state.user);
    if (!found) return ctx.notFound();
    service().cancel(found);
    ctx.body = { id: found.id, job: found.job ?? null };
  };

  return { preview, show, confirm, cancel };
};
