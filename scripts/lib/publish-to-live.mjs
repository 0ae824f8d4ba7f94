// Moved to tooling/publish-to-live.ts. This re-export only keeps branches that still import the old path working; import tooling/publish-to-live.ts.
export * from '../../tooling/publish-to-live.ts';
