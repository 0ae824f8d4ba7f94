// Moved to tooling/pg-database.ts. This re-export only keeps branches that still import the old path working; import tooling/pg-database.ts.
export * from '../../tooling/pg-database.ts';
