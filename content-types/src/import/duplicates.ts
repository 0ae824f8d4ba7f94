/**
 * Is this organisation already known? The same KvK number, the same web address (slug), or a name that
 * is nearly the same at the same postcode; when a postcode is missing, the same name. Two different KvK
 * numbers are two organisations, however alike their names.
 */
import { distance } from 'fastest-levenshtein';
import { normaliseKvk, normalisePostcode } from '../validation.ts';
import { matchKey } from './text.ts';
import type { DuplicateMatch } from './types.ts';

/** Names at the same postcode that are at least this similar (0–1) count as the same organisation. */
export const NAME_SIMILARITY_THRESHOLD = 0.85;

/** Words that say what kind of organisation it is rather than which one. */
const LEGAL_FORM_WORDS = new Set(['stichting', 'st', 'vereniging', 'ver', 'vzw', 'foundation', 'association', 'bv']);

/** `Stichting Al-Amal` → `al amal`: the part of a name that tells organisations apart. */
export function organisationNameKey(name: string): string {
  const words = matchKey(name).split(' ');
  const kept = words.filter((word) => !LEGAL_FORM_WORDS.has(word));
  return (kept.length ? kept : words).join(' ');
}

/** How alike two organisation names are, 0–1 (1 − Levenshtein distance / length of the longer name key). */
export function nameSimilarity(a: string, b: string): number {
  const [x, y] = [organisationNameKey(a), organisationNameKey(b)];
  if (!x || !y) return 0;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

export interface DuplicateCandidate {
  name: string;
  kvkNumber?: string | null;
  postcode?: string | null;
  slug?: string | null;
}

interface Known extends DuplicateCandidate {
  documentId?: string;
  entryKey?: string;
  nameKey: string;
  postcodeKey: string;
  kvkKey: string;
}

const keyOf = {
  kvk: (value: string | null | undefined) => (value ? normaliseKvk(value) : ''),
  postcode: (value: string | null | undefined) => (value ? normalisePostcode(value) : ''),
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Finds duplicates among the CMS's organisations and the entries of the file added so far. */
export class DuplicateFinder {
  private readonly byKvk = new Map<string, Known[]>();
  private readonly bySlug = new Map<string, Known[]>();
  private readonly byPostcode = new Map<string, Known[]>();
  private readonly byName = new Map<string, Known[]>();

  constructor(existing: (DuplicateCandidate & { documentId: string })[] = []) {
    for (const organisation of existing) this.remember(organisation, { documentId: organisation.documentId });
  }

  private remember(candidate: DuplicateCandidate, where: { documentId?: string; entryKey?: string }) {
    const known: Known = {
      ...candidate,
      ...where,
      nameKey: organisationNameKey(candidate.name),
      postcodeKey: keyOf.postcode(candidate.postcode),
      kvkKey: keyOf.kvk(candidate.kvkNumber),
    };
    push(this.byKvk, known.kvkKey, known);
    push(this.bySlug, candidate.slug ?? '', known);
    push(this.byPostcode, known.postcodeKey, known);
    push(this.byName, known.nameKey, known);
  }

  /** Adds an entry of the file, so later rows are compared with it too. */
  add(candidate: DuplicateCandidate, entryKey: string) {
    this.remember(candidate, { entryKey });
  }

  /** Every known organisation the candidate may be, most certain first, each once. */
  find(candidate: DuplicateCandidate): DuplicateMatch[] {
    const kvk = keyOf.kvk(candidate.kvkNumber);
    const postcode = keyOf.postcode(candidate.postcode);
    const nameKey = organisationNameKey(candidate.name);
    const matches = new Map<Known, DuplicateMatch>();
    const note = (known: Known, reason: DuplicateMatch['reason']) => {
      if (matches.has(known)) return;
      matches.set(known, {
        ...(known.documentId ? { documentId: known.documentId } : { entryKey: known.entryKey }),
        name: known.name,
        reason,
        score: Math.round(nameSimilarity(candidate.name, known.name) * 100) / 100,
      });
    };
    const differentKvk = (known: Known) => Boolean(kvk && known.kvkKey && kvk !== known.kvkKey);
    for (const known of this.byKvk.get(kvk) ?? []) note(known, 'kvk');
    for (const known of this.bySlug.get(candidate.slug ?? '') ?? []) if (!differentKvk(known)) note(known, 'slug');
    for (const known of this.byPostcode.get(postcode) ?? []) {
      if (!differentKvk(known) && nameSimilarity(candidate.name, known.name) >= NAME_SIMILARITY_THRESHOLD) note(known, 'name-postcode');
    }
    for (const known of this.byName.get(nameKey) ?? []) {
      if (!differentKvk(known) && (!postcode || !known.postcodeKey)) note(known, 'name');
    }
    return [...matches.values()];
  }
}
