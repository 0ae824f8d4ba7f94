// Moved to tooling/run.ts. This re-export only keeps branches that still import the old path working; import tooling/run.ts.
export * from '../../tooling/run.ts';
