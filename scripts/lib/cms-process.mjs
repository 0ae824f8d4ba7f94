// Moved to tooling/cms-process.ts. This re-export only keeps branches that still import the old path working; import tooling/cms-process.ts.
export * from '../../tooling/cms-process.ts';
