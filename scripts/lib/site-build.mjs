// Moved to tooling/site-build.ts. This re-export only keeps branches that still import the old path working; import tooling/site-build.ts.
export * from '../../tooling/site-build.ts';
