// Moved to tooling/png.ts. This re-export only keeps branches that still import the old path working; import tooling/png.ts.
export * from '../../tooling/png.ts';
