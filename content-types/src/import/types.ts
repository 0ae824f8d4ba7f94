/** The shapes an import passes around: what the CMS tells it, what it plans, and what the editor decides. */
import type { Language } from '../validation.ts';

/** The content types an import writes. */
export type ImportType = 'organisation' | 'activity' | 'room' | 'contact-person';

/** The taxonomies rows are matched to (content type names). */
export type TaxonomyType = 'theme' | 'wijk' | 'community' | 'language' | 'target-group';

export interface TaxonomyTerm {
  documentId: string;
  name: string;
  slug?: string | null;
  /** CBS code of a wijk, ISO code of a language. */
  code?: string | null;
  /** Names of the same term in other languages, also recognised. */
  otherNames?: string[];
}

/** An organisation already in the CMS, as far as duplicate detection needs it. */
export interface ExistingOrganisation {
  documentId: string;
  name: string;
  slug?: string | null;
  kvkNumber?: string | null;
  postcode?: string | null;
}

/** What the CMS tells the import: its taxonomies, the organisations it holds, and who reads the messages. */
export interface ImportContext {
  language: Language;
  /** "Today", for the founded-year rule and the source note. */
  now: Date;
  taxonomies: Record<TaxonomyType, TaxonomyTerm[]>;
  existing: ExistingOrganisation[];
  /** Visibility given to every imported contact person: never `public`. */
  contactVisibility?: 'hidden' | 'officials';
}

export type Level = 'error' | 'warning' | 'info';

/** One thing the editor should know: which row (and column) it is about, and why. */
export interface ImportMessage {
  level: Level;
  /** The spreadsheet row (header = 1) or the record's position in its HSDS table (1 = first). */
  row?: number;
  /** The spreadsheet's column header, or `table.field` for HSDS. */
  column?: string;
  text: string;
}

/** One document to create. Relations to taxonomy terms and CMS documents are in `data` as documentIds. */
export interface PlannedDocument {
  /** Unique within the plan; other documents link to it by this. */
  ref: string;
  type: ImportType;
  /** Name or title, for the preview and messages. */
  label: string;
  data: Record<string, unknown>;
  /** Relations to other planned documents (in this entry or another): field → refs. */
  links: Record<string, string[]>;
}

export interface DuplicateMatch {
  /** The organisation in the CMS it matches, or… */
  documentId?: string;
  /** …the earlier entry of the same file it matches. */
  entryKey?: string;
  name: string;
  reason: 'kvk' | 'slug' | 'name-postcode' | 'name';
  /** Name similarity, 0–1. */
  score: number;
}

/** One row of the preview: an organisation (with its contacts, activities and rooms) or a room on its own. */
export interface ImportEntry {
  key: string;
  row: number;
  label: string;
  kind: 'organisation' | 'room';
  /** ready: can be imported; duplicate: found in the CMS or earlier in the file; error: cannot be imported. */
  status: 'ready' | 'duplicate' | 'error';
  /** The main document first, then the ones that belong to it. */
  documents: PlannedDocument[];
  messages: ImportMessage[];
  duplicates: DuplicateMatch[];
}

export interface ImportPlan {
  kind: 'spreadsheet' | 'hsds';
  /** File name(s) it was read from. */
  source: string;
  entries: ImportEntry[];
  /** About the file as a whole. */
  messages: ImportMessage[];
  /** Taxonomy values that matched nothing, per field: the value and the rows it is in. */
  unknownValues: { field: string; label: string; value: string; rows: number[] }[];
}

/** What the editor chose for an entry: import it, skip it, or merge it into a duplicate. */
export type Decision = { action: 'import' } | { action: 'skip' } | { action: 'merge'; documentId?: string; entryKey?: string };
