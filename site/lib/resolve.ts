/** Looks up referenced entries, dropping references to entries that are not public. */
export function resolve<T>(map: Map<string, T>, refs: { documentId: string }[] | null | undefined): T[] {
  return (refs ?? []).map((ref) => map.get(ref.documentId)).filter((x): x is T => x !== undefined);
}
