/**
 * The editor's decisions applied to a plan: which entries are written as new drafts, which are merged
 * into an organisation already in the CMS, which into an earlier entry of the same file, and which are
 * left out. Merging never overwrites: it fills what is empty and says what differs.
 */
import type { Language } from '../validation.ts';
import { fieldLabel } from './check.ts';
import { importText } from './messages.ts';
import type { Decision, ImportEntry, ImportMessage, ImportPlan, PlannedDocument } from './types.ts';

/** One entry to write: as new documents, or its main document merged into `into` (a documentId in the CMS). */
export interface WriteStep {
  entry: ImportEntry;
  into?: string;
}

export interface DecidedPlan {
  steps: WriteStep[];
  /** Keys of the entries left out (skipped, refused, or merged into an earlier entry). */
  skipped: string[];
  /** A merged entry's main document ref → the ref it now is, for links from other entries. */
  aliases: Record<string, string>;
}

/** What an entry gets when the editor chose nothing: ready entries are imported, the others are not. */
export function defaultDecision(entry: Pick<ImportEntry, 'status'>): Decision {
  return entry.status === 'ready' ? { action: 'import' } : { action: 'skip' };
}

const isEmptyValue = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

const shown = (value: unknown) => (typeof value === 'object' ? JSON.stringify(value).slice(0, 60) : String(value).slice(0, 60));

/**
 * The fields of `incoming` that `current` has empty, and a message for each field where both have a
 * different value (the current one stays). Relations compare as lists of documentIds.
 */
export function fillEmpty(
  type: PlannedDocument['type'],
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
  language: Language,
  row?: number,
): { data: Record<string, unknown>; messages: ImportMessage[] } {
  const data: Record<string, unknown> = {};
  const messages: ImportMessage[] = [];
  for (const [field, value] of Object.entries(incoming)) {
    if (isEmptyValue(value)) continue;
    const now = current[field];
    if (isEmptyValue(now)) data[field] = value;
    else if (JSON.stringify(now) !== JSON.stringify(value) && field !== 'editorNotes' && field !== 'slug') {
      messages.push({
        level: 'info',
        row,
        text: importText(language, 'mergeConflict', { label: fieldLabel(type, field, language), current: shown(now), value: shown(value) }),
      });
    }
  }
  return { data, messages };
}

/**
 * Applies `decisions` (by entry key; missing ones get defaultDecision) to the plan. An entry merged into
 * an earlier entry of the file adds its empty-filling fields and its contacts, activities and rooms to
 * that entry; merged into the CMS it becomes a step with `into`. Entries with errors are never written.
 */
export function applyDecisions(plan: ImportPlan, decisions: Record<string, Decision>, language: Language): DecidedPlan {
  const entries = plan.entries.map((entry) => ({
    ...entry,
    documents: entry.documents.map((d) => ({ ...d, data: { ...d.data }, links: { ...d.links } })),
    messages: [...entry.messages],
  }));
  const steps = new Map<string, WriteStep>();
  const skipped: string[] = [];
  const aliases: Record<string, string> = {};
  for (const entry of entries) {
    const decision = decisions[entry.key] ?? defaultDecision(entry);
    if (entry.status === 'error' || !entry.documents.length || decision.action === 'skip') {
      skipped.push(entry.key);
      continue;
    }
    if (decision.action === 'import') {
      steps.set(entry.key, { entry });
      continue;
    }
    const match =
      entry.duplicates.find((d) =>
        decision.documentId ? d.documentId === decision.documentId : decision.entryKey ? d.entryKey === decision.entryKey : true,
      ) ?? undefined;
    if (!match) {
      // A merge into something the entry is no duplicate of is not what the preview showed: leave it out.
      skipped.push(entry.key);
      continue;
    }
    if (match.documentId) {
      steps.set(entry.key, { entry, into: match.documentId });
      continue;
    }
    const target = steps.get(match.entryKey!);
    if (!target) {
      // The earlier entry is not written: this one takes its place.
      steps.set(entry.key, { entry });
      continue;
    }
    const [main, ...rest] = entry.documents;
    const [targetMain] = target.entry.documents;
    const filled = fillEmpty(main.type, targetMain.data, main.data, language, entry.row);
    Object.assign(targetMain.data, filled.data);
    target.entry.messages.push(...filled.messages);
    aliases[main.ref] = targetMain.ref;
    for (const document of rest) {
      for (const [field, refs] of Object.entries(document.links)) document.links[field] = refs.map((ref) => (ref === main.ref ? targetMain.ref : ref));
      target.entry.documents.push(document);
    }
    skipped.push(entry.key);
  }
  return { steps: [...steps.values()], skipped, aliases };
}

/** The note an imported organisation carries: when, from which file and row or record, by whom. */
export function sourceNote(
  language: Language,
  { date, file, row, record, user }: { date: string; file: string; row?: number; record?: string; user: string },
): string {
  const where = record !== undefined ? importText(language, 'sourceRecord', { id: record }) : importText(language, 'sourceRow', { row });
  return importText(language, 'sourceNote', { date, file, where, user });
}
