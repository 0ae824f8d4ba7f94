// Moved to tooling/loadtest.ts. This re-export only keeps branches that still import the old path working; import tooling/loadtest.ts.
export * from '../../tooling/loadtest.ts';
