/** What the spreadsheet and HSDS readers share: taxonomy lookups, unknown values, duplicates, entry status. */
import { DuplicateFinder, type DuplicateCandidate } from './duplicates.ts';
import { importText } from './messages.ts';
import { TaxonomyIndex } from './taxonomy.ts';
import type { ImportContext, ImportEntry, ImportMessage, ImportPlan, TaxonomyType } from './types.ts';

export class PlanBuilder {
  readonly plan: ImportPlan;
  readonly taxonomies: Record<TaxonomyType, TaxonomyIndex>;
  private readonly finder: DuplicateFinder;
  private readonly unknown = new Map<string, ImportPlan['unknownValues'][number]>();

  readonly context: ImportContext;

  constructor(context: ImportContext, kind: ImportPlan['kind'], source: string) {
    this.context = context;
    this.plan = { kind, source, entries: [], messages: [], unknownValues: [] };
    this.taxonomies = Object.fromEntries(Object.entries(context.taxonomies).map(([type, terms]) => [type, new TaxonomyIndex(terms)])) as Record<
      TaxonomyType,
      TaxonomyIndex
    >;
    this.finder = new DuplicateFinder(context.existing);
  }

  get language() {
    return this.context.language;
  }

  /** Terms of `taxonomy` a cell names; values that match nothing are reported on the entry and listed. */
  terms(taxonomy: TaxonomyType, cell: string, where: { field: string; label: string; row: number; column?: string; messages: ImportMessage[] }): string[] {
    const { terms, unknown } = this.taxonomies[taxonomy].match(cell);
    for (const value of unknown) {
      where.messages.push({
        level: 'warning',
        row: where.row,
        column: where.column,
        text: importText(this.language, 'unknownValue', { label: where.label, value }),
      });
      const key = `${where.field}\u0000${value.toLowerCase()}`;
      const listed = this.unknown.get(key) ?? { field: where.field, label: where.label, value, rows: [] };
      if (!listed.rows.includes(where.row)) listed.rows.push(where.row);
      this.unknown.set(key, listed);
    }
    return terms.map((term) => term.documentId);
  }

  /**
   * Adds an entry: `error` when any message is an error; else `duplicate` when it matches an organisation
   * in the CMS or an earlier entry of the file (said in a message for each), else `ready`.
   */
  add(entry: Omit<ImportEntry, 'status' | 'duplicates'>, candidate?: DuplicateCandidate): ImportEntry {
    const failed = entry.messages.some((m) => m.level === 'error');
    const duplicates = candidate && !failed ? this.finder.find(candidate) : [];
    for (const match of duplicates) {
      const earlier = match.entryKey ? this.plan.entries.find((e) => e.key === match.entryKey) : undefined;
      const key = earlier
        ? 'duplicateInFile'
        : { kvk: 'duplicateKvk', slug: 'duplicateSlug', 'name-postcode': 'duplicateName', name: 'duplicateSameName' }[match.reason];
      entry.messages.push({
        level: 'warning',
        row: entry.row,
        text: importText(this.language, key as never, { name: match.name, score: Math.round(match.score * 100), row: earlier?.row }),
      });
    }
    const added: ImportEntry = { ...entry, duplicates, status: failed ? 'error' : duplicates.length ? 'duplicate' : 'ready' };
    if (candidate && !failed) this.finder.add(candidate, entry.key);
    this.plan.entries.push(added);
    return added;
  }

  finish(): ImportPlan {
    this.plan.unknownValues = [...this.unknown.values()];
    return this.plan;
  }
}
