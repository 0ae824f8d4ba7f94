import type { Organisation } from './types.ts';

export interface RelationGraph {
  nodes: { organisation: Organisation; x: number; y: number; koepel: boolean }[];
  /** `member`: from is a member of to; `partner`: they work together. Indexes into `nodes`. */
  edges: { from: number; to: number; kind: 'member' | 'partner' }[];
}

/**
 * The relations among `organisations` (plus the koepels they belong to, from `all`), laid out on a
 * circle with positions in 0–1. Only organisations with at least one relation are drawn.
 */
export function relationGraph(organisations: Organisation[], all: Organisation[]): RelationGraph {
  const byId = new Map(all.map((o) => [o.documentId, o]));
  const edges: { from: string; to: string; kind: 'member' | 'partner' }[] = [];
  const seen = new Set<string>();
  for (const o of organisations) {
    for (const m of o.memberOf ?? []) if (byId.has(m.documentId)) edges.push({ from: o.documentId, to: m.documentId, kind: 'member' });
    for (const p of o.partners ?? []) {
      const key = [o.documentId, p.documentId].sort().join('|');
      if (byId.has(p.documentId) && !seen.has(key)) {
        seen.add(key);
        edges.push({ from: o.documentId, to: p.documentId, kind: 'partner' });
      }
    }
  }
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort((a, b) => byId.get(a)!.name.localeCompare(byId.get(b)!.name, 'nl'));
  const index = new Map(ids.map((id, i) => [id, i]));
  const nodes = ids.map((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1) - Math.PI / 2;
    const organisation = byId.get(id)!;
    return { organisation, x: 0.5 + 0.38 * Math.cos(angle), y: 0.5 + 0.38 * Math.sin(angle), koepel: organisation.legalForm === 'koepel' };
  });
  return { nodes, edges: edges.map((e) => ({ from: index.get(e.from)!, to: index.get(e.to)!, kind: e.kind })) };
}
