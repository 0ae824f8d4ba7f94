/**
 * Importing organisations (the Redacteur's screen “Organisaties inlezen”): a dry-run preview of an upload,
 * then a job that writes the editor's decisions as drafts. The work is in ./import/: reading the CMS's
 * taxonomies and organisations (context), the preview's PDOK lookup (addresses), previews and jobs (jobs).
 */
import type { Core } from '@strapi/strapi';
import type { Decision, SpreadsheetMapping, UploadedFile } from '@mzo/content-types/import';
import type { Language } from '@mzo/content-types/validation';
import { cancelImport, createPreview, findPreview, previewBody, startImport, type ImportUser, type Preview } from './import/jobs';

export type { ImportUser, Preview };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Reads, checks and keeps an upload; throws UnreadableFile (with the reason for the editor) for a file it cannot read. */
  async preview(input: { files: UploadedFile[]; mapping?: SpreadsheetMapping; user: ImportUser; language: Language }) {
    return previewBody(await createPreview(strapi, input));
  },
  /** The preview `id` of this user (no one else's), or undefined. */
  find(id: string, user: ImportUser): Preview | undefined {
    return findPreview(id, user);
  },
  body: previewBody,
  confirm(preview: Preview, decisions: Record<string, Decision>, user: ImportUser) {
    return startImport(strapi, preview, decisions, user);
  },
  cancel: cancelImport,
});
