// Moved to tooling/backup.ts. This re-export only keeps branches that still import the old path working; import tooling/backup.ts.
export * from '../../tooling/backup.ts';
