// Moved to tooling/cms-env.ts. This re-export only keeps branches that still import the old path working; import tooling/cms-env.ts.
export * from '../../tooling/cms-env.ts';
