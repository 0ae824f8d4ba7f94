// Moved to tooling/net.ts. This re-export only keeps branches that still import the old path working; import tooling/net.ts.
export * from '../../tooling/net.ts';
