// Moved to tooling/rebuilder.ts. This re-export only keeps branches that still import the old path working; import tooling/rebuilder.ts.
export * from '../../tooling/rebuilder.ts';
