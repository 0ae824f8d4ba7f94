/** Matching a file's values to the CMS's taxonomies (themes, wijken, communities, languages, target groups). */
import { matchKey } from './text.ts';
import type { TaxonomyTerm } from './types.ts';

/** Looks terms up by name (in any language given), slug or code, ignoring case, accents and punctuation. */
export class TaxonomyIndex {
  private readonly byKey = new Map<string, TaxonomyTerm>();

  readonly terms: TaxonomyTerm[];

  constructor(terms: TaxonomyTerm[]) {
    this.terms = terms;
    // Exact keys first (slug, code), names after, so a name never hides another term's slug.
    for (const term of terms) for (const key of [term.slug, term.code]) this.add(key, term);
    for (const term of terms) for (const key of [term.name, ...(term.otherNames ?? [])]) this.add(key, term);
  }

  private add(value: string | null | undefined, term: TaxonomyTerm) {
    if (!value) return;
    const key = matchKey(value);
    if (key && !this.byKey.has(key)) this.byKey.set(key, term);
  }

  /** The term a value names, or undefined. */
  find(value: string): TaxonomyTerm | undefined {
    return this.byKey.get(matchKey(value));
  }

  /**
   * The terms a cell names: the whole cell when it is one term's name, else its parts split on `;`, `|`
   * or line breaks, and a part that is no name split again on `,` and ` / ` (not inside brackets, as in
   * “Farsi (Perzisch, ook Dari)”). Values that match nothing are returned as unknown.
   */
  match(cell: string): { terms: TaxonomyTerm[]; unknown: string[] } {
    const terms: TaxonomyTerm[] = [];
    const unknown: string[] = [];
    const take = (value: string) => {
      const term = this.find(value);
      if (!term) return false;
      if (!terms.includes(term)) terms.push(term);
      return true;
    };
    if (take(cell)) return { terms, unknown };
    for (const part of splitList(cell, /[;|\n]/)) {
      if (take(part)) continue;
      for (const value of splitList(part, /,(?![^()]*\))|\s\/\s/)) if (!take(value)) unknown.push(value);
    }
    return { terms, unknown };
  }
}

/** Non-empty, trimmed parts of `cell` split on `separator`. */
function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The values of a cell that holds a list (`;`, `,`, `|` or line breaks between them). */
export function splitValues(cell: string): string[] {
  return splitList(cell, /[;|\n]|,(?![^()]*\))/);
}
