// Moved to tooling/serve-site.ts. This re-export only keeps branches that still import the old path working; import tooling/serve-site.ts.
export * from '../../tooling/serve-site.ts';
