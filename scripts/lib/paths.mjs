// Moved to tooling/paths.ts. This re-export only keeps branches that still import the old path working; import tooling/paths.ts.
export * from '../../tooling/paths.ts';
