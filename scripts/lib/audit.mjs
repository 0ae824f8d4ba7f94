// Moved to tooling/audit.ts. This re-export only keeps branches that still import the old path working; import tooling/audit.ts.
export * from '../../tooling/audit.ts';
