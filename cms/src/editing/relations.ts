/**
 * Strapi accepts a relation in many shapes: a documentId, a numeric id, `{ documentId }`, `{ id }`,
 * a list of those (the new set), or `{ connect, disconnect, set }` as the admin panel sends it. These
 * pure helpers turn any of them into the list of related documentIds the entry will have.
 */

export type RelationRef = string | number | { id?: number | string; documentId?: string };

export interface RelationChange {
  /** Replaces the current list (a plain list or `set`). */
  set?: RelationRef[];
  connect: RelationRef[];
  disconnect: RelationRef[];
}

const asList = (value: unknown): RelationRef[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]) as RelationRef[];

/** The change a relation input asks for; `null` and `[]` clear the relation. */
export function parseRelationInput(value: unknown): RelationChange {
  if (value === null) return { set: [], connect: [], disconnect: [] };
  if (Array.isArray(value) || typeof value !== 'object' || 'documentId' in value || 'id' in value) {
    return { set: asList(value), connect: [], disconnect: [] };
  }
  const { set, connect, disconnect } = value as { set?: unknown; connect?: unknown; disconnect?: unknown };
  return { ...(set !== undefined ? { set: asList(set) } : {}), connect: asList(connect), disconnect: asList(disconnect) };
}

/** Every reference a change mentions. */
export function refsOf(change: RelationChange): RelationRef[] {
  return [...(change.set ?? []), ...change.connect, ...change.disconnect];
}

/** Numeric ids (row ids) a change mentions without their documentId, to be looked up. */
export function rowIdsToResolve(change: RelationChange): number[] {
  const ids = new Set<number>();
  for (const ref of refsOf(change)) {
    if (typeof ref === 'number') ids.add(ref);
    else if (typeof ref === 'object' && !ref.documentId && ref.id !== undefined) ids.add(Number(ref.id));
    else if (typeof ref === 'string' && /^\d+$/.test(ref)) ids.add(Number(ref));
  }
  return [...ids];
}

/** The documentId of a reference, using `byRowId` for numeric ids; undefined when unknown. */
export function documentIdOf(ref: RelationRef, byRowId: Map<number, string>): string | undefined {
  if (typeof ref === 'number') return byRowId.get(ref);
  if (typeof ref === 'string') return /^\d+$/.test(ref) ? byRowId.get(Number(ref)) : ref;
  if (ref.documentId) return ref.documentId;
  return ref.id !== undefined ? byRowId.get(Number(ref.id)) : undefined;
}

/**
 * The documentIds a relation holds after `change` is applied to `current`. For a to-one relation
 * (`single`), a connect replaces what was there.
 */
export function applyRelationChange(current: string[], change: RelationChange, byRowId: Map<number, string>, single = false): string[] {
  const resolve = (refs: RelationRef[]) => refs.map((ref) => documentIdOf(ref, byRowId) ?? `?${JSON.stringify(ref)}`);
  let result = change.set ? resolve(change.set) : [...current];
  const removed = new Set(resolve(change.disconnect));
  result = result.filter((id) => !removed.has(id));
  const added = resolve(change.connect);
  result = single && added.length ? [added[added.length - 1]] : [...result, ...added.filter((id) => !result.includes(id))];
  return single ? result.slice(-1) : result;
}
