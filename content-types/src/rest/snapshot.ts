import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LOCALES, PUBLIC_TYPES } from '../index.ts';
import { CmsError } from './errors.ts';
import { fetchCollection, type CmsOptions } from './fetch-collection.ts';

type PublicType = (typeof PUBLIC_TYPES)[number];

/** All published content the site is built from, as fetched from the CMS or read from a snapshot file. */
export interface Snapshot {
  generatedAt: string;
  source: string;
  /** Per type name: every entry; localized types carry one entry per locale (`entry.locale`). */
  collections: Record<string, Record<string, unknown>[]>;
}

/** Fetches all public content of every public type in every locale. */
export async function fetchSnapshot(options: CmsOptions): Promise<Snapshot> {
  const collections: Snapshot['collections'] = {};
  for (const type of PUBLIC_TYPES as readonly PublicType[]) {
    const entries: Record<string, unknown>[] = [];
    for (const locale of type.localized ? LOCALES : [undefined]) {
      entries.push(...((await fetchCollection(type, locale, options)) as Record<string, unknown>[]));
    }
    collections[type.name] = entries;
  }
  return { generatedAt: new Date().toISOString(), source: options.baseUrl, collections };
}

/** Writes a snapshot atomically (a half-written file is never read). */
export function writeSnapshot(file: string, snapshot: Snapshot) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshot));
  renameSync(temporary, file);
}

/** Reads a snapshot file and validates every entry again, so a stale or edited file fails loudly. */
export function readSnapshot(file: string): Snapshot {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CmsError(`The content snapshot ${file} could not be read: ${(error as Error).message}`, file, { cause: error });
  }
  for (const type of PUBLIC_TYPES as readonly PublicType[]) {
    const entries = snapshot.collections?.[type.name];
    if (!Array.isArray(entries)) throw new CmsError(`The content snapshot ${file} has no "${type.name}" entries.`, file);
    entries.forEach((entry, index) => {
      const result = type.schema.safeParse(entry);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new CmsError(
          `Invalid entry in ${file}: ${type.name} #${index} (${String(entry.documentId ?? '?')}), field "${issue.path.join('.')}": ${issue.message}.`,
          file,
        );
      }
    });
  }
  return snapshot;
}
